namespace Search.Core.Extraction;

/// <summary>
/// Classifies the capitalized runs of one paragraph by the rules of <see cref="EntityRules"/>: organization
/// and place head words, place cues, and people announced by a title, a cue word, a verb of speech, an
/// apposition, an affiliation ("Ward McCarthy of Merrill Lynch Inc") or a contributor line.
/// Runs holding several names ("A and B", "X of Y") are split before classification.
/// </summary>
internal sealed class PhraseClassifier(Paragraph paragraph, EntityCollection found, List<string> loneWords)
{
    private const int MaxPersonWords = 4;

    private List<Word> Words => paragraph.Words;

    public void ClassifyAll()
    {
        foreach (var (start, end) in paragraph.Runs) Classify(start, end);
    }

    public static bool IsOrganizationName(List<Word> words, int start, int end) =>
        end - start >= 2 && (EntityRules.OrganizationHeads.Contains(words[end - 1].Text) ||
            end - start >= 3 && EntityRules.OrganizationHeads.Contains(words[start].Text) && words[start + 1].Text == "of");

    private bool Covered(int k) => paragraph.Covered[k];

    private void Classify(int start, int end)
    {
        if (Enumerable.Range(start, end - start).All(Covered)) return;
        if (SplitsAtAffiliation(start, end) || SplitsBetweenOrganizations(start, end)) return;

        string surface = paragraph.Surface(start, end);
        string? next = end < Words.Count && paragraph.Joined(end - 1) ? Words[end].Text : null;
        if (!Covered(end - 1) && IsOrganizationName(Words, start, end))
        {
            found.Add(EntityType.Organization, surface, surface);
            return;
        }
        bool placeHead = end - start >= 2 && !Covered(end - 1) && EntityRules.PlaceHeads.Contains(Words[end - 1].Text);
        bool placeCue = !Covered(start) && (next != null && EntityRules.PlaceFollowers.Contains(next) || FollowsCityOf(start));
        if (placeHead || placeCue)
        {
            found.Add(EntityType.Place, surface, surface);
            return;
        }

        // People listed with "and" ("Ivan Watson and Vasco Cotovio") are classified one by one.
        int from = start;
        for (int k = start; k <= end; k++)
        {
            if (k < end && Words[k].Text != "and") continue;
            if (!TryPerson(from, k, affiliated: false) && k - from == 1 && !Covered(from)) loneWords.Add(Words[from].Text);
            from = k + 1;
        }
    }

    // "Ward McCarthy of Merrill Lynch Economics Inc": a person's name, "of", an organization.
    private bool SplitsAtAffiliation(int start, int end)
    {
        int of = Enumerable.Range(start, end - start).FirstOrDefault(k => Words[k].Text == "of", -1);
        if (of < 0 || EntityRules.OrganizationHeads.Contains(Words[start].Text)) return false;
        bool orgAfter = IsOrganizationName(Words, of + 1, end) || Enumerable.Range(of + 1, end - of - 1).All(Covered);
        if (!orgAfter || !TryPerson(start, of, affiliated: true)) return false;
        Classify(of + 1, end);
        return true;
    }

    // "Morgan Stanley and Co Inc and Salomon Brothers Inc": split after an organization head.
    private bool SplitsBetweenOrganizations(int start, int end)
    {
        for (int k = start + 1; k < end - 1; k++)
        {
            if (Words[k].Text != "and" || !IsOrganizationName(Words, start, k)) continue;
            Classify(start, k);
            Classify(k + 1, end);
            return true;
        }
        return false;
    }

    /// <summary>A person: the words after the last title word, two to four plain capitalized words, announced by a title or cue.</summary>
    private bool TryPerson(int start, int end, bool affiliated)
    {
        int nameStart = start;
        for (int k = start; k < end; k++)
            if (EntityRules.Titles.Contains(Words[k].Text)) nameStart = k + 1;
        int count = end - nameStart;
        bool plain = count >= 2 && count <= MaxPersonWords && Enumerable.Range(nameStart, count).All(k =>
            !Covered(k) && char.IsLetter(Words[k].Text[0]) && !EntityRules.Connectors.Contains(Words[k].Text)
            && !EntityRules.OrganizationHeads.Contains(Words[k].Text) && !EntityRules.PlaceHeads.Contains(Words[k].Text)
            && !EntityRules.WorkNouns.Contains(Words[k].Text));
        if (!plain || nameStart == start && !affiliated && !HasPersonCue(nameStart, end)) return false;
        string name = paragraph.Surface(nameStart, end);
        found.Add(EntityType.Person, name, name);
        return true;
    }

    private bool HasPersonCue(int nameStart, int end)
    {
        int sentence = Words[nameStart].Sentence;
        bool SameSentence(int k) => Words[k].Sentence == sentence;
        string Gap(int before) => paragraph.Text[Words[before].End..Words[before + 1].Start];

        if (end < Words.Count && paragraph.Joined(end - 1) && EntityRules.SpeechVerbs.Contains(Words[end].Text)) return true;
        // A verb of speech before the name, which then ends the clause: "..., said Ward McCarthy." / "said John Smith, who ...".
        if (nameStart > 0 && SameSentence(nameStart - 1) && paragraph.Joined(nameStart - 1) && EntityRules.SpeechVerbs.Contains(Words[nameStart - 1].Text)
            && paragraph.Text.AsSpan(Words[end - 1].End).TrimStart() is var rest && (rest.IsEmpty || rest[0] is '.' or ',' or ';')) return true;
        // An apposition after the name: "Saltanat Azirbek, a police spokesman in Almaty".
        if (end < Words.Count && Gap(end - 1).Contains(',') && Words[end].Text is "a" or "an" or "the")
        {
            for (int k = end; k < Math.Min(Words.Count, end + 5) && SameSentence(k); k++)
                if (EntityRules.PersonCues.Contains(Words[k].Text)) return true;
        }
        if (nameStart > 0 && EntityRules.PersonCues.Contains(Words[nameStart - 1].Text) && SameSentence(nameStart - 1)) return true;
        // An apposition before the name: "the spokesperson for Russian diplomacy, Maria Zajarova".
        if (nameStart > 0 && Gap(nameStart - 1).Contains(','))
        {
            for (int k = nameStart - 1; k >= Math.Max(0, nameStart - 7) && SameSentence(k); k--)
                if (EntityRules.PersonCues.Contains(Words[k].Text)) return true;
        }
        // A contributor line lists reporters: "CNN's Rob Picheta, Helen Regan and Ivan Watson contributed to this report."
        for (int k = nameStart; k < Words.Count && SameSentence(k); k++)
            if (Words[k].Text == "contributed") return true;
        return false;
    }

    private bool FollowsCityOf(int start) =>
        start >= 2 && Words[start - 1].Text == "of" && Words[start - 2].Text is "city" or "town" or "village" or "port"
        && paragraph.Joined(start - 2) && paragraph.Joined(start - 1);
}
