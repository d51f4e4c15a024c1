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

    /// <summary>How many facet values the search includes or excludes: the count the "keep" box and the phone's fold show.</summary>
    public int ActiveFilters => Links.ActiveFilters;

    /// <summary>The form's field for the query its page showed: the filters belong to that query, and stay while it does.</summary>
    public const string ShownQuery = "shown";

    // The first query typed while browsing a filter (from an entity's link) narrows what is browsed; a change of case alone
    // is no new query, as the search ignores case.
    private static bool SameQuery(string? submitted, string? shown) =>
        shown != null && (shown.Trim().Length == 0 || string.Equals((submitted ?? "").Trim(), shown.Trim(), StringComparison.OrdinalIgnoreCase));

    public IActionResult OnGet()
    {
        // The search form's own submission: drop the filters unless kept, then answer at the search's own address.
        if (Request.Query.ContainsKey("form"))
        {
            var (submitted, unreadable) = SearchQueryString.Parse(Request.Query);
            if (!Request.Query.ContainsKey("keep") && !SameQuery(submitted.Query, Request.Query[ShownQuery].FirstOrDefault()))
                submitted = submitted with { Filters = new Dictionary<string, IReadOnlyList<string>>(), Exclusions = new Dictionary<string, IReadOnlyList<string>>() };
            // A field the form could not read (a bad date) is shown as an error here, not lost in a redirect.
            if (unreadable.Count == 0) return Redirect("/" + SearchQueryString.Format(submitted with { Page = 1 }));
        }
        (Search, Result, Errors) = SearchExecution.Run(Request.Query, searcher);
        if (Errors.Count > 0) (Response.StatusCode, Search) = (StatusCodes.Status400BadRequest, SearchQueryString.Printable(Search));
        else Search = searcher.WithValuesNamed(Search);
        return Page();
    }
}
