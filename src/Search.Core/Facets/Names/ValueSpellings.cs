using Search.Core.Extraction;

namespace Search.Core.Facets;

/// <summary>
/// Values of one dimension that are spellings of one name, case, accents, hyphens and dots aside (<see cref="NameKey"/>):
/// "Bernardo Arévalo" and "Bernardo Arevalo", as two outlets write him, or "Kassym-Jomart" and "Kassym Jomart". Each
/// story's extraction already makes one value of them; across stories they were two, each counting and filtering half the
/// reports. They count and filter as one value, shown in its fullest spelling (<see cref="Fuller"/>). A firm's name is one
/// with its company form or without it ("Banca Aurelia SpA" and "Banca Aurelia", "Chevron Corp" and "Chevron Corporation"),
/// and a firm's one-word name is the index's one name of that word and a trade ("Albion" and "Albion Airways", "Lyra" and "Lyra
/// Cell Technologies").
/// </summary>
internal static class ValueSpellings
{
    /// <summary>For each label, the index of the label its group is shown as; null when no two labels are one name.</summary>
    /// <param name="firms">Whether the labels are organizations, whose company forms are no part of the name.</param>
    public static int[]? ShownAs(string[] labels, bool firms = false)
    {
        // Each label's group, and each group's fullest label so far: one pass, however many groups the labels hold.
        var groups = new int[labels.Length];
        var fullest = new List<int>();
        var byKey = new Dictionary<string, int>(labels.Length, StringComparer.Ordinal);
        bool merged = false;
        for (int i = 0; i < labels.Length; i++)
        {
            string key = Key(labels[i], firms);
            if (!byKey.TryGetValue(key, out int group))
            {
                byKey[key] = groups[i] = fullest.Count;
                fullest.Add(i);
                continue;
            }
            merged = true;
            groups[i] = group;
            if (Fuller(labels[i], labels[fullest[group]], firms)) fullest[group] = i;
        }
        if (firms && ShortNames(labels, groups, fullest)) merged = true;
        if (!merged) return null;
        for (int i = 0; i < groups.Length; i++) groups[i] = fullest[groups[i]];
        return groups;
    }

    // A report that writes only "Albion" or "Vorland" names the firm others write "Albion Airways" or "Vorland Automobile": a
    // QA pass found eight firms split so, each value finding part of the reports. The one-word name joins the group of the
    // index's only name of that word and a trade (FirmNames.Endings, and "Airways", "Motor", "Health"...), perhaps with a word
    // between ("Lyra Cell Technologies"), shown by it; a word with two such names ("Kestrel Telecom", "Kestrel Energy") joins neither.
    private static bool ShortNames(string[] labels, int[] groups, List<int> fullest)
    {
        var byFirstWord = new Dictionary<string, int?>(StringComparer.Ordinal);
        for (int g = 0; g < fullest.Count; g++)
        {
            string key = Key(labels[fullest[g]], firms: true);
            int space = key.IndexOf(' ');
            // "albion airways", or with one word of what it makes between: "lyra cell technologies".
            int last = key.LastIndexOf(' ');
            if (space <= 0 || key.Count(c => c == ' ') > 2 || !Trades.Contains(key[(last + 1)..])) continue;
            string first = key[..space];
            byFirstWord[first] = byFirstWord.ContainsKey(first) ? null : g;
        }
        if (byFirstWord.Count == 0) return false;
        var joined = new Dictionary<int, int>();
        for (int g = 0; g < fullest.Count; g++)
            if (byFirstWord.TryGetValue(Key(labels[fullest[g]], firms: true), out int? into) && into is { } named) joined[g] = named;
        for (int i = 0; i < groups.Length; i++)
            if (joined.TryGetValue(groups[i], out int into)) groups[i] = into;
        return joined.Count > 0;
    }

    private static readonly HashSet<string> Trades = new(
        FirmNames.Endings.Concat(["Airways", "Airlines", "Motor", "Health", "Group", "Holdings", "Automotive"]).Select(NameKey.Of), StringComparer.Ordinal);

    /// <summary>What the spellings of one name share: its <see cref="NameKey"/>, and for a firm's name that key without its form.</summary>
    public static string Key(string label, bool firms) => firms ? WithoutCompanyForm(NameKey.Of(label)) : NameKey.Of(label);

    private static readonly HashSet<string> CompanyForms = new(
        EntityRules.CompanyForms.Concat(["Corporation", "Company", "Incorporated", "Limited"]).Select(NameKey.Of), StringComparer.Ordinal);

    // "chevron corp" and "procter and gamble co" are "chevron" and "procter and gamble"; a name that is only a form stays.
    private static string WithoutCompanyForm(string key)
    {
        while (key.LastIndexOf(' ') is > 0 and var space && (CompanyForms.Contains(key[(space + 1)..]) || key[(space + 1)..] is "and" or "&"))
            key = key[..space];
        return key;
    }

    // Which of two spellings to show: the one that keeps more accents ("Arévalo"), then more hyphens and dots, as the
    // outlet that kept them wrote the name in full ("Jean-Claude", "Alan L."), then the one with fewer words whose shift
    // key stuck ("WIlliam", "Services INc"); else the first in byte order, which the later label is not.
    private static bool Fuller(string label, string than, bool firms)
    {
        // A firm is shown by its name, its form left out where one spelling does ("Agip", not "AGIP SpA").
        int words = firms ? Words(label) - Words(than) : 0;
        if (words != 0) return words < 0;
        int accents = Accented(label) - Accented(than);
        if (accents != 0) return accents > 0;
        int marks = Marks(label) - Marks(than);
        if (marks != 0) return marks > 0;
        return StuckShifts(label) < StuckShifts(than);
    }

    private static int Words(string label) => label.Count(c => c == ' ') + 1;

    private static int Accented(string label) => label.Count(c => c > '\u007f' && char.IsLetter(c));

    private static int Marks(string label) => label.Count(c => c is '-' or '.');

    private static int StuckShifts(string label) =>
        label.Split(' ').Count(w => w.Length >= 3 && char.IsUpper(w[0]) && char.IsUpper(w[1]) && w[2..].All(char.IsLower));
}
