using Microsoft.AspNetCore.Mvc.RazorPages;
using Search.Core.Linking.Passages;
using Search.Core.Search;

namespace Search.Web.Pages;

/// <summary>
/// Passages ranked for a query, under the article search's filters: the paragraphs that say it best, each with its article, outlet
/// and date and a link to it, and the copies other outlets printed word for word folded under it. The page of <c>GET /api/passages</c>.
/// </summary>
public sealed class PassagesModel(PassageSearcher passages, ArticleSearcher articles) : PageModel
{
    public SearchRequest Search { get; private set; } = new();

    public PassageResult? Result { get; private set; }

    public IReadOnlyList<SearchError> Errors { get; private set; } = [];

    /// <summary>Whether a further page may hold more: the hits fold copies, so how many pages there are is not known in advance.</summary>
    public bool HasNext => Result is { } result && result.Hits.Count == Search.Size && Search.Page * Search.Size < result.Total;

    public void OnGet()
    {
        if (string.IsNullOrWhiteSpace(Request.Query["q"])) return; // the empty form
        var (request, result, errors) = SearchExecution.Run(Request.Query, articles.Validator, passages.Search);
        (Search, Result, Errors) = (request, result, errors);
        if (Errors.Count > 0) Response.StatusCode = StatusCodes.Status400BadRequest; // as the search page does
    }
}
