using System.Xml;

namespace Search.Core.Ingestion.Feeds;

/// <summary>
/// A first pass over a feed's XML: it checks that the whole document is well-formed (an <see cref="XmlException"/>
/// names the line), tells the format by the root element, and notes the line of each item or entry, which
/// System.ServiceModel.Syndication does not keep.
/// </summary>
internal sealed record FeedScan(FeedFormat Format, IReadOnlyList<int> ItemLines)
{
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";
    public const string Rss1Namespace = "http://purl.org/rss/1.0/";
    public const string RdfNamespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    /// <exception cref="XmlException">The document is not well-formed XML.</exception>
    public static FeedScan Of(string xml, XmlReaderSettings settings)
    {
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        var format = FeedFormat.NotAFeed;
        var lines = new List<int>();
        bool atRoot = true;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            if (atRoot)
            {
                format = (reader.LocalName, reader.NamespaceURI) switch
                {
                    ("rss", "") => FeedFormat.Rss2,
                    ("feed", AtomNamespace) => FeedFormat.Atom,
                    ("RDF", RdfNamespace) => FeedFormat.Rdf,
                    _ => FeedFormat.NotAFeed,
                };
                atRoot = false;
            }
            bool isItem = format switch
            {
                FeedFormat.Rss2 => reader is { LocalName: "item", NamespaceURI: "" },
                FeedFormat.Atom => reader is { LocalName: "entry", NamespaceURI: AtomNamespace },
                FeedFormat.Rdf => reader is { LocalName: "item", NamespaceURI: Rss1Namespace },
                _ => false,
            };
            if (isItem) lines.Add(reader is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0);
        }
        return new FeedScan(format, lines);
    }
}
