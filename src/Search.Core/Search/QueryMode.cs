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
