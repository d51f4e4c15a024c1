using System.Text.RegularExpressions;

namespace Search.Core.Analysis;

/// <summary>
/// Splits a paragraph into sentence spans. A sentence ends at '.', '!', '?' or '…' (optionally followed
/// by closing quotes or brackets) when whitespace and an upper-case letter, digit or opening quote follow.
/// Abbreviations such as "Mr." or "U.S." and single initials do not end a sentence.
/// </summary>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "st",
        "jr", "sr", "no", "vs", "etc", "inc", "ltd", "corp", "co", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m",
    };

    [GeneratedRegex(@"[.!?…]+[""”’')\]]*(?=\s+[""“‘(\[]?[\p{Lu}\p{N}])")]
    private static partial Regex SentenceEnd();

    /// <summary>Sentence spans of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>, trimmed of whitespace.</summary>
    public static IReadOnlyList<TextSpan> Split(string text, int start, int end)
    {
        var spans = new List<TextSpan>();
        int sentenceStart = start;
        // Matched over a span of the text: snippets split the paragraphs of every hit, and a substring each time showed in allocation profiles.
        foreach (var m in SentenceEnd().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            int boundary = start + m.Index + m.Length;
            if (IsAbbreviation(text, start + m.Index, sentenceStart)) continue;
            AddTrimmed(text, sentenceStart, boundary, spans);
            sentenceStart = boundary;
        }
        AddTrimmed(text, sentenceStart, end, spans);
        return spans;
    }

    /// <summary>Sentence spans of a whole text.</summary>
    public static IReadOnlyList<TextSpan> Split(string text) => Split(text, 0, text.Length);

    private static bool IsAbbreviation(string text, int dotIndex, int sentenceStart)
    {
        if (text[dotIndex] != '.') return false;
        int wordStart = dotIndex;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        string word = text[wordStart..dotIndex];
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: "John F. Kennedy"
        if (IsInitials(word)) return true; // "F.W. WOOLWORTH CO", "B.F. Goodrich", "U.S.A." (issue 13)
        return Abbreviations.Contains(word);
    }

    // Single letters joined by dots: "F.W", "J.P", "U.S.A".
    private static bool IsInitials(string word)
    {
        if (word.Length < 3 || word.Length % 2 == 0) return false;
        for (int i = 0; i < word.Length; i++)
            if (i % 2 == 0 ? !char.IsLetter(word[i]) : word[i] != '.') return false;
        return true;
    }

    private static void AddTrimmed(string text, int start, int end, List<TextSpan> spans)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) spans.Add(new TextSpan(start, end));
    }
}
