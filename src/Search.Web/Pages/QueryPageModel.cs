using Microsoft.AspNetCore.Mvc.RazorPages;
using Search.Core.Search;

namespace Search.Web.Pages;

/// <summary>
/// A page over one search of a query and the article search's filters (the passages, the side-by-side view): the request as
/// read, its result, or its errors with a 400, as the search page answers them. Without a query or a filter it shows the empty form.
/// </summary>
public abstract class QueryPageModel<TResult>(SearchRequestValidator validator) : PageModel where TResult : class
{
    public SearchRequest Search { get; private set; } = new();

    public TResult? Result { get; private set; }

    public IReadOnlyList<SearchError> Errors { get; private set; } = [];

    protected abstract TResult Run(SearchRequest request);

    /// <summary>Parameters of the shared query string this page refuses by name rather than ignore.</summary>
    protected virtual NotTakenParameters? NotTaken => null;

    public void OnGet()
    {
        // The empty form, unless a filter asks for something: person=tokayev shows the passages that name him.
        if (string.IsNullOrWhiteSpace(Request.Query["q"]) && !global::Search.Core.Facets.FacetDimension.All.Any(d => Request.Query.ContainsKey(d.Name))) return;
        (Search, Result, Errors) = SearchExecution.Run(Request.Query, validator, Run, NotTaken);
        if (Errors.Count > 0) Response.StatusCode = StatusCodes.Status400BadRequest;
    }
}
