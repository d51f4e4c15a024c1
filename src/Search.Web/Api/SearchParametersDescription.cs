using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Search.Web.Links;

namespace Search.Web.Api;

/// <summary>
/// Describes the query parameters of the searches (<c>/api/search</c>, <c>/api/passages</c>, <c>/api/compare</c> and
/// <c>/api/facets/{dimension}</c>) in the OpenAPI document. The handlers read the query string through
/// <see cref="SearchQueryString"/> (shared with the pages), so the parameters are listed from its table rather than inferred
/// from a handler signature. Until 2026-12-04 only <c>/api/search</c> had them.
/// </summary>
internal sealed class SearchParametersDescription : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        string? path = context.Description.RelativePath;
        if (path is not ("api/search" or "api/passages" or "api/compare" or "api/facets/{dimension}")) return Task.CompletedTask;
        operation.Parameters ??= [];
        if (path == "api/facets/{dimension}")
        {
            Add(operation, "prefix", "List only the values with a word starting with this text, by name or alias.", new OpenApiSchema { Type = JsonSchemaType.String });
            Add(operation, "limit", "How many values to list, 1 to 100, default 10.", new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1" });
            Add(operation, "size", "The same as limit, by Elasticsearch's name for it.", new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1" });
        }
        foreach (var (name, description, repeatable) in SearchQueryString.Parameters)
        {
            // The side-by-side view lists every outlet on one page.
            if (path == "api/compare" && name is "page" or "size") continue;
            // The facet value search lists one facet, by its own prefix and limit: it takes no find.* or more.* (they were listed).
            if (path == "api/facets/{dimension}"
                && (name is "sort" or "page" or "size" || name.StartsWith(SearchQueryString.FindPrefix, StringComparison.Ordinal)
                    || name.StartsWith(SearchQueryString.MorePrefix, StringComparison.Ordinal))) continue;
            var value = name is "page" or "size"
                ? new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1" }
                : new OpenApiSchema { Type = JsonSchemaType.String };
            Add(operation, name, description, repeatable ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = value } : value);
        }
        return Task.CompletedTask;
    }

    private static void Add(OpenApiOperation operation, string name, string description, OpenApiSchema schema) =>
        operation.Parameters!.Add(new OpenApiParameter { Name = name, In = ParameterLocation.Query, Description = description, Schema = schema });
}
