namespace Search.Core.Extraction;

/// <summary>
/// Finds people, organizations and places in article text. Names in the <see cref="Gazetteer"/> are
/// matched first (longest match wins) and take its canonical name, which merges aliases and spellings;
/// capitalized phrases are then classified by rules (<see cref="EntityRules"/>): an organization or place
/// head word, a title or cue before a person's name, a verb of speech after it, a contributor line.
/// Finally a lone surname refers to the person already named in full.
/// </summary>
public sealed class EntityRecognizer(Gazetteer gazetteer)
{
    private const int MaxPersonWords = 4;

    /// <summary>The entities of a text given as paragraphs, in order of first mention.</summary>
    public IReadOnlyList<Entity> Recognize(IEnumerable<string> paragraphs)
    {
        var found = new EntityCollection();
        var loneWords = new List<string>();
        foreach (string paragraph in paragraphs)
        {
            string text = WithoutPhotoCredit(paragraph);
            var words = WordTokenizer.Tokenize(text);
            var covered = new bool[words.Count];
            var runs = CapitalizedRuns(text, words).ToList();
            foreach (var match in MatchGazetteer(text, words).Where(m => !InsideLongerOrganization(m, runs, words)))
            {
                found.Add(match.Entry.Type, match.Entry.Name, match.Surface);
                for (int k = match.Start; k < match.End; k++) covered[k] = true;
            }
            // Capitalization carries no signal in a shouting headline ("JAMES RIVER TO REBUILD MILL"): only known names count there.
            if (IsMostlyUpperCase(text)) continue;
            foreach (var run in runs)
                ClassifyRun(text, words, run, covered, found, loneWords);
        }
        ResolveSurnames(loneWords, found);
        return found.ToEntities();
    }

    private static bool IsMostlyUpperCase(string text)
    {
        int upper = text.Count(char.IsUpper), lower = text.Count(char.IsLower);
        return upper > 3 * lower;
    }

    private sealed record GazetteerMatch(GazetteerEntry Entry, int Start, int End, string Surface);

    // A photo credit names the agencies that supplied the picture, not actors in the story.
    private static string WithoutPhotoCredit(string paragraph)
    {
        int credit = paragraph.IndexOf("Photo:", StringComparison.OrdinalIgnoreCase);
        return credit < 0 ? paragraph : paragraph[..credit].TrimEnd(' ', '|', '(', '-', '–');
    }

    /// <summary>Longest gazetteer matches, left to right.</summary>
    private List<GazetteerMatch> MatchGazetteer(string text, List<Word> words)
    {
        var matches = new List<GazetteerMatch>();
        for (int i = 0; i < words.Count; i++)
        {
            for (int length = Math.Min(gazetteer.LongestNameStartingWith(words[i].Text), words.Count - i); length >= 1; length--)
            {
                if (length > 1 && !AllJoined(text, words, i, length)) continue;
                string surface = text[words[i].Start..words[i + length - 1].End];
                if (gazetteer.Find(surface) is not { } entry) continue;
                matches.Add(new GazetteerMatch(entry, i, i + length, surface));
                i += length - 1;
                break;
            }
        }
        return matches;
    }

    /// <summary>
    /// An organization matched at the end of a longer organization name is part of that name, not a
    /// mention of its own: "Security Council" in "OTSC Security Council", "Foreign Affairs" in "Ministry of Foreign Affairs".
    /// </summary>
    private static bool InsideLongerOrganization(GazetteerMatch match, List<(int Start, int End)> runs, List<Word> words) =>
        match.Entry.Type == EntityType.Organization &&
        runs.Any(r => r.Start < match.Start && r.End == match.End && IsOrganizationName(words, r.Start, r.End));

    private static bool IsOrganizationName(List<Word> words, int start, int end) =>
        end - start >= 2 && (EntityRules.OrganizationHeads.Contains(words[end - 1].Text) ||
            end - start >= 3 && EntityRules.OrganizationHeads.Contains(words[start].Text) && words[start + 1].Text == "of");

    private static bool AllJoined(string text, List<Word> words, int start, int length)
    {
        for (int k = start; k < start + length - 1; k++)
            if (!WordTokenizer.Joined(text, words, k)) return false;
        return true;
    }

    /// <summary>Maximal runs of capitalized words joined by spaces, allowing connectors such as "of" inside.</summary>
    private static IEnumerable<(int Start, int End)> CapitalizedRuns(string text, List<Word> words)
    {
        int i = 0;
        while (i < words.Count)
        {
            if (!IsNameWord(words[i]) || EntityRules.NotNames.Contains(words[i].Text))
            {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < words.Count && WordTokenizer.Joined(text, words, end - 1))
            {
                if (IsNameWord(words[end])) end++;
                else if (EntityRules.Connectors.Contains(words[end].Text) && end + 1 < words.Count
                         && WordTokenizer.Joined(text, words, end) && IsNameWord(words[end + 1])) end += 2;
                else break;
            }
            yield return (i, end);
            i = end;
        }
    }

