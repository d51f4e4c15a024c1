using Microsoft.AspNetCore.Diagnostics;
using Search.Core.Indexing;

namespace Search.Web.Protection;

/// <summary>How an unhandled failure is answered: 503 when the index is unavailable (not built yet, damaged), else 500; never a stack trace.</summary>
internal static class Failures
{
    public static ExceptionHandlerOptions Options(string? errorPage) => new()
    {
        ExceptionHandlingPath = errorPage,
        StatusCodeSelector = e => e is IndexUnavailableException ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
    };
}
