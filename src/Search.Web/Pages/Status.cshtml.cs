using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Search.Web.Pages;

/// <summary>The page for an error status (404 and others) re-executed by the status-code middleware.</summary>
public sealed class StatusModel : PageModel
{
    public string Heading { get; private set; } = "";

    public string Message { get; private set; } = "";

    public IActionResult OnGet(int code)
    {
        // Only the status-code middleware shows this page; asked for directly, /status/200 is no page at all.
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not { } reExecuted) return NotFound();
        // The refused request's own status: with a body past the limit, the route's code came as 0 ("Error 0").
        if (code == 0) code = reExecuted.OriginalStatusCode;
        (Heading, Message) = code switch
        {
            404 => ("Not found", "There is no article or page at this address. It may have been removed from the index."),
            429 => ("Too many requests", "This address has made more searches than the site allows in a short time. Wait a few seconds and try again."),
            414 => ("Address too long", $"The address of this request is longer than the site accepts ({Protection.RequestLimits.MaxTargetLength / 1024} KB once encoded). Shorten the query."),
            405 => ("Method not allowed", "The site's pages answer only GET and HEAD requests."),
            431 => ("Headers too large", "The request's headers are larger than the site accepts."),
            413 => ("Request too large", "The request carries more data than the site accepts."),
            _ => ($"Error {code}", "The request could not be completed."),
        };
        return Page();
    }
}
