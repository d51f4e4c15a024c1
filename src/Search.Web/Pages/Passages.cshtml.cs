using Search.Core.Linking.Passages;
using Search.Core.Search;

namespace Search.Web.Pages;

/// <summary>
/// Passages ranked for a query, under the article search's filters: the paragraphs that say it best, each with its article, outlet
/// and date and a link to it, and the copies other outlets printed word for word folded under it. The page of <c>GET /api/passages</c>.
/// </summary>
public sealed class PassagesModel(PassageSearcher passages, ArticleSearcher articles) : QueryPageModel<PassageResult>(articles)
{
    protected override PassageResult Run(SearchRequest request) => passages.Search(request);
}
