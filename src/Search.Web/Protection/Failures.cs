using Microsoft.AspNetCore.Diagnostics;
using Search.Core.Indexing;

namespace Search.Web.Protection;

/// <summary>How an unhandled failure is answered: 503 when the index is unavailable (not built yet, damaged), else 500; never a stack trace.</summary>
internal static class Failures
{
    public static ExceptionHandlerOptions Options(string? errorPage) => new()
    {
        ExceptionHandlingPath = errorPage,
        // An index whose files fail to decode as a search reads them is damaged: unavailable, as one that does not open is.
        StatusCodeSelector = e => e is IndexUnavailableException || Core.Indexing.Writer.IndexDamage.InReading(e)
            ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
        // An index not there yet is the state of the site, said in one line; its stack trace was logged as an error for every
        // request answered 503. A damaged index and every other failure keep their stack trace.
        SuppressDiagnosticsCallback = context =>
        {
            if (context.Exception is not IndexUnavailableException unavailable) return false;
            context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Failures))
                .LogWarning("Answered 503 to {Path}: {Problem}",
                    context.HttpContext.Features.Get<IExceptionHandlerFeature>()?.Path ?? context.HttpContext.Request.Path.Value, unavailable.Message);
            return true;
        },
    };

    /// <summary>When to try again after a 503: an index being built or put back is there within seconds.</summary>
    public const string RetryAfterSeconds = "5";

    /// <summary>A 503 says when to try again, as a 429 does; set as the headers go out, since the exception handler clears them.</summary>
    public static IApplicationBuilder UseRetryAfterOn503(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode == StatusCodes.Status503ServiceUnavailable) context.Response.Headers.RetryAfter = RetryAfterSeconds;
                return Task.CompletedTask;
            });
            await next();
        });

    /// <summary>
    /// An API status without a body of its own (an unknown path's 404) as problem+json, whatever the request accepts: the
    /// problem writer answered a browser's Accept with "Status Code: 404" in plain text.
    /// </summary>
    public static Task ProblemBody(StatusCodeContext context)
    {
        var http = context.HttpContext;
        return TypedResults.Problem(statusCode: http.Response.StatusCode, title: Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(http.Response.StatusCode))
            .ExecuteAsync(http);
    }
}
