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
    public static (SearchRequest Request, T? Result, IReadOnlyList<SearchError> Errors) Run<T>(IQueryCollection query, SearchRequestValidator validator,
        Func<SearchRequest, T> search) where T : class
    {
        var (request, parseErrors) = SearchQueryString.Parse(query);
        var errors = parseErrors.Concat(validator.Validate(request)).ToList();
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
