using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Search.Web.Pages;

/// <summary>The page shown for an unexpected failure; it never shows exception details.</summary>
public sealed class ErrorModel : PageModel
{
    public void OnGet()
    {
    }
}
