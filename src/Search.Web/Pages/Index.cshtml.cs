using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Search.Core.Search;
using Search.Web.Links;

namespace Search.Web.Pages;

/// <summary>The search page: binds the query string into a <see cref="SearchRequest"/> exactly as the API does, and shows the result.</summary>
public sealed class IndexModel(ArticleSearcher searcher) : PageModel
{
    public SearchRequest Search { get; private set; } = new();

    public SearchResult? Result { get; private set; }

    public IReadOnlyList<SearchError> Errors { get; private set; } = [];

    public SearchPageLinks Links => new(Search);

    public IActionResult OnGet()
    {
        (Search, Result, Errors) = SearchExecution.Run(Request.Query, searcher);
        if (Errors.Count > 0) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
