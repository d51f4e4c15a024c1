using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Search.Web.Pages;

/// <summary>The page shown for an unexpected failure; it never shows exception details.</summary>
public sealed class ErrorModel : PageModel
{
    /// <summary>The failure is an index not there or not readable (a 503), which a reader can wait out: titled as a 500 was.</summary>
    public bool Unavailable => Response.StatusCode == StatusCodes.Status503ServiceUnavailable;

    public void OnGet()
    {
    }
}
