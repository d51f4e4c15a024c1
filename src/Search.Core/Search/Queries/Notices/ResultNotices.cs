using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Search;

/// <summary>What a result page says when the search found nothing, or when it is the last page paging reaches.</summary>
internal static class ResultNotices
{
    /// <summary>Why a query of exclusions alone ("-killed -police") found nothing: it said nothing.</summary>
    public const string ExclusionsOnly = "Every article has something the query excludes, so none is left.";

    /// <summary>Why the article search found nothing, the likeliest reason first; null when no reason is known.</summary>
    public static string? WhyNothing(SearchRequest request, Query typed, IndexReader reader) =>
        ScriptNotice.For(request.Query) ?? InTheQuery(typed, reader)
        ?? (request.HasQuery && QueryBuilder.RanksNothing(typed) ? ExclusionsOnly : null);

    /// <summary>
    /// What in the query itself leaves nothing to find, as the article search and the passages both say it: it excludes what it
    /// asks, it asks for an outlet or entity no article has, or a pattern matches no word.
    /// </summary>
    public static string? InTheQuery(Query typed, IndexReader reader) =>
        (SelfContradiction.In(typed) ? SelfContradiction.Notice : null) ?? FieldValueNotice.For(typed, reader) ?? PatternNotice.For(typed, reader);

    /// <summary>A page past the last of the results, copies apart.</summary>
    public static string PastTheLastPage(SearchRequest request, int total) =>
        $"Page {request.Page} is past the last page of these {total:N0} results (page {(total + request.Size - 1) / request.Size}).";

    /// <summary>
    /// The last page paging reaches, when more match: said, so that it is not taken for the end ("Page 976 of 976" of 15,345).
    /// </summary>
    /// <param name="results">What matched, as the page names it: "results", "passages that match".</param>
    public static string LastReachablePage(int window, int total, string results) =>
        $"This is the last page: only the first {window:N0} of the {total:N0} {results} are paged; narrow the search to see further.";
}
