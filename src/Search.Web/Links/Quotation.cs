namespace Search.Web.Links;

/// <summary>
/// A text quoted inside the page's own quotation marks: its double quotes become single ones, as quotes within a quote are
/// written, so a sentence that opens with a quote ("“Last night…,” he said.") does not read “““Last night.
/// </summary>
public static class Quotation
{
    public static string Inner(string text) => text.Replace('“', '‘').Replace('”', '’').Replace('"', '\'');
}
