using System.ServiceModel.Syndication;
using System.Xml;
using Search.Core.Ingestion.Files;
using Search.Core.Ingestion.Text;

namespace Search.Core.Ingestion.Feeds;

/// <summary>
/// Reads RSS 2.0 and Atom 1.0 feeds through System.ServiceModel.Syndication, and RSS 1.0 (RDF) through
/// <see cref="RdfFeed"/>: one item, one article (<see cref="FeedItemArticle"/>). An item without text is reported
/// with its line and the other items are still read; a file that is not well-formed XML, or not a feed, is one problem.
/// </summary>
/// <remarks>
/// NOTE: the XML is parsed without DTDs or external resolution (no entity expansion, no network, no local files)
/// and is capped at <see cref="ReadLimits.MaxFileBytes"/> characters.
/// </remarks>
public sealed partial class FeedArticleReader : IArticleReader
{
    /// <summary>The origin named in the evidence of given values.</summary>
    public const string Origin = "RSS/Atom feed";

    public string Format => "RSS/Atom feed";

    public IReadOnlyList<string> Extensions { get; } = [".rss", ".atom", ".xml"];

    public IEnumerable<ReadOutcome> Read(string path, ReadLimits limits)
    {
        var (bytes, problem) = InputFile.ReadAllBytes(path, limits.MaxFileBytes);
        if (bytes == null) return [ReadOutcome.Fail(path, 0, problem!)];
        var (xml, line, decodeProblem) = TextDecoder.Decode(bytes, CharsetDeclaration.OfXml(bytes));
        if (xml == null) return [ReadOutcome.Fail(path, line, decodeProblem!)];
        return Parse(path, xml, limits);
    }

    /// <summary>Reads the items of a decoded feed.</summary>
    internal static IEnumerable<ReadOutcome> Parse(string path, string xml, ReadLimits limits)
    {
        var settings = SafeSettings(limits);
        FeedScan scan;
        try
        {
            scan = FeedScan.Of(xml, settings);
        }
        catch (XmlException) when (WithNumericEntities(xml) is { } numeric && numeric != xml)
        {
            // RSS 0.91 feeds declare HTML's entities (&nbsp;) through Netscape's DTD, which is not read: as numbers, they read.
            return Parse(path, numeric, limits);
        }
        catch (XmlException e)
        {
            return [ReadOutcome.Fail(path, e.LineNumber, $"not well-formed XML: {Message(e)}")];
        }
        if (scan.Format == FeedFormat.NotAFeed) return [ReadOutcome.Fail(path, 0, "not an RSS or Atom feed (the root element is not <rss>, <feed> or <rdf:RDF>)")];

        SyndicationFeed feed;
        try
        {
            feed = scan.Format == FeedFormat.Rdf ? RdfFeed.Load(xml, settings) : Load(xml, settings, scan.Format);
        }
        catch (Exception e) when (e is XmlException or FormatException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            // Syndication's own checks on well-formed XML (a misplaced element, a link that is not a URI).
            return [ReadOutcome.Fail(path, (e as XmlException)?.LineNumber ?? 0, $"the feed could not be read: {(e is XmlException x ? Message(x) : e.Message)}")];
        }
        var items = feed.Items.ToList();
        if (items.Count == 0) return [ReadOutcome.Fail(path, 0, "the feed holds no items")];
        // The scan and Syndication see the same items in the same order; if they ever disagree, no line beats a wrong one.
        bool linesAlign = scan.ItemLines.Count == items.Count;
        return items.Select((item, i) => FeedItemArticle.From(item, feed, path, linesAlign ? scan.ItemLines[i] : 0, limits)).ToList();
    }

    // HTML's named entities other than XML's own five, as numeric references; a name HTML does not know is left as it is.
    private static string WithNumericEntities(string xml) => NamedEntity().Replace(xml, m =>
        m.Groups[1].Value is "amp" or "lt" or "gt" or "quot" or "apos" || System.Net.WebUtility.HtmlDecode(m.Value) is not { Length: > 0 } text || text == m.Value
            ? m.Value
            : string.Concat(text.EnumerateRunes().Select(r => $"&#x{r.Value:X};")));

    [System.Text.RegularExpressions.GeneratedRegex("""(<rss\b[^>]*?\bversion\s*=\s*["'])0\.9[0-4]?(["'])""")]
    private static partial System.Text.RegularExpressions.Regex OldRssVersion();

    [System.Text.RegularExpressions.GeneratedRegex("&([A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial System.Text.RegularExpressions.Regex NamedEntity();

    private static SyndicationFeed Load(string xml, XmlReaderSettings settings, FeedFormat format)
    {
        SyndicationFeedFormatter formatter = format == FeedFormat.Atom ? new Atom10FeedFormatter() : new Rss20FeedFormatter();
        // RSS 2.0 reads the 0.9x feeds it grew from, but Syndication refuses any version other than its own.
        if (format != FeedFormat.Atom) xml = OldRssVersion().Replace(xml, "${1}2.0${2}", 1);
        formatter.DateTimeParser = LenientDateParser.Around(formatter.DateTimeParser);
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        formatter.ReadFrom(reader);
        // Syndication reads items lazily from the reader; read them all while it is open.
        formatter.Feed.Items = formatter.Feed.Items.ToList();
        return formatter.Feed;
    }

    private static XmlReaderSettings SafeSettings(ReadLimits limits) => new()
    {
        DtdProcessing = DtdProcessing.Ignore, // old RSS 0.91 feeds carry Netscape's DOCTYPE; skip it rather than refuse the feed
        XmlResolver = null,
        MaxCharactersInDocument = limits.MaxFileBytes,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    // XmlException messages end with "Line n, position m.", which the problem's line already says.
    private static string Message(XmlException e)
    {
        int at = e.Message.IndexOf(" Line ", StringComparison.Ordinal);
        return at > 0 ? e.Message[..at] : e.Message;
    }
}
