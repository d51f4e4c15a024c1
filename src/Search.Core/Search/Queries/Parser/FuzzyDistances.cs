using Lucene.Net.QueryParsers.Classic;

namespace Search.Core.Search;

/// <summary>The distances written after a word's "~", made ones Lucene can take or refused with a reason.</summary>
internal static class FuzzyDistances
{
    internal const string NotANumberMessage = "a fuzzy search's distance is a number, as in word~1 or word~2";

    /// <summary>
    /// Lucene reads a distance past an int's range as "fractional" ("ferry~99999999999", "ferry~1e20", "ferry~Infinity") and
    /// refuses it, as it refuses "ferry~1.5": a distance past the word's most is searched as that most, as "ferry~99" is, and
    /// a fractional one of 1 or more as its whole edits. A distance that is no number ("ferry~NaN", "ferry~0x10", "ferry~2~3")
    /// is refused: Lucene had searched "ferry" with no notice.
    /// </summary>
    public static string Read(string query)
    {
        string read = Huge.Replace(query, m => m.Groups["whole"].Success ? "~" + m.Groups["whole"].Value : "~99");
        if (NotANumber.IsMatch(read)) throw new ParseException(NotANumberMessage);
        return read;
    }

    private static readonly System.Text.RegularExpressions.Regex Huge = new(@"(?<=[^\s""~\\])~(?:\d{10,}(?:\.\d*)?|\d+(?:\.\d+)?[eE]\+?\d+|Infinity|(?<whole>[1-9]\d{0,8})\.\d+)(?=$|[\s)^])");

    // A "~" after a word or a phrase, with something after it that is neither a number nor the term's end.
    private static readonly System.Text.RegularExpressions.Regex NotANumber = new(@"(?<=[\w""*?])~(?!-?(?:\d+(?:\.\d+)?)?(?:$|[\s)^]))");
}
