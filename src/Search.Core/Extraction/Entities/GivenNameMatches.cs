namespace Search.Core.Extraction;

/// <summary>A gazetteer name of one word after a given name: a surname, of another person than the gazetteer's or of no place.</summary>
internal static class GivenNameMatches
{
    /// <summary>
    /// A place of one word after a common given name is a surname: "Edward Valencia", "George Washington", "Michael Jordan".
    /// So is a city after any capitalized word that a post, a title or a verb of speech comes before: "civil protection chief
    /// Ernesto Valdivia said", "Secretary Ernesto Valdivia", "said Ernesto Valdivia" (Valdivia, Chile, was a place of a Mexican
    /// blast). The run is then read as the person it names.
    /// </summary>
    public static bool ASurname(GazetteerEntry entry, int start, int end, Paragraph paragraph)
    {
        if (entry.Type != EntityType.Place || end - start != 1 || start == 0 || paragraph.IsMostlyUpperCase
            || !paragraph.Joined(start - 1) || paragraph.Covered[start - 1] || paragraph.Words[start - 1].Sentence != paragraph.Words[start].Sentence) return false;
        string given = paragraph.Words[start - 1].Text;
        if (!char.IsUpper(given[0])) return false;
        if (EntityRules.IsGivenName(given)) return true;
        int before = start - 2;
        return entry.Country != null && before >= 0 && paragraph.Joined(before) && paragraph.Words[before].Sentence == paragraph.Words[start].Sentence
            && IntroducesAPerson(paragraph.Words[before].Text) && given.Skip(1).All(char.IsLower)
            && !EntityRules.Titles.Contains(given) && !EntityRules.Calendar.Contains(given) && !EntityRules.NotNames.Contains(given);
    }

    /// <summary>
    /// A city of one word that is the surname of the one person an earlier paragraph named in full is that person: "Valdivia
    /// said" after "civil protection chief Ernesto Valdivia". A report names its people in full before it shortens them, and a
    /// town it names is "in Valdivia", "near Valdivia", which stays a place.
    /// </summary>
    public static bool SurnameOfOneNamedInFull(GazetteerEntry entry, int start, int end, Paragraph paragraph, EntityCollection found)
    {
        if (entry is not { Type: EntityType.Place, Country: not null } || end - start != 1) return false;
        if (start > 0 && paragraph.Joined(start - 1) && PlacePrepositions.Contains(paragraph.Words[start - 1].Text)) return false;
        string surname = NameKey.Of(paragraph.Words[start].Text);
        return found.People().Where(p => p.Contains(' ') && NameKey.Of(p[(p.LastIndexOf(' ') + 1)..]) == surname).Take(2).Count() == 1;
    }

    private static readonly HashSet<string> PlacePrepositions = new(["in", "at", "near", "from", "to", "into", "outside", "across", "toward", "towards", "around", "of"], StringComparer.OrdinalIgnoreCase);

    // A post or occupation in lower case ("chief", "negotiator"), a verb of speech ("said"), or a title ("Secretary").
    private static bool IntroducesAPerson(string word) =>
        char.IsLower(word[0]) && (EntityRules.PersonCues.Contains(word) || EntityRules.Occupations.Contains(word) || EntityRules.SpeechVerbs.Contains(word))
        || EntityRules.Titles.Contains(word);

    /// <summary>
    /// A surname the gazetteer knows ("Biden", "Stoltenberg") after a given name that is not its person's ("Hunter Biden",
    /// "Thorvald Stoltenberg") names another person of that family: left to the rules, which read the whole name.
    /// </summary>
    public static bool AnotherPersons(GazetteerEntry entry, int start, int end, Paragraph paragraph)
    {
        if (entry.Type != EntityType.Person || end - start != 1 || !entry.Name.Contains(' ')
            || start == 0 || paragraph.IsMostlyUpperCase) return false;
        int before = start - 1;
        var words = paragraph.Words;
        var word = words[before];
        // A sentence's first word may be any word ("Although Reagan", "Today Reagan"): only a word inside a sentence is read.
        bool opensSentence = before == 0 || words[before - 1].Sentence != word.Sentence;
        if (opensSentence || !paragraph.Joined(before) || paragraph.Covered[before] || word.Text.Length < 2 || !char.IsUpper(word.Text[0])
            || word.Text.All(char.IsUpper) || !word.Text.All(c => char.IsLetter(c) || c == '-')) return false;
        // One of the person's own names, or a misspelling of one ("Carlo Ciampi" for Carlo Azeglio Ciampi, "Mikhael Gorbachev"),
        // is that person; a title ("President Biden") is no given name.
        return !entry.AllNames.Any(n => n.Split(' ').Any(given => NearlyEqual(given, word.Text))) && !EntityRules.Titles.Contains(word.Text)
            && !EntityRules.NotNames.Contains(word.Text) && !EntityRules.NotNamesAlone.Contains(word.Text) && !EntityRules.Calendar.Contains(word.Text)
            && !EntityRules.OrganizationHeads.Contains(word.Text) && !PlaceWords.PlaceHeads.Contains(word.Text) && !EntityRules.WorkNouns.Contains(word.Text);
    }

    // Equal but for case, or for one letter added, left out or changed in a word of five letters or more ("Jamie" for "Jaime" is
    // two changes, a swap: counted as one).
    private static bool NearlyEqual(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) return true;
        if (Math.Min(a.Length, b.Length) < 5 || Math.Abs(a.Length - b.Length) > 1) return false;
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        int i = 0;
        while (i < Math.Min(a.Length, b.Length) && a[i] == b[i]) i++;
        string restA = a[i..], restB = b[i..];
        return restA.Length == restB.Length
            ? restA[1..] == restB[1..] || restA.Length >= 2 && restA[0] == restB[1] && restA[1] == restB[0] && restA[2..] == restB[2..]
            : restA.Length > restB.Length ? restA[1..] == restB : restB[1..] == restA;
    }
}
