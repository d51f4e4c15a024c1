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
        app.MapGet("/api/articles/{id}", Get).WithName("Article")
            .WithSummary("One article by id; links=false leaves out the links to other outlets and related coverage, which cost a passage search per paragraph.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static Results<Ok<ArticleResponse>, ProblemHttpResult> Get(string id, ArticleLookup articles, CorroborationFinder linking, RelatedArticles related, bool links = true)
    {
        var article = id.Length <= 200 ? articles.Find(id) : null;
        if (article == null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Article not found.", detail: $"No article has the id '{id}'.");
        return TypedResults.Ok(links ? ArticleResponse.From(article, linking.For(id), related.For(id)) : ArticleResponse.From(article));
    }
}
