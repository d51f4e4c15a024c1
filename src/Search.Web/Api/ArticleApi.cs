using Microsoft.AspNetCore.Http.HttpResults;
using Search.Core.Linking.Corroboration;
using Search.Core.Linking.Related;
using Search.Core.Search;

namespace Search.Web.Api;

/// <summary><c>GET /api/articles/{id}</c>: an article's metadata with evidence, entities, and paragraphs with their links to other outlets' passages.</summary>
internal static class ArticleApi
{
    public static IEndpointRouteBuilder MapArticleApi(this IEndpointRouteBuilder app)
    {
        app.MapGetAndHead("/api/articles/{id}", Get).WithName("Article")
            .WithSummary("One article by id; links=false leaves out the links to other outlets and related coverage, which cost a passage search per paragraph.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem();
        return app;
    }

    private static Results<Ok<ArticleResponse>, ProblemHttpResult, ValidationProblem> Get(string id, ArticleLookup articles, CorroborationFinder linking, RelatedArticles related, string? links = null)
    {
        // Read here, not bound as a bool: a binding failure would be a bare 400 with no word on which parameter was wrong.
        bool? withLinks = links?.ToLowerInvariant() switch
        {
            null or "true" or "1" => true,
            "false" or "0" => false,
            _ => null,
        };
        if (withLinks == null)
            return ProblemMapping.ToValidationProblem([new SearchError("links", $"links takes true or false (or 1 or 0), not '{links}'.")]);
        var article = id.Length <= 200 ? articles.Find(id) : null;
        if (article == null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Article not found.", detail: $"No article has the id '{id}'.");
        if (!withLinks.Value) return TypedResults.Ok(ArticleResponse.From(article));
        var found = linking.For(id);
        return TypedResults.Ok(ArticleResponse.From(article, found, related.For(id, found)));
    }
}
