using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;

namespace Search.Core.Ingestion.Feeds;

/// <summary>
/// Reads RSS 1.0 (RDF Site Summary), which System.ServiceModel.Syndication refuses, into the same
/// <see cref="SyndicationFeed"/> shape: channel title, and per item its <c>rdf:about</c>, title, link,
/// description, <c>content:encoded</c>, <c>dc:date</c>, <c>dc:creator</c> and <c>dc:language</c>.
/// </summary>
internal static class RdfFeed
{
    private static readonly XNamespace Rss = FeedScan.Rss1Namespace;
    private static readonly XNamespace Rdf = FeedScan.RdfNamespace;
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Content = FeedItemArticle.ContentNamespace;

    public static SyndicationFeed Load(string xml, XmlReaderSettings settings)
    {
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        var root = XDocument.Load(reader).Root!;
        var channel = root.Element(Rss + "channel");
        var feed = new SyndicationFeed
        {
            Title = new TextSyndicationContent(channel?.Element(Rss + "title")?.Value ?? ""),
            Language = channel?.Element(Dc + "language")?.Value,
        };
        feed.Items = root.Elements(Rss + "item").Select(Item).ToList();
        return feed;
    }

    private static SyndicationItem Item(XElement element)
    {
        var item = new SyndicationItem { Id = (string?)element.Attribute(Rdf + "about"), Title = new TextSyndicationContent(element.Element(Rss + "title")?.Value ?? "") };
        if (Uri.TryCreate(element.Element(Rss + "link")?.Value.Trim(), UriKind.RelativeOrAbsolute, out var link)) item.Links.Add(SyndicationLink.CreateAlternateLink(link));
        if (element.Element(Rss + "description")?.Value is { } description) item.Summary = SyndicationContent.CreateHtmlContent(description);
        if (element.Element(Content + "encoded")?.Value is { } encoded) item.Content = SyndicationContent.CreateHtmlContent(encoded);
        if (element.Element(Dc + "date")?.Value is { } written)
            item.PublishDate = LenientDateParser.Day(written)
                ?? (DateTimeOffset.TryParse(written, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : LenientDateParser.Unreadable);
        foreach (var creator in element.Elements(Dc + "creator")) item.Authors.Add(new SyndicationPerson { Name = creator.Value.Trim() });
        return item;
    }
}
