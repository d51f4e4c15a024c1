using System.Text.RegularExpressions;

namespace Search.Core.Ingestion.Text;

/// <summary>
/// Recognises lines that are page furniture rather than article text: share widgets, font-size
/// buttons, comment prompts, "copy short url" boxes and a bare view counter at the end of a page.
/// </summary>
public static partial class PageChromeFilter
{
    // Compared after lower-casing and collapsing whitespace.
    private static readonly HashSet<string> ChromeLines = new(StringComparer.Ordinal)
    {
        "+ a", "a -", "a+", "a-", "webmaster", "leave a comment", "leave a reply", "copy short url copy",
        "copy short url", "share", "share this", "share this article", "print", "email", "comments",
    };

    // Share widgets often render as the network names run together: "facebooktwittertelegramwhatsapp".
    [GeneratedRegex(@"^(facebook|twitter|telegram|whatsapp|linkedin|reddit|pinterest|vk|email|print|copyshorturl|copylink|share)+$")]
    private static partial Regex ShareWidget();

    [GeneratedRegex(@"^\d{1,7}$")]
    private static partial Regex BareCount();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>True when the line is chrome wherever it stands.</summary>
    public static bool IsChrome(string line)
    {
        string normalized = Whitespace().Replace(line.Trim(), " ").ToLowerInvariant();
        if (normalized.Length == 0) return false;
        return ChromeLines.Contains(normalized) || (normalized.Length <= 80 && ShareWidget().IsMatch(normalized.Replace(" ", "")));
    }

    /// <summary>True when the line is a bare number, which is chrome (a view or comment counter) only at the end of a page.</summary>
    public static bool IsTrailingCount(string line) => BareCount().IsMatch(line.Trim());
}
