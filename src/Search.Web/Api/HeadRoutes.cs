namespace Search.Web.Api;

/// <summary>
/// The API answers HEAD as it answers GET, as the pages do: a client checks a link or its headers without the body,
/// which Kestrel leaves out for HEAD. The OpenAPI document describes the GET only.
/// </summary>
internal static class HeadRoutes
{
    public static RouteHandlerBuilder MapGetAndHead(this IEndpointRouteBuilder app, string pattern, Delegate handler)
    {
        app.MapMethods(pattern, [HttpMethods.Head], handler).ExcludeFromDescription();
        return app.MapGet(pattern, handler);
    }
}
