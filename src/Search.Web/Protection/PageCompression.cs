using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Search.Web.Protection;

/// <summary>
/// Pages, API answers and static text are compressed (Brotli, else gzip) for clients that accept it. Every link on a
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
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json", "image/svg+xml"]);
        });
        // The fastest levels: a page is made for one request, and most of what a large one holds is the query, repeated.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }
}
