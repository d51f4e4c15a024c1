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
    };

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
