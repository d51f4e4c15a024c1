using Lucene.Net.QueryParsers.Classic;

namespace Search.Core.Search;

/// <summary>A query's text read as plain words: a pasted paragraph, a long paste folded into its distinct words, a query the parser could not read.</summary>
internal static class PlainWords
{
    // A distance or boost that follows a word ("gas\"~-1", "oil^2") is syntax, not a word: "1" was searched as one. So is a boost
    // or a distance the parser cannot read ("oil^abc", "ferry~2~3"), which was searched as the words "oil abc" and found nothing.
    public static readonly System.Text.RegularExpressions.Regex DistanceOrBoost = new(@"(?<=[^\s\\])[\^~]\S*$");

    public static string[] Of(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => DistanceOrBoost.Replace(w, "")).Where(w => w.Length > 0).ToArray();

    // A long paste as its distinct words, each boosted by its count: the same BM25 scores in fewer clauses.
    public static string Distinct(string text) =>
        string.Join(' ', Of(text)
            .Select(w => w.Trim('"', '(', ')', '[', ']', '{', '}').ToLowerInvariant())
            .Where(w => w.Length > 0 && w is not ("and" or "or" or "not"))
            .GroupBy(w => w, StringComparer.Ordinal)
            .Select(g => QueryParserBase.Escape(g.Key) + (g.Count() > 1 ? "^" + g.Count() : "")));

    /// <summary>
    /// The query's words as they were searched after a syntax error, for the notice: its syntax characters read as spaces,
    /// as the analyzer splits the escaped words there ("state-owned" is "state owned", not "stateowned").
    /// </summary>
    public static string ForNotice(string text) =>
        string.Join(' ', Of(string.Join(' ', Of(text).Select(w => new string(w.Select(c => SyntaxCharacters.Contains(c) ? ' ' : c).ToArray())))));

    private const string SyntaxCharacters = "+-&|!(){}[]^\"~*?:\\/";
}
