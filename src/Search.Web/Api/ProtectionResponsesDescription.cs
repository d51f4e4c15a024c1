using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Search.Web.Api;

/// <summary>
/// Adds to every <c>/api/*</c> operation the answers the site's protection gives whatever the endpoint: <c>429</c> past the
/// rate limit and <c>503</c> while the index is not available, each a problem with <c>Retry-After</c> (docs/api.md). They
/// come from middleware, not from a handler, so no endpoint declared them and the OpenAPI document left them out.
/// </summary>
internal sealed class ProtectionResponsesDescription : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.RelativePath?.StartsWith("api", StringComparison.Ordinal) != true) return Task.CompletedTask;
        operation.Responses ??= [];
        Add(operation, "429", "Too many requests from this address; wait the seconds Retry-After gives.");
        Add(operation, "503", "The index is not available yet (a first build, a damaged index); wait the seconds Retry-After gives.");
        return Task.CompletedTask;
    }

    private static void Add(OpenApiOperation operation, string status, string description)
    {
        if (operation.Responses!.ContainsKey(status)) return;
        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader { Description = "Seconds to wait before asking again.", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } },
            },
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType() },
        };
    }
}
