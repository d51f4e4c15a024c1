namespace Search.Web.Api;

/// <summary>
/// <c>GET /api</c>: what the API offers, for a first look from a terminal, as Elasticsearch answers at its root: each
/// endpoint with its methods and summary, and where the OpenAPI description is. A QA session found <c>/api</c> a 404 and the
/// API's only description the footer's links.
/// </summary>
internal static class ApiIndex
{
    /// <summary>One endpoint as the index lists it.</summary>
    public sealed record ApiEndpoint(string Path, IReadOnlyList<string> Methods, string? Summary);

    /// <summary>The index: the OpenAPI document's address and every endpoint under <c>/api</c>.</summary>
    public sealed record Listing(string OpenApi, IReadOnlyList<ApiEndpoint> Endpoints);

    public const string OpenApiPath = "/openapi/v1.json";

    public static IEndpointRouteBuilder MapApiIndex(this IEndpointRouteBuilder app)
    {
        app.MapGetAndHead("/api", (EndpointDataSource endpoints) => TypedResults.Ok(new Listing(OpenApiPath, Listed(endpoints))))
            .WithName("ApiIndex").WithSummary("What the API offers, and where its OpenAPI description is.");
        return app;
    }

    private static List<ApiEndpoint> Listed(EndpointDataSource endpoints) =>
        endpoints.Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Path: "/" + e.RoutePattern.RawText?.TrimStart('/'), Endpoint: e))
            .Where(e => e.Path.StartsWith("/api/", StringComparison.Ordinal))
            .GroupBy(e => e.Path, StringComparer.Ordinal)
            .Select(g => new ApiEndpoint(g.Key,
                g.SelectMany(e => e.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Distinct().Order(StringComparer.Ordinal).ToList(),
                g.Select(e => e.Endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IEndpointSummaryMetadata>()?.Summary).FirstOrDefault(s => s != null)))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
}
