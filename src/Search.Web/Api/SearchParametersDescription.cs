using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Search.Web.Links;

namespace Search.Web.Api;

/// <summary>
/// Describes <c>/api/search</c>'s query parameters in the OpenAPI document. The handler reads the query
/// string through <see cref="SearchQueryString"/> (shared with the pages), so the parameters are listed
/// from its table rather than inferred from a handler signature.
/// </summary>
internal sealed class SearchParametersDescription : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.RelativePath != "api/search") return Task.CompletedTask;
        operation.Parameters ??= [];
        foreach (var (name, description, repeatable) in SearchQueryString.Parameters)
        {
            var value = name is "page" or "size"
                ? new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1" }
                : new OpenApiSchema { Type = JsonSchemaType.String };
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Query,
                Description = description,
                Schema = repeatable ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = value } : value,
            });
        }
        return Task.CompletedTask;
    }
}
