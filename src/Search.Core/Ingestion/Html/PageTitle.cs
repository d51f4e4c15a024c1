using AngleSharp.Dom;

namespace Search.Core.Ingestion.Html;

/// <summary>
/// The headline of a page: <c>og:title</c>, else the JSON-LD headline, else the first <c>&lt;h1&gt;</c>, else
/// <c>&lt;title&gt;</c>, without the site name that pages add to it (" | Reuters", " - The Northern Courier",
/// or the same before the headline). The site name is only removed when it is the name the page gives itself.
/// </summary>
internal static class PageTitle
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » "];

    public static string? Of(IDocument page, string? jsonLdHeadline, string? siteName)
    {
        string? title = HtmlMetadataReader.Clean(HtmlMetadataReader.Meta(page, "og:title"))
                        ?? HtmlMetadataReader.Clean(jsonLdHeadline)
                        ?? HtmlMetadataReader.Clean(page.QuerySelector("h1")?.TextContent)
                        ?? HtmlMetadataReader.Clean(page.Title);
        return title == null || siteName == null ? title : WithoutSiteName(title, siteName);
    }

    internal static string WithoutSiteName(string title, string siteName)
    {
        foreach (string separator in Separators)
        {
            if (title.EndsWith(separator + siteName, StringComparison.OrdinalIgnoreCase))
                return title[..^(separator.Length + siteName.Length)].Trim();
            if (title.StartsWith(siteName + separator, StringComparison.OrdinalIgnoreCase))
                return title[(siteName.Length + separator.Length)..].Trim();
        }
        return title;
    }
}
