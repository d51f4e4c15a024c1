using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Search.Web.Pages;

/// <summary>The page for an error status (404 and others) re-executed by the status-code middleware.</summary>
public sealed class StatusModel : PageModel
{
    public string Heading { get; private set; } = "";

    public string Message { get; private set; } = "";

    public void OnGet(int code)
    {
        (Heading, Message) = code == 404
            ? ("Not found", "There is no article or page at this address. It may have been removed from the index.")
            : ($"Error {code}", "The request could not be completed.");
    }
}
