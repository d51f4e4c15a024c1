using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Search.Web.Protection;

/// <summary>
/// The site's stylesheet and scripts: cached for a year when the page links them by their content's hash (<c>?v=</c>, from
/// <c>asp-append-version</c>), so a new version is a new address; for an hour otherwise. Text is served as UTF-8.
/// </summary>
internal static class StaticFileCaching
{
    public static StaticFileOptions Options()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".css"] = "text/css; charset=utf-8";
        types.Mappings[".js"] = "text/javascript; charset=utf-8";
        types.Mappings[".svg"] = "image/svg+xml; charset=utf-8";
        return new StaticFileOptions
        {
            ContentTypeProvider = types,
            OnPrepareResponse = file => file.Context.Response.Headers[HeaderNames.CacheControl] =
                file.Context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "public, max-age=3600",
        };
    }
}
