namespace Search.Web.Protection;

/// <summary>
/// Refuses an over-long URL (414), over-large headers (431) or a request body (413; no endpoint takes
/// one) inside the pipeline, so the answer carries the same problem+json body (API) or error page (site)
/// as every other error. Kestrel's own limits are set higher (<see cref="KestrelLimits"/>): its rejections
/// come before the pipeline and have no body, so they are only the last resort.
/// </summary>
internal static class RequestLimits
{
    /// <summary>
    /// Longest path and query accepted: a 10,000-character query in any script fits, percent-encoded (a character
    /// of three UTF-8 bytes takes nine; Cyrillic, six).
    /// </summary>
    public const int MaxTargetLength = 96 * 1024;

    /// <summary>Largest total of header names and values accepted.</summary>
    public const int MaxHeadersLength = 32 * 1024;

    /// <summary>Largest request body accepted.</summary>
    public const long MaxBodyLength = 64 * 1024;

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            // The error page of a refused request runs through here again (status-code re-execution) with the same method and
            // headers: refused again, it had no body. It is a page read, whatever the request was.
            if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() != null)
            {
                request.Method = HttpMethods.Get;
                await next();
                return;
            }
            int target = request.Path.Value?.Length + request.QueryString.Value?.Length ?? 0;
            int headers = request.Headers.Sum(h => h.Key.Length + h.Value.Sum(v => v?.Length ?? 0));
            // No page or endpoint takes anything but GET (and HEAD): a page asked with another method would render without its handler.
            int? status = !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) ? StatusCodes.Status405MethodNotAllowed
                : target > MaxTargetLength ? StatusCodes.Status414UriTooLong
                : headers > MaxHeadersLength ? StatusCodes.Status431RequestHeaderFieldsTooLarge
                : request.ContentLength > MaxBodyLength ? StatusCodes.Status413PayloadTooLarge
                : null;
            if (status is { } code)
            {
                context.Response.StatusCode = code;
                if (code == StatusCodes.Status405MethodNotAllowed) context.Response.Headers.Allow = "GET, HEAD";
                return;
            }
            await next();
        });
}

/// <summary>Kestrel's limits: above the pipeline's own (<see cref="RequestLimits"/>), and no <c>Server</c> header.</summary>
internal static class KestrelLimits
{
    public static IWebHostBuilder ConfigureSearchKestrel(this IWebHostBuilder web) =>
        web.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestLineSize = 2 * RequestLimits.MaxTargetLength;
            kestrel.Limits.MaxRequestHeadersTotalSize = 2 * RequestLimits.MaxHeadersLength;
            kestrel.Limits.MaxRequestBodySize = RequestLimits.MaxBodyLength;
        });
}
