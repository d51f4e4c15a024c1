using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Search.Web.Protection;

/// <summary>
/// The site's stylesheet and scripts: cached for a year when asked for by their content's hash (<c>?v=</c>, as
/// <c>asp-append-version</c> links them), so a new version is a new address; for an hour otherwise, a wrong hash included.
/// Text is served as UTF-8.
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
                ByItsHash(file.Context) ? "public, max-age=31536000, immutable" : "public, max-age=3600",
        };
    }

    // The address the pages link, with the file's current hash, is the one asked for.
    private static bool ByItsHash(HttpContext context)
    {
        var request = context.Request;
        if (!request.Query.ContainsKey("v")) return false;
        var versions = context.RequestServices.GetRequiredService<Microsoft.AspNetCore.Mvc.ViewFeatures.IFileVersionProvider>();
        return versions.AddFileVersionToPath(request.PathBase, request.Path.Value!) == request.Path.Value + request.QueryString.Value;
    }
}
