using Search.Core.Linking.Passages;
using Search.Core.Search;

namespace Search.Web.Pages;

/// <summary>
/// Passages ranked for a query, under the article search's filters: the paragraphs that say it best, each with its article, outlet
/// and date and a link to it, and the copies other outlets printed word for word folded under it. The page of <c>GET /api/passages</c>.
/// </summary>
public sealed class PassagesModel(PassageSearcher passages, ArticleSearcher articles) : QueryPageModel<PassageResult>(articles)
{
    /// <summary>Whether a further page may hold more: the hits fold copies, so how many pages there are is not known in advance.</summary>
    public bool HasNext => Result is { } result && result.Hits.Count == Search.Size && Search.Page * Search.Size < result.Total;

    /// <summary>
    /// The most pages paging can reach: the matches within the result window, a page each. Copies of one paragraph fold into
    /// one hit, so there may be fewer.
    /// </summary>
    public int PagesUpTo => Result is { } result ? Math.Max(1, (Math.Min(result.Total, result.ResultWindow) + Search.Size - 1) / Search.Size) : 0;

    protected override PassageResult Run(SearchRequest request) => passages.Search(request);
}
