using Search.Core.Search;
using Search.Web.Links;

namespace Search.Web;

/// <summary>What the search page and <c>/api/search</c> both do with a query string: bind, validate, search.</summary>
internal static class SearchExecution
{
    /// <summary>The request read from <paramref name="query"/>, and either its result or every problem with its parameters.</summary>
    public static (SearchRequest Request, SearchResult? Result, IReadOnlyList<SearchError> Errors) Run(IQueryCollection query, ArticleSearcher searcher)
    {
        var (request, parseErrors) = SearchQueryString.Parse(query);
        var errors = parseErrors.Concat(searcher.Validator.Validate(request)).ToList();
        if (errors.Count > 0) return (request, null, errors);
        try
        {
            return (request, searcher.Search(request), []);
        }
        catch (InvalidSearchRequestException e)
        {
            return (request, null, e.Errors);
        }
    }
}
