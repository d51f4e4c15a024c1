namespace Search.Core.Extraction;

/// <summary>
/// Whether a sea's short name ("Pacific", "Atlantic", "Mediterranean") stands for the sea where a story writes it. Companies
/// are named after seas, and in a business wire more "Pacific"s are companies than oceans: "Union Pacific Resources",
/// "Pacific Telesis", "Atlantic Financial said", "Industrial Equity (Pacific) Ltd". The sea is "the Pacific", "the South
/// Pacific", or the word alone where the story names nothing longer with it ("a Pacific port").
/// </summary>
internal sealed class SeaWording(IReadOnlyList<Paragraph> paragraphs)
{
    private List<string[]>? _longerNames;

    public static bool IsSea(GazetteerEntry entry) =>
        entry.Type == EntityType.Place && (entry.Name.EndsWith(" Ocean", StringComparison.Ordinal) || entry.Name.EndsWith(" Sea", StringComparison.Ordinal));

    // Before a sea's name they make a part of the sea ("South Pacific", "the western Pacific").
    private static readonly HashSet<string> Compass = new(StringComparer.OrdinalIgnoreCase)
    {
        "North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western",
    };

    /// <summary>
    /// True when the sea's short name at <paramref name="start"/> is the sea. A shouted headline's "PACIFIC" is read as the
    /// story's body writes the word: the sea when the body writes the sea somewhere, not when it names only companies with it
    /// or writes nothing of it ("PACIFIC LIGHTING CORP"); a story wholly in capitals tells nothing, and keeps the sea.
    /// </summary>
    public bool StandsForSea(GazetteerEntry entry, Paragraph paragraph, int start)
    {
        if (!paragraph.IsMostlyUpperCase) return StandsForSeaInMixedCase(entry, paragraph, start);
        string word = paragraph.Words[start].Text;
        bool mixedCase = false;
        foreach (var other in paragraphs.Where(p => !p.IsMostlyUpperCase))
        {
            mixedCase = true;
            for (int i = 0; i < other.Words.Count; i++)
                if (string.Equals(other.Words[i].Text, word, StringComparison.OrdinalIgnoreCase) && StandsForSeaInMixedCase(entry, other, i)) return true;
        }
        return !mixedCase;
    }

    private bool StandsForSeaInMixedCase(GazetteerEntry entry, Paragraph paragraph, int start)
    {
        var words = paragraph.Words;
        // A bracketed word after a name is part of that name: "Industrial Equity (Pacific) reported".
        if (start > 0 && start + 1 < words.Count && words[start - 1].IsCapitalized
            && paragraph.Gap(start - 1).EndsWith('(') && paragraph.Gap(start).StartsWith(')')) return false;
        int from = start;
        while (from > 0 && Compass.Contains(words[from - 1].Text) && paragraph.Joined(from - 1)) from--;
        // Another capitalized word before or after it makes a longer name: "Union Pacific", "Pacific Telesis"; but "and" joins
        // two names ("the Atlantic and Mediterranean").
        foreach (var (runStart, runEnd) in paragraph.Runs)
        {
            if (start < runStart || start >= runEnd) continue;
            int nameStart = start, nameEnd = start + 1;
            while (nameStart > runStart && words[nameStart - 1].Text != "and") nameStart--;
            while (nameEnd < runEnd && words[nameEnd].Text != "and") nameEnd++;
            if (nameStart < from || nameEnd > start + 1) return false;
        }
        var written = words.GetRange(from, start + 1 - from).Select(w => NameKey.Of(w.Text)).ToArray();
        // "the Southern Pacific", where the story names "Santa Fe Southern Pacific Corp": the railroad, shortened.
        if (written.Length > 1 && WritesLonger(entry, written, opening: false)) return false;
        if (from > 0 && words[from - 1].Text is "the" or "The") return true;
        // "Southern Pacific" without "the" is a railroad.
        for (int k = from; k < start; k++)
            if (char.IsUpper(words[k].Text[0]) && words[k].Text.EndsWith("ern", StringComparison.Ordinal)) return false;
        // "Atlantic said", where the story names "Atlantic Financial": the company, shortened.
        return !WritesLonger(entry, written, opening: true);
    }

    // Whether the story names something longer that opens with the words written (or, not opening, holds them), other than
    // the sea's own names ("Pacific Ocean").
    private bool WritesLonger(GazetteerEntry entry, string[] written, bool opening)
    {
        var own = entry.AllNames.Select(n => string.Join(' ', n.Split(' ').Select(NameKey.Of))).ToHashSet();
        return LongerNames().Any(name => name.Length > written.Length && !own.Contains(string.Join(' ', name))
            && (opening ? name.AsSpan().StartsWith(written) : name.AsSpan().IndexOf(written) >= 0));
    }

    // The story's capitalized names of two words or more, in mixed case, as their words' keys.
    private List<string[]> LongerNames() => _longerNames ??= paragraphs.Where(p => !p.IsMostlyUpperCase)
        .SelectMany(p => p.Runs.Where(r => r.End - r.Start > 1).Select(r => p.Words.GetRange(r.Start, r.End - r.Start).Select(w => NameKey.Of(w.Text)).ToArray()))
        .ToList();
}
