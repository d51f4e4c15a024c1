using Microsoft.AspNetCore.Http.HttpResults;
using Search.Core.Search;
using Search.Web.Links;

namespace Search.Web.Api;

/// <summary><c>GET /api/search</c>: the search page's powers as JSON (parameters as in <see cref="SearchQueryString"/>).</summary>
internal static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGetAndHead("/api/search", Search).WithName("Search").WithSummary("Ranked search with snippets and facet counts.");
        return app;
    }

    private static Results<Ok<SearchResponse>, ValidationProblem> Search(HttpRequest http, ArticleSearcher searcher)
    {
        var (request, result, errors) = SearchExecution.Run(http.Query, searcher);
        return result == null ? ProblemMapping.ToValidationProblem(errors) : TypedResults.Ok(SearchResponse.From(result, request));
    }
}
