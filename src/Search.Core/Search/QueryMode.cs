namespace Search.Core.Search;

/// <summary>Whether a query's words are all required or any of them will do.</summary>
public enum QueryMode
{
    /// <summary>Every word is required unless the query says <c>OR</c>: the default for keyword queries.</summary>
    All,

    /// <summary>
    /// Any word matches and articles with more of them, and rarer ones, rank first: for a pasted
    /// paragraph or a question. Repeated words count once more each, as in a long query they weigh more.
    /// </summary>
    Any,
}

/// <summary>Which mode a query is searched in, the same for articles, passages and an article's marks.</summary>
public static class QueryModes
{
    /// <summary>
    /// The mode asked for; else all words, or any word for a text longer than <paramref name="maxAllWords"/> characters (a
    /// pasted paragraph, whose every word no passage or article holds).
    /// </summary>
    public static QueryMode For(string? query, QueryMode? asked, int maxAllWords) =>
        asked ?? (IsPasted(query, maxAllWords) ? QueryMode.Any : QueryMode.All);

    /// <summary>
    /// Whether a text is a pasted paragraph rather than a query: longer than <paramref name="maxAllWords"/> characters, the
    /// longest searched for all its words. Its punctuation is read as text, not query syntax.
    /// </summary>
    public static bool IsPasted(string? query, int maxAllWords) => query?.Length > maxAllWords;

    /// <summary>Whether the request's text was searched for any of its words because it is long, not because it asked: the user is told.</summary>
    public static bool ChosenForLength(QueryMode? asked, QueryMode mode) => asked == null && mode == QueryMode.Any;
}
