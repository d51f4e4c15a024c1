using Search.Core.Extraction;

namespace Search.Core.Facets;

/// <summary>
/// Values of one dimension that are spellings of one name, case, accents, hyphens and dots aside (<see cref="NameKey"/>):
/// "Bernardo Arévalo" and "Bernardo Arevalo", as two outlets write him, or "Kassym-Jomart" and "Kassym Jomart". Each
/// story's extraction already makes one value of them; across stories they were two, each counting and filtering half the
/// reports. They count and filter as one value, shown in its fullest spelling (<see cref="Fuller"/>).
/// </summary>
internal static class ValueSpellings
{
    /// <summary>For each label, the index of the label its group is shown as; null when no two labels are one name.</summary>
    public static int[]? ShownAs(string[] labels)
    {
        int[]? shown = null;
        var byKey = new Dictionary<string, int>(labels.Length, StringComparer.Ordinal);
        for (int i = 0; i < labels.Length; i++)
        {
            string key = NameKey.Of(labels[i]);
            if (!byKey.TryGetValue(key, out int first))
            {
                byKey[key] = i;
                continue;
            }
            if (shown == null)
            {
                shown = new int[labels.Length];
                for (int k = 0; k < shown.Length; k++) shown[k] = k;
            }
            // The group's shown label so far is first's; a label with more accented letters takes its place for all.
            int current = shown[first];
            int better = Fuller(labels[i], labels[current]) ? i : current;
            shown[i] = better;
            if (better != current)
                for (int k = 0; k < i; k++)
                    if (shown[k] == current) shown[k] = better;
        }
        return shown;
    }

    // Which of two spellings to show: the one that keeps more accents ("Arévalo"), then more hyphens and dots, as the
    // outlet that kept them wrote the name in full ("Jean-Claude", "Alan L."), then the one with fewer words whose shift
    // key stuck ("WIlliam", "Services INc"); else the first in byte order, which the later label is not.
    private static bool Fuller(string label, string than)
    {
        int accents = Accented(label) - Accented(than);
        if (accents != 0) return accents > 0;
        int marks = Marks(label) - Marks(than);
        if (marks != 0) return marks > 0;
        return StuckShifts(label) < StuckShifts(than);
    }

    private static int Accented(string label) => label.Count(c => c > '\u007f' && char.IsLetter(c));

    private static int Marks(string label) => label.Count(c => c is '-' or '.');

    private static int StuckShifts(string label) =>
        label.Split(' ').Count(w => w.Length >= 3 && char.IsUpper(w[0]) && char.IsUpper(w[1]) && w[2..].All(char.IsLower));
}
