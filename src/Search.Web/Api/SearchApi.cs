using Microsoft.AspNetCore.Http.HttpResults;
using Search.Core.Search;
using Search.Web.Links;

namespace Search.Web.Api;

/// <summary><c>GET /api/search</c>: the search page's powers as JSON (parameters as in <see cref="SearchQueryString"/>).</summary>
internal static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", Search).WithName("Search").WithSummary("Ranked search with snippets and facet counts.");
        return app;
    }

    private static Results<Ok<SearchResponse>, ValidationProblem> Search(HttpRequest http, ArticleSearcher searcher)
    {
        var (request, errors) = SearchQueryString.Parse(http.Query);
        var all = errors.Concat(searcher.Validator.Validate(request)).ToList();
        if (all.Count > 0) return ProblemMapping.ToValidationProblem(all);
        try
        {
            return TypedResults.Ok(SearchResponse.From(searcher.Search(request)));
        }
        catch (InvalidSearchRequestException e)
        {
            return ProblemMapping.ToValidationProblem(e.Errors);
        }
    }
}
