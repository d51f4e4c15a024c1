using System.ServiceModel.Syndication;
using System.Text.RegularExpressions;
using System.Xml;
using Search.Core.Ingestion.Html;
using Search.Core.Ingestion.Text;

namespace Search.Core.Ingestion.Feeds;

/// <summary>
/// Turns one feed item into an article: its text is the full content (<c>content:encoded</c>, Atom
/// <c>content</c>) or else the summary (<c>description</c>, Atom <c>summary</c>), with HTML split into paragraphs;
/// title, link, date (published, else updated, as the day written), authors and the feed's title as source are given.
/// Categories are tags chosen by the publisher, not entities named in the text, so they are not given.
/// </summary>
internal static partial class FeedItemArticle
{
    public const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";

    // RSS <author> is an address, often with the name in brackets: "jane@example.com (Jane Doe)".
    [GeneratedRegex(@"^\s*\S+@\S+\s*\((?<name>[^)]+)\)\s*$")]
    private static partial Regex AddressWithName();

    [GeneratedRegex(@"</?(p|br|div|a|b|i|em|strong|span|img|ul|ol|li|h[1-6]|blockquote|figure|table)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Markup();

    public static ReadOutcome From(SyndicationItem item, SyndicationFeed feed, string path, int line, ReadLimits limits)
    {
        string? title = Text(item.Title);
        var (body, isHtml) = Body(item);
        var found = body == null ? [] : Paragraphs(body, isHtml, line);
        var (paragraphs, truncated) = ArticleLength.Limit(found, limits.MaxArticleChars);
        if (paragraphs.Count == 0)
            return ReadOutcome.Fail(path, line, $"the feed item {(title == null ? "" : $"'{title}' ")}holds no text (no content, summary or description)");

        string? url = Link(item, feed);
        var date = LenientDateParser.IsDate(item.PublishDate) ? item.PublishDate
            : LenientDateParser.IsDate(item.LastUpdatedTime) ? item.LastUpdatedTime : (DateTimeOffset?)null;
        bool unreadDate = date == null && (item.PublishDate == LenientDateParser.Unreadable || item.LastUpdatedTime == LenientDateParser.Unreadable);
        var given = new GivenMetadata
        {
            Origin = FeedArticleReader.Origin,
            Title = title,
            // The day as the feed writes it: 23:30 at -05:00 on the 11th is the 11th, though UTC is on the 12th.
            Date = date is { } d ? DateOnly.FromDateTime(d.DateTime) : null,
            Published = date is { } moment && !LenientDateParser.IsDayOnly(moment) ? moment : null,
            Source = Text(item.SourceFeed?.Title) ?? Text(feed.Title),
            Url = url,
            Authors = Authors(item),
            Language = HtmlMetadataReader.Clean(feed.Language),
        };
        string id = item.Id is { Length: > 0 } guid ? guid : url ?? $"{title} {given.Date:yyyy-MM-dd}";
        var article = new RawArticle(ArticleIds.From(id), path, line, paragraphs, given)
        {
            ContentHash = ContentHash.Of(string.Join("\n\n", paragraphs.Select(p => p.Text)), given),
            Truncated = truncated,
        };
        string?[] warnings = [truncated ? ArticleLength.Warning(limits.MaxArticleChars) : null, unreadDate ? LenientDateParser.Warning : null];
        return ReadOutcome.WarnOf(article, warnings);
    }

    // Syndication types an RSS description as "text", but RSS descriptions are HTML by convention; so is any text with tags.
    private static (string? Text, bool IsHtml) Body(SyndicationItem item)
    {
        if (Extension(item, "encoded", ContentNamespace) is { } encoded && encoded.Trim().Length > 0) return (encoded, true);
        foreach (var content in new[] { item.Content as TextSyndicationContent, item.Summary })
            if (content?.Text is { } text && text.Trim().Length > 0) return (text, content.Type != "text" || Markup().IsMatch(text));
        return (null, false);
    }

    // Feed HTML is a fragment of the story itself, so it is split as it stands; no chrome to find. Its lines are the item's.
    private static List<RawParagraph> Paragraphs(string body, bool isHtml, int line)
    {
        if (!isHtml) return ParagraphSplitter.Split(TextCleaner.Clean(body)).Select(p => p with { Line = line }).ToList();
        var page = HtmlPages.Parse(body);
        return page.Body == null ? [] : TextBlockSplitter.Paragraphs(TextBlockSplitter.Split(page.Body).Select(b => b with { Line = line }));
    }

    private static string? Text(TextSyndicationContent? content)
    {
        if (content?.Text is not { } text) return null;
        return content.Type is "html" or "xhtml" ? HtmlMetadataReader.Clean(HtmlPages.Parse(text).Body?.TextContent) : HtmlMetadataReader.Clean(text);
    }

    // The alternate link is the story's page; "self", "enclosure" and "related" links are not. A relative link is the
    // channel's site's ("/en/story"), as a browser would read it; an RSS guid taken for a permalink ("story-1", with no
    // link beside it) is no address, and is left out rather than shown as one.
    private static string? Link(SyndicationItem item, SyndicationFeed feed)
    {
        var link = item.Links.FirstOrDefault(l => string.IsNullOrEmpty(l.RelationshipType) || l.RelationshipType == "alternate") ?? item.Links.FirstOrDefault();
        if (link?.Uri == null) return null;
        var uri = link.GetAbsoluteUri() ?? link.Uri;
        if (!uri.IsAbsoluteUri)
        {
            var home = feed.Links.FirstOrDefault(l => l.Uri is { IsAbsoluteUri: true } && (string.IsNullOrEmpty(l.RelationshipType) || l.RelationshipType == "alternate"))?.Uri;
            if (home == null || uri.OriginalString == item.Id) return null;
            uri = new Uri(home, uri);
        }
        return HtmlMetadataReader.Clean(uri.ToString());
    }

    private static IReadOnlyList<string> Authors(SyndicationItem item)
    {
        var names = item.Authors.Select(a => a.Name is { Length: > 0 } name ? name : a.Email is { } email && AddressWithName().Match(email) is { Success: true } m ? m.Groups["name"].Value : null).ToList();
        names.AddRange(Extensions(item, "creator", DublinCore));
        return names.Select(HtmlMetadataReader.Clean).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static string? Extension(SyndicationItem item, string name, string ns) => Extensions(item, name, ns).FirstOrDefault();

    private static IEnumerable<string> Extensions(SyndicationItem item, string name, string ns)
    {
        foreach (var extension in item.ElementExtensions.Where(e => e.OuterName == name && e.OuterNamespace == ns))
        {
            using XmlReader reader = extension.GetReader();
            yield return reader.ReadElementContentAsString();
        }
    }
}
