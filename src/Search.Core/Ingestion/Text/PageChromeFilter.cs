using System.Text.RegularExpressions;

namespace Search.Core.Ingestion.Text;

/// <summary>
/// Recognises lines that are page furniture rather than article text: share widgets, font-size
/// buttons, comment prompts, "copy short url" boxes, view counters, "Read also:" pointers to other stories, the request to
/// report a typo with Ctrl+Enter, and a bare view counter at the end of a page.
/// </summary>
public static partial class PageChromeFilter
{
    // Compared after lower-casing and collapsing whitespace.
    private static readonly HashSet<string> ChromeLines = new(StringComparer.Ordinal)
    {
        "+ a", "a -", "a+", "a-", "a+ a-", "a- a+", "a+a-", "a + a -", "webmaster", "leave a comment", "leave a reply", "copy short url copy",
        "copy short url", "share", "share this", "share this article", "print", "email", "comments",
    };

    // Font-size buttons in any arrangement: "A+ A-", "A- A A+", "+ A".
    [GeneratedRegex(@"^(?=.*[+\-])(?:[+\-]?\s?a\s?[+\-]?\s*){1,4}$")]
    private static partial Regex FontSizeButtons();

    // A view counter with its words ("Viewed 1 245 times", "Views: 1,245", "1 245 views"), wherever it stands.
    [GeneratedRegex(@"^(?:(?:viewed|views|просмотров|просмотры)\s*:?\s*\d[\d\s,.]{0,12}(?:\s*times)?|\d[\d\s,.]{0,12}\s*(?:views|просмотров))$")]
    private static partial Regex ViewCount();

    // A line pointing to other stories ("Read also: How to prepare an emergency bag", "Читайте также: …").
    [GeneratedRegex(@"^(?:read also|also read|read more|see also|related|читайте также|смотрите также)\s*[:：]")]
    private static partial Regex PointerToOtherStories();

    // The request to report a typo that Kazakh and Russian sites put under each story ("If you found a typo, select it and press
    // Ctrl+Enter"): a typo or an error, and the keys. Ctrl+Enter alone may be the story's ("users submit a form by pressing Ctrl+Enter").
    [GeneratedRegex(@"(?:typo|mistake|error|ошибк|опечат).{0,80}ctrl\s*\+\s*enter|ctrl\s*\+\s*enter.{0,40}(?:typo|mistake|error|ошибк|опечат)")]
    private static partial Regex TypoRequest();

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
        return ChromeLines.Contains(normalized) || (normalized.Length <= 80 && ShareWidget().IsMatch(normalized.Replace(" ", "")))
            || normalized.Length <= 40 && ViewCount().IsMatch(normalized)
            || normalized.Length <= 16 && FontSizeButtons().IsMatch(normalized)
            || normalized.Length <= 200 && PointerToOtherStories().IsMatch(normalized)
            || normalized.Length <= 160 && TypoRequest().IsMatch(normalized);
    }

    /// <summary>True when the line is a bare number, which is chrome (a view or comment counter) only at the end of a page.</summary>
    public static bool IsTrailingCount(string line) => BareCount().IsMatch(line.Trim());
}
