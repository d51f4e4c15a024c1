using Lucene.Net.QueryParsers.Classic;

namespace Search.Core.Relevance;

/// <summary>
/// Turns a topic's text into the query sent in any-words mode, the way the reference runs
/// (<c>../shared/data/ir/anchors.md</c>) built theirs: words split on whitespace, lower-cased, words with no
/// letter or digit dropped, the words <c>and</c>, <c>or</c> and <c>not</c> dropped (a topic's own words are
/// never operators), and each word escaped.
/// </summary>
public static class TopicQuery
{
    public static string From(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant())
            .Where(w => w.Any(char.IsLetterOrDigit) && w is not ("and" or "or" or "not"))
            .Select(QueryParserBase.Escape));
}
