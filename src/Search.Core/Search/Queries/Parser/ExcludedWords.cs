using System.Text.RegularExpressions;

namespace Search.Core.Search;

/// <summary>
/// The words a long text excludes with a minus ("ferry -Lombok -Sumbawa"). A text past the longest query read as syntax is read
/// as plain words, and a QA session's 500-character query with its exclusions then searched "Lombok" as a word to find. In
/// prose a minus before a letter is rare (a dash stands apart, a negative number has a digit), so such a word is kept out.
/// </summary>
internal static partial class ExcludedWords
{
    /// <summary>The text without its excluded words, and those words without their minus.</summary>
    public static (string Searched, IReadOnlyList<string> Excluded) Split(string text)
    {
        var excluded = Minus().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return excluded.Count == 0 ? (text, []) : (Minus().Replace(text, " "), excluded);
    }

    /// <summary>What the reader is told: the words kept out, the first few named.</summary>
    public static string Notice(IReadOnlyList<string> excluded) =>
        $"The words written with a minus were kept out: {string.Join(", ", excluded.Take(5).Select(w => $"“{w}”"))}{(excluded.Count > 5 ? $" and {excluded.Count - 5} more" : "")}.";

    [GeneratedRegex(@"(?<=^|\s)-(\p{L}[^\s]*)")]
    private static partial Regex Minus();
}
