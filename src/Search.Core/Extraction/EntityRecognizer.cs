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
            var words = WordTokenizer.Tokenize(paragraph);
            var covered = new bool[words.Count];
            MatchGazetteer(paragraph, words, covered, found);
            foreach (var run in CapitalizedRuns(paragraph, words))
                ClassifyRun(paragraph, words, run, covered, found, loneWords);
        }
        ResolveSurnames(loneWords, found);
        return found.ToEntities();
    }

    private void MatchGazetteer(string text, List<Word> words, bool[] covered, EntityCollection found)
    {
        for (int i = 0; i < words.Count; i++)
        {
            for (int length = Math.Min(gazetteer.MaxWords, words.Count - i); length >= 1; length--)
            {
                if (length > 1 && !AllJoined(text, words, i, length)) continue;
                string surface = text[words[i].Start..words[i + length - 1].End];
                if (gazetteer.Find(surface) is not { } entry) continue;
                found.Add(entry.Type, entry.Name, surface);
                for (int k = i; k < i + length; k++) covered[k] = true;
                i += length - 1;
                break;
            }
        }
    }

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

    private void ClassifyRun(string text, List<Word> words, (int Start, int End) run, bool[] covered,
        EntityCollection found, List<string> loneWords)
    {
        int start = run.Start, end = run.End;
        bool allCovered = Enumerable.Range(start, end - start).All(k => covered[k]);
        if (allCovered) return;
        string Surface(int from, int to) => text[words[from].Start..words[to - 1].End];
        string last = words[end - 1].Text;
        string? next = end < words.Count && WordTokenizer.Joined(text, words, end - 1) ? words[end].Text : null;

        if (end - start >= 2 && !covered[end - 1] &&
            (EntityRules.OrganizationHeads.Contains(last) ||
             EntityRules.OrganizationHeads.Contains(words[start].Text) && end - start >= 3 && words[start + 1].Text == "of"))
        {
            found.Add(EntityType.Organization, Surface(start, end), Surface(start, end));
            return;
        }
        if (end - start >= 2 && !covered[end - 1] && EntityRules.PlaceHeads.Contains(last))
        {
            found.Add(EntityType.Place, Surface(start, end), Surface(start, end));
            return;
        }
        if (!covered[start] && (next != null && EntityRules.PlaceFollowers.Contains(next) || FollowsCityOf(text, words, start)))
        {
            found.Add(EntityType.Place, Surface(start, end), Surface(start, end));
            return;
        }

        // A person: the words after the last title word, two to four plain capitalized words.
        int nameStart = start;
        for (int k = start; k < end; k++)
            if (EntityRules.Titles.Contains(words[k].Text)) nameStart = k + 1;
        int count = end - nameStart;
        bool plain = count >= 2 && count <= MaxPersonWords && Enumerable.Range(nameStart, count).All(k =>
            !covered[k] && char.IsLetter(words[k].Text[0]) && !EntityRules.Connectors.Contains(words[k].Text)
            && !EntityRules.OrganizationHeads.Contains(words[k].Text) && !EntityRules.PlaceHeads.Contains(words[k].Text));
        if (plain && (nameStart > start || HasPersonCue(text, words, nameStart, next)))
        {
            found.Add(EntityType.Person, Surface(nameStart, end), Surface(nameStart, end));
            return;
        }
        if (end - start == 1 && !covered[start]) loneWords.Add(words[start].Text);
    }

    private static bool HasPersonCue(string text, List<Word> words, int nameStart, string? next)
    {
        if (next != null && EntityRules.SpeechVerbs.Contains(next)) return true;
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
