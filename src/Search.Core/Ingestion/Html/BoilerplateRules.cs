using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Search.Core.Ingestion.Html;

/// <summary>
/// Recognises page chrome by what sites call it: chrome elements (<c>nav</c>, <c>header</c>, <c>footer</c>,
/// <c>aside</c>, captions), landmark roles, hidden elements, and class or id names that news templates use
/// for menus, share bars, related links, newsletters, cookie banners, comments, ads, bylines and credits.
/// The word list follows Mozilla Readability's "unlikely candidates" plus names common on news sites.
/// </summary>
internal static partial class BoilerplateRules
{
    private static readonly HashSet<string> ChromeTags = new(StringComparer.Ordinal) { "nav", "header", "footer", "aside", "figcaption", "form", "dialog" };

    private static readonly HashSet<string> ChromeRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu", "menubar",
    };

    // Matched against class and id words, '_' read as '-' ("article-body__content" is three words plus "content").
    [GeneratedRegex(@"\b(ads?|adv|advert|advertisement|advertising|gpt|dfp|banner|breadcrumbs?|byline|bio|caption|credit|comments?|reactions?|disqus|consent|cookies?|gdpr|cnil|footer|header|masthead|menu|nav|navbar|newsletter|signup|sign-up|subscribe|subscription|paywall|promo|pub|outbrain|taboola|sponsor|sponsored|popup|modal|pagination|pager|share|sharing|partage|social|sidebar|widget|related|recommended|read-more|read-next|more-on|most-read|most-popular|lire-aussi|pullquote|tags|teaser|toolbar|skip-link)\b")]
    private static partial Regex ChromeName();

    // A container named like the story itself is kept even if it also carries a chrome word ("story-body-share-free").
    [GeneratedRegex(@"\b(article|body|content|main|story|entry|post|text|texte)\b")]
    private static partial Regex ContentName();

    // Whole blocks that stand where an ad was.
    private static readonly HashSet<string> ChromePhrases = new(StringComparer.OrdinalIgnoreCase)
    {
        "advertisement", "story continues below advertisement", "continue reading below", "article continues below", "publicité",
    };

    /// <summary>Removes every chrome element under <paramref name="root"/> (the element itself is kept).</summary>
    public static void RemoveChrome(IElement root)
    {
        foreach (var element in root.Descendants<IElement>().ToList())
            if (element.Parent != null && IsChrome(element)) element.Remove();
    }

    /// <summary>True for a block of text that is an ad's placeholder rather than article text.</summary>
    public static bool IsChromePhrase(string text) => ChromePhrases.Contains(text.Trim());

    private static bool IsChrome(IElement element)
    {
        if (ChromeTags.Contains(element.LocalName)) return !LooksLikeTheStory(element);
        if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true") return true;
        if ((element.GetAttribute("style") ?? "").Replace(" ", "").Contains("display:none", StringComparison.OrdinalIgnoreCase)) return true;
        if (element.GetAttribute("role") is { } role && ChromeRoles.Contains(role)) return true;
        string names = $"{element.ClassName} {element.Id}".ToLowerInvariant().Replace('_', '-');
        return names.Trim().Length > 0 && ChromeName().IsMatch(names) && !(ContentName().IsMatch(names) && LooksLikeTheStory(element));
    }

    // Some templates wrap the whole story in a <header> or <form> (ASP.NET pages); a long run of text is not chrome.
    private static bool LooksLikeTheStory(IElement element) =>
        element.QuerySelectorAll("p").Sum(p => p.TextContent.Length) > 500;
}
