using Search.Core.Search;
using Search.Web.Links;

namespace Search.Web;

/// <summary>What the pages and the API all do with a query string: bind, validate, search.</summary>
internal static class SearchExecution
{
    /// <summary>The request read from <paramref name="query"/>, and either its result or every problem with its parameters.</summary>
    public static (SearchRequest Request, SearchResult? Result, IReadOnlyList<SearchError> Errors) Run(IQueryCollection query, ArticleSearcher searcher) =>
        Run(query, searcher.Validator, searcher.Search);

    /// <summary>The same for any search over the request (passages, the side-by-side view).</summary>
    /// <param name="notTaken">Parameters this search has no use for: refused by name, never silently ignored.</param>
    public static (SearchRequest Request, T? Result, IReadOnlyList<SearchError> Errors) Run<T>(IQueryCollection query, SearchRequestValidator validator,
        Func<SearchRequest, T> search, NotTakenParameters? notTaken = null) where T : class
    {
        var (request, parseErrors) = SearchQueryString.Parse(query);
        var errors = parseErrors.Concat(validator.Validate(request)).Concat(notTaken?.In(query) ?? []).ToList();
        if (errors.Count > 0) return (request, null, errors);
        try
        {
            return (request, search(request), []);
        }
        catch (InvalidSearchRequestException e)
        {
            return (request, null, e.Errors);
        }
    }
}

/// <summary>Parameters of the shared query string that one view does not take, with the reason it gives.</summary>
public sealed record NotTakenParameters(string Reason, params string[] Names)
{
    /// <summary>The side-by-side view lists each outlet once, up to its bound, in one page.</summary>
    public static readonly NotTakenParameters Compare = new(
        "The side-by-side view shows every outlet that reports the query on one page (the best 100, and how many more), so it takes no {0}.",
        "page", "size");

    public IEnumerable<SearchError> In(IQueryCollection query) =>
        Names.Where(query.ContainsKey).Select(name => new SearchError(name, string.Format(System.Globalization.CultureInfo.InvariantCulture, Reason, name)));
}
