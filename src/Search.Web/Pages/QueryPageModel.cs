using Microsoft.AspNetCore.Mvc.RazorPages;
using Search.Core.Search;

namespace Search.Web.Pages;

/// <summary>
/// A page over one search of a query and the article search's filters (the passages, the side-by-side view): the request as
/// read, its result, or its errors with a 400, as the search page answers them. Without a query or a filter it shows the empty form.
/// </summary>
public abstract class QueryPageModel<TResult>(ArticleSearcher articles) : PageModel where TResult : class
{
    public SearchRequest Search { get; private set; } = new();

    public TResult? Result { get; private set; }

    public IReadOnlyList<SearchError> Errors { get; private set; } = [];

    protected abstract TResult Run(SearchRequest request);

    /// <summary>Parameters of the shared query string this page refuses by name rather than ignore.</summary>
    protected virtual NotTakenParameters? NotTaken => null;

    public void OnGet()
    {
        // The empty form, unless a filter asks for something: person=tokayev shows the passages that name him, and
        // exclude.source=cnn the others' (it showed the empty form, though the search page answers it).
        bool empty = string.IsNullOrWhiteSpace(Request.Query["q"]) && !Request.Query.Keys.Any(IsFilter);
        // The empty form still refuses what the search would (page=0, size=2 on the side-by-side view): it ignored them.
        (Search, Result, Errors) = SearchExecution.Run<TResult>(Request.Query, articles.Validator, empty ? _ => null! : Run, NotTaken);
        if (Errors.Count > 0) (Response.StatusCode, Search) = (StatusCodes.Status400BadRequest, Links.SearchQueryString.Printable(Search));
        else Search = articles.WithValuesNamed(Search);
    }

    private static bool IsFilter(string parameter)
    {
        string name = parameter.StartsWith("exclude.", StringComparison.OrdinalIgnoreCase) ? parameter["exclude.".Length..] : parameter;
        return name is "from" or "to" || global::Search.Core.Facets.FacetDimension.All.Any(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));
    }
}
