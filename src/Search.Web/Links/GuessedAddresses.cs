namespace Search.Web;

/// <summary>
/// Addresses a reader guesses, sent where the page is: <c>/search?q=ferry</c> to the results (<c>/?q=ferry</c>), and
/// <c>/articles/{id}</c> to <c>/article/{id}</c>. They had answered 404, saying the page "may have been removed from the index"
/// (a QA session).
/// </summary>
internal static class GuessedAddresses
{
    public static void MapGuessedAddresses(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/search", [HttpMethods.Get, HttpMethods.Head], (HttpContext c) => Results.Redirect("/" + c.Request.QueryString, permanent: true))
            .ExcludeFromDescription();
        app.MapMethods("/articles/{id}", [HttpMethods.Get, HttpMethods.Head], (HttpContext c, string id) =>
                Results.Redirect("/article/" + Uri.EscapeDataString(id) + c.Request.QueryString, permanent: true))
            .ExcludeFromDescription();
    }
}
