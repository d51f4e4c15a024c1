using Microsoft.AspNetCore.Mvc.RazorPages;
using Search.Core.Linking.Coverage;
using Search.Core.Search;

namespace Search.Web.Pages;

/// <summary>The coverage side by side: for a query, each outlet's best passage with its date and link, and the outlets that do not mention it.</summary>
public sealed class CompareModel(CoverageComparison coverage, ArticleSearcher articles) : PageModel
{
    public SearchRequest Search { get; private set; } = new();

    public Coverage? Coverage { get; private set; }

    public IReadOnlyList<SearchError> Errors { get; private set; } = [];

    public void OnGet()
    {
        if (string.IsNullOrWhiteSpace(Request.Query["q"])) return; // the empty form
        var (request, result, errors) = SearchExecution.Run(Request.Query, articles.Validator, coverage.Compare);
        (Search, Coverage, Errors) = (request, result, errors);
        if (Errors.Count > 0) Response.StatusCode = StatusCodes.Status400BadRequest; // as the search page does
    }
}
