using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Search.Web.Protection;

/// <summary>
/// Pages, API answers and static text are compressed (gzip, or Brotli for a client that accepts only it). Every link on a
/// page carries the whole search, so a pasted paragraph of 10,000 characters made each link as long: a results page of
/// 1.2 MB on the five seeds. The query repeats, so it compresses to little. No page holds a secret (no cookie, no
/// antiforgery token: every form is a GET), so compressing over HTTPS gives a BREACH attack nothing to guess.
/// </summary>
internal static class PageCompression
{
    public static IServiceCollection AddPageCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            // Gzip first, chosen when a client accepts both: at the fastest levels it made a page of a pasted query half
            // the size Brotli did (87 KB against 186 KB), as Brotli's fastest level finds few repeats that far apart.
            o.Providers.Add<GzipCompressionProvider>();
            o.Providers.Add<BrotliCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json", "image/svg+xml"]);
        });
        // The fastest levels: a page is made for one request, and most of what a large one holds is the query, repeated.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <remarks>
    /// Two headers for caches between us and the reader, set as the headers go out (after the compressor has chosen):
    /// <list type="bullet">
    /// <item><c>Vary: Accept-Encoding</c> on every answer, not only the compressed ones, so a shared cache never hands a
    /// stored plain answer to a client that asked for gzip, nor the reverse.</item>
    /// <item>A compressed answer's ETag is made weak, as nginx does: its bytes differ from the plain answer's, which had the
    /// same strong tag. A weak tag still validates, as If-None-Match compares tags weakly; the static file middleware
    /// compares strongly, so the request's tags are made strong before it reads them, and a cached file is still a 304.</item>
    /// </list>
    /// </remarks>
    public static IApplicationBuilder UsePageCompression(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var ifNoneMatch = context.Request.Headers.IfNoneMatch;
            if (ifNoneMatch.Any(v => v != null && v.Contains("W/", StringComparison.Ordinal)))
                context.Request.Headers.IfNoneMatch = ifNoneMatch.Select(v => v?.Replace("W/", "", StringComparison.Ordinal)).ToArray();
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                if (!headers.Vary.Any(v => v != null && v.Contains("Accept-Encoding", StringComparison.OrdinalIgnoreCase)))
                    headers.Append(Microsoft.Net.Http.Headers.HeaderNames.Vary, "Accept-Encoding");
                string? etag = headers.ETag;
                if (headers.ContentEncoding.Count > 0 && etag is { Length: > 0 } && !etag.StartsWith("W/", StringComparison.Ordinal))
                    headers.ETag = "W/" + etag;
                return Task.CompletedTask;
            });
            await next();
        }).UseResponseCompression();
}