    private static bool IsNameWord(Word w) => w.IsCapitalized && !EntityRules.Calendar.Contains(w.Text);

    private static void ClassifyRun(string text, List<Word> words, (int Start, int End) run, bool[] covered,
        EntityCollection found, List<string> loneWords)
    {
        var (start, end) = run;
        if (Enumerable.Range(start, end - start).All(k => covered[k])) return;
        string surface = text[words[start].Start..words[end - 1].End];
        string? next = end < words.Count && WordTokenizer.Joined(text, words, end - 1) ? words[end].Text : null;

        if (!covered[end - 1] && IsOrganizationName(words, start, end))
        {
            found.Add(EntityType.Organization, surface, surface);
            return;
        }
        bool placeHead = end - start >= 2 && !covered[end - 1] && EntityRules.PlaceHeads.Contains(words[end - 1].Text);
        bool placeCue = !covered[start] && (next != null && EntityRules.PlaceFollowers.Contains(next) || FollowsCityOf(text, words, start));
        if (placeHead || placeCue)
        {
            found.Add(EntityType.Place, surface, surface);
            return;
        }

        // People listed with "and" ("Ivan Watson and Vasco Cotovio") are classified one by one.
        int from = start;
        for (int k = start; k <= end; k++)
        {
            if (k < end && words[k].Text != "and") continue;
            if (!ClassifyPerson(text, words, from, k, covered, found) && k - from == 1 && !covered[from])
                loneWords.Add(words[from].Text);
            from = k + 1;
        }
    }

    /// <summary>A person: the words after the last title word, two to four plain capitalized words, announced by a title or cue.</summary>
    private static bool ClassifyPerson(string text, List<Word> words, int start, int end, bool[] covered, EntityCollection found)
    {
        int nameStart = start;
        for (int k = start; k < end; k++)
            if (EntityRules.Titles.Contains(words[k].Text)) nameStart = k + 1;
        int count = end - nameStart;
        bool plain = count >= 2 && count <= MaxPersonWords && Enumerable.Range(nameStart, count).All(k =>
            !covered[k] && char.IsLetter(words[k].Text[0]) && !EntityRules.Connectors.Contains(words[k].Text)
            && !EntityRules.OrganizationHeads.Contains(words[k].Text) && !EntityRules.PlaceHeads.Contains(words[k].Text)
            && !EntityRules.WorkNouns.Contains(words[k].Text));
        if (!plain || nameStart == start && !HasPersonCue(text, words, nameStart, end)) return false;
        string name = text[words[nameStart].Start..words[end - 1].End];
        found.Add(EntityType.Person, name, name);
        return true;
    }

    private static bool HasPersonCue(string text, List<Word> words, int nameStart, int end)
    {
        if (end < words.Count && WordTokenizer.Joined(text, words, end - 1) && EntityRules.SpeechVerbs.Contains(words[end].Text)) return true;
        // An apposition after the name: "Saltanat Azirbek, a police spokesman in Almaty".
        if (end < words.Count && text[words[end - 1].End..words[end].Start].Contains(',') && words[end].Text is "a" or "an" or "the")
        {
            for (int k = end; k < Math.Min(words.Count, end + 5) && words[k].Sentence == words[end - 1].Sentence; k++)
                if (EntityRules.PersonCues.Contains(words[k].Text)) return true;
        }
        if (nameStart > 0 && EntityRules.PersonCues.Contains(words[nameStart - 1].Text) && words[nameStart - 1].Sentence == words[nameStart].Sentence)
            return true;
        int sentence = words[nameStart].Sentence;
        // An apposition: "the spokesperson for Russian diplomacy, Maria Zajarova".
        bool afterComma = nameStart > 0 && text[words[nameStart - 1].End..words[nameStart].Start].Contains(',');
        if (afterComma)
        {
            for (int k = nameStart - 1; k >= Math.Max(0, nameStart - 7) && words[k].Sentence == sentence; k--)
                if (EntityRules.PersonCues.Contains(words[k].Text)) return true;
        }
        // A contributor line lists reporters: "CNN's Rob Picheta, Helen Regan and Ivan Watson contributed to this report."
        for (int k = nameStart; k < words.Count && words[k].Sentence == sentence; k++)
            if (words[k].Text == "contributed") return true;
        return false;
    }

    private static bool FollowsCityOf(string text, List<Word> words, int start) =>
        start >= 2 && words[start - 1].Text == "of" && words[start - 2].Text is "city" or "town" or "village" or "port"
        && WordTokenizer.Joined(text, words, start - 2) && WordTokenizer.Joined(text, words, start - 1);

    /// <summary>A lone capitalized word that is the surname of exactly one person named in full refers to that person.</summary>
    private static void ResolveSurnames(List<string> loneWords, EntityCollection found)
    {
        var bySurname = found.People()
            .GroupBy(name => NameKey.Of(name.Split(' ')[^1]))
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single());
        foreach (string word in loneWords)
            if (bySurname.TryGetValue(NameKey.Of(word), out string? person)) found.Add(EntityType.Person, person, word);
    }
}
