using System.Text;
using Search.Core.Ingestion;
using Search.Core.Ingestion.Feeds;

namespace Search.Core.Tests.Ingestion.Feeds;

public class FeedArticleReaderTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>
          <title>Harbour News</title>
          <link>https://harbour.example/</link>
          <language>en-gb</language>
          <item>
            <title>Port strike ends after nine days</title>
            <link>https://harbour.example/news/port-strike-ends</link>
            <guid isPermaLink="false">harbour-20240411-001</guid>
            <pubDate>Thu, 11 Apr 2024 23:30:00 -0500</pubDate>
            <dc:creator>Ann Marsh</dc:creator>
            <category>Unite</category>
            <description>Dock workers return to work.</description>
            <content:encoded><![CDATA[<p>Dock workers returned to work on <b>Friday</b> after nine days on strike.</p><p>The union said members had accepted a 7% pay rise.</p><div class="feedflare"><a href="#">Share</a></div>]]></content:encoded>
          </item>
          <item>
            <title>Ferry timetable changes from May</title>
            <link>https://harbour.example/news/ferry-timetable</link>
            <pubDate>Wed, 10 Apr 2024 08:00:00 GMT</pubDate>
            <author>desk@harbour.example (Tom Reid)</author>
            <description>&lt;p&gt;The evening ferry to the islands will leave at 19:30 instead of 20:15.&lt;/p&gt;</description>
          </item>
          <item>
            <title>Empty item</title>
            <link>https://harbour.example/news/empty</link>
          </item>
          <item>
            <title>Harbour wall repairs begin</title>
            <link>https://harbour.example/news/harbour-wall</link>
            <pubDate>sometime last week</pubDate>
            <description>Contractors began repairing the storm-damaged harbour wall on Monday.</description>
          </item>
        </channel>
        </rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Eurozone Business Daily</title>
          <id>urn:ebd:feed</id>
          <updated>2024-04-11T18:20:00+02:00</updated>
          <entry>
            <title type="html">ECB holds rates &amp;amp; signals cuts</title>
            <id>urn:ebd:ecb-april-2024</id>
            <link rel="self" href="https://ebd.example/api/entries/1"/>
            <link rel="alternate" href="https://ebd.example/markets/ecb-holds-rates"/>
            <published>2024-04-11T14:45:00+02:00</published>
            <updated>2024-04-11T18:20:00+02:00</updated>
            <author><name>Ingrid Vogt</name></author>
            <author><name>Paolo Ferri</name></author>
            <summary>The ECB left rates at 4%.</summary>
            <content type="html">&lt;p&gt;The European Central Bank left its deposit rate at 4%.&lt;/p&gt;&lt;h2&gt;Wage growth&lt;/h2&gt;&lt;p&gt;Lagarde said wage growth was moderating.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>Bund yields slide</title>
            <id>urn:ebd:bunds</id>
            <link href="https://ebd.example/markets/bunds"/>
            <updated>2024-04-10T09:00:00Z</updated>
            <summary>German borrowing costs fell to a two-week low.</summary>
          </entry>
        </feed>
        """;

    [Fact]
    public void ReadsEachItemAsAnArticleAndReportsTheOneWithoutText()
    {
        var outcomes = ReadText("harbour.rss", Rss);
        Assert.Equal(4, outcomes.Count);
        Assert.Equal(3, outcomes.Count(o => o.Article != null));
        var problem = outcomes[2].Problem!;
        Assert.Equal(24, problem.Line);
        Assert.Contains("'Empty item' holds no text", problem.Message);
    }

    [Fact]
    public void TakesContentEncodedOverTheDescriptionAsParagraphs()
    {
        var article = ReadText("harbour.rss", Rss)[0].Article!;
        Assert.Equal(["Dock workers returned to work on Friday after nine days on strike.", "The union said members had accepted a 7% pay rise."],
            article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void ReadsTheHtmlOfADescriptionOnlyItem()
    {
        var article = ReadText("harbour.rss", Rss)[1].Article!;
        Assert.Equal(["The evening ferry to the islands will leave at 19:30 instead of 20:15."], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void GivesTheMetadataOfAnRssItem()
    {
        var given = ReadText("harbour.rss", Rss)[0].Article!.Given;
        Assert.Equal("RSS/Atom feed", given.Origin);
        Assert.Equal("Port strike ends after nine days", given.Title);
        Assert.Equal("Harbour News", given.Source);
        Assert.Equal(["Ann Marsh"], given.Authors);
        Assert.Equal("en-gb", given.Language);
    }

    [Fact]
    public void KeepsTheItemLinkAsUrl()
    {
        Assert.Equal("https://harbour.example/news/port-strike-ends", ReadText("harbour.rss", Rss)[0].Article!.Given.Url);
    }

    [Fact]
    public void ReadsARelativeLinkAsTheChannelSitesAndNoGuidAsAnAddress()
    {
        const string feed = """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Kazinform</title><link>https://www.inform.kz/en</link><description>News</description>
            <item><title>Toll rises</title><link>/en/toll-rises_a41</link><guid isPermaLink="false">k-41</guid><description>Nine dead.</description></item>
            <item><title>Weather</title><guid>weather-1</guid><description>Snow in Almaty.</description></item>
            <item><title>Talgar</title><guid>https://www.inform.kz/en/talgar_a42</guid><description>A visit.</description></item>
            </channel></rss>
            """;
        var outcomes = ReadText("k.rss", feed);
        Assert.Equal("https://www.inform.kz/en/toll-rises_a41", outcomes[0].Article!.Given.Url);
        // A guid is a permalink unless it says not, but "weather-1" is no address: no link rather than a broken one.
        Assert.Null(outcomes[1].Article!.Given.Url);
        Assert.Equal("https://www.inform.kz/en/talgar_a42", outcomes[2].Article!.Given.Url);
    }

    [Fact]
    public void TakesThePublicationDayAsTheFeedWritesIt()
    {
        // 23:30 at -05:00 on the 11th is already the 12th in UTC.
        var given = ReadText("harbour.rss", Rss)[0].Article!.Given;
        Assert.Equal(new DateOnly(2024, 4, 11), given.Date);
        Assert.Equal(new DateTimeOffset(2024, 4, 11, 23, 30, 0, TimeSpan.FromHours(-5)), given.Published);
    }

    [Fact]
    public void TakesTheNameFromAnRssAuthorAddress()
    {
        Assert.Equal(["Tom Reid"], ReadText("harbour.rss", Rss)[1].Article!.Given.Authors);
    }

    [Fact]
    public void UsesTheGuidAsIdOrElseTheLink()
    {
        var outcomes = ReadText("harbour.rss", Rss);
        Assert.Equal("harbour-20240411-001", outcomes[0].Article!.Id);
        Assert.Equal(ArticleIds.From("https://harbour.example/news/ferry-timetable"), outcomes[1].Article!.Id);
    }

    [Fact]
    public void GivesEachItemTheLineItStartsOn()
    {
        var outcomes = ReadText("harbour.rss", Rss);
        Assert.Equal(7, outcomes[0].Article!.Line);
        Assert.Equal(7, outcomes[0].Article!.Paragraphs[0].Line);
        Assert.Equal(17, outcomes[1].Article!.Line);
    }

    [Fact]
    public void KeepsAnItemWhoseDateCannotBeReadWithoutADateAndSaysSo()
    {
        var outcomes = ReadText("harbour.rss", Rss);
        var article = outcomes[3].Article!;
        Assert.Null(article.Given.Date);
        Assert.Equal("Harbour wall repairs begin", article.Given.Title);
        Assert.True(outcomes[3].Problem!.IsWarning);
        Assert.Contains("date could not be read", outcomes[3].Problem!.Message);
        Assert.Null(outcomes[0].Problem); // a date that reads, or none given, is no warning
    }

    [Fact]
    public void WarnsOfAnRdfItemDateThatDoesNotRead()
    {
        string rdf = SlashRdf("""
            <item rdf:about="https://slash.example/story/2">
              <title>Mirror outage</title>
              <description>The mirror was down for most of the night, its operators said.</description>
              <dc:date>last Tuesday</dc:date>
            </item>
            """);
        var outcome = Assert.Single(ReadText("slash.rss", rdf));
        Assert.Null(outcome.Article!.Given.Date);
        Assert.Contains("date could not be read", outcome.Problem!.Message);
    }

    [Fact]
    public void ADateWrittenAsADayAloneGivesTheDayAndNoMoment()
    {
        // Read as 00:00 UTC, it was shown as the hour and ordered the day's articles; an HTML page's day gives no moment.
        string atom = Atom.Replace("<published>2024-04-11T14:45:00+02:00</published>", "<published>2024-04-11</published>");
        var given = ReadText("ebd.atom", atom)[0].Article!.Given;
        Assert.Equal(new DateOnly(2024, 4, 11), given.Date);
        Assert.Null(given.Published);

        string rdf = SlashRdf("""
            <item rdf:about="https://slash.example/story/3">
              <title>Mirror back</title>
              <description>The mirror is back, its operators said.</description>
              <dc:date>2003-12-19</dc:date>
            </item>
            """);
        var slash = Assert.Single(ReadText("slash.rss", rdf)).Article!.Given;
        Assert.Equal(new DateOnly(2003, 12, 19), slash.Date);
        Assert.Null(slash.Published);
    }

    [Fact]
    public void DoesNotGiveCategoriesAsEntities()
    {
        var given = ReadText("harbour.rss", Rss)[0].Article!.Given;
        Assert.Empty(given.Organizations);
        Assert.Empty(given.People);
        Assert.Empty(given.Places);
    }

    [Fact]
    public void ReadsAtomContentAsParagraphs()
    {
        var article = ReadText("ebd.atom", Atom)[0].Article!;
        Assert.Equal(["The European Central Bank left its deposit rate at 4%.", "Wage growth", "Lagarde said wage growth was moderating."],
            article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void GivesTheMetadataOfAnAtomEntry()
    {
        var given = ReadText("ebd.atom", Atom)[0].Article!.Given;
        Assert.Equal("ECB holds rates & signals cuts", given.Title);
        Assert.Equal("https://ebd.example/markets/ecb-holds-rates", given.Url);
        Assert.Equal(new DateOnly(2024, 4, 11), given.Date);
        Assert.Equal(["Ingrid Vogt", "Paolo Ferri"], given.Authors);
        Assert.Equal("Eurozone Business Daily", given.Source);
    }

    [Fact]
    public void ReadsTheAtomSummaryAndUpdatedDateWhenThatIsAllThereIs()
    {
        var article = ReadText("ebd.atom", Atom)[1].Article!;
        Assert.Equal(["German borrowing costs fell to a two-week low."], article.Paragraphs.Select(p => p.Text));
        Assert.Equal(new DateOnly(2024, 4, 10), article.Given.Date);
        Assert.Equal("https://ebd.example/markets/bunds", article.Given.Url);
    }

    [Fact]
    public void ReadsAnRss1RdfFeed()
    {
        string rdf = SlashRdf("""
            <item rdf:about="https://slash.example/story/1">
              <title>Kernel 2.6 released</title>
              <link>https://slash.example/story/1</link>
              <description>Linus Torvalds released version 2.6 of the kernel today.</description>
              <dc:date>2003-12-18T03:00:00-08:00</dc:date>
              <dc:creator>timothy</dc:creator>
            </item>
            """);
        var article = Assert.Single(ReadText("slash.rss", rdf)).Article!;
        Assert.Equal("Linus Torvalds released version 2.6 of the kernel today.", article.Paragraphs[0].Text);
        Assert.Equal(new DateOnly(2003, 12, 18), article.Given.Date);
        Assert.Equal("Slash Example", article.Given.Source);
        Assert.Equal(["timothy"], article.Given.Authors);
        Assert.Equal(4, article.Line);
    }

    [Fact]
    public void ReportsMalformedXmlWithItsLine()
    {
        string broken = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n<channel>\n<item><title>A & B</title></item>\n</channel></rss>";
        var problem = Assert.Single(ReadText("broken.rss", broken)).Problem!;
        Assert.Equal(4, problem.Line);
        Assert.StartsWith("not well-formed XML", problem.Message);
    }

    [Fact]
    public void RefusesAnXmlFileThatIsNotAFeed()
    {
        var problem = Assert.Single(ReadText("sitemap.xml", "<?xml version=\"1.0\"?><urlset><url><loc>https://a.example/</loc></url></urlset>")).Problem!;
        Assert.StartsWith("not an RSS or Atom feed", problem.Message);
    }

    [Fact]
    public void DoesNotResolveExternalEntities()
    {
        string xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>\n" +
                     "<rss version=\"2.0\"><channel><title>T</title><item><title>X</title><description>&secret;</description></item></channel></rss>";
        var outcome = Assert.Single(ReadText("xxe.rss", xxe));
        Assert.Null(outcome.Article);
        Assert.Equal(3, outcome.Problem!.Line);
    }

    [Fact]
    public void ReadsAnRss091FeedThatUsesHtmlEntitiesFromNetscapesDtd()
    {
        // The DTD that declares &nbsp; is not read (it would be a network fetch), so the whole feed was refused.
        string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n" +
                     "<rss version=\"0.91\"><channel><title>Le Journal</title><link>https://a.example/</link><description>News</description>" +
                     "<item><title>Gr&egrave;ve &amp; march&eacute;s</title><link>https://a.example/1</link>" +
                     "<description>Les syndicats&nbsp;appellent &agrave; la gr&egrave;ve.</description></item></channel></rss>";
        var article = Assert.Single(ReadText("old.rss", xml)).Article!;
        Assert.Equal("Grève & marchés", article.Given.Title);
        Assert.Equal("Les syndicats\u00a0appellent à la grève.".Replace('\u00a0', ' '), article.Paragraphs[0].Text.Replace('\u00a0', ' '));
    }

    [Fact]
    public void DecodesAFeedByTheEncodingItsDeclarationNames()
    {
        string xml = "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n<rss version=\"2.0\"><channel><title>La Gazette</title>" +
                     "<item><title>Grève</title><description>Jérôme Garnier annonce un TER sur cinq, 300 € de perte.</description></item></channel></rss>";
        using var files = new TempFolder();
        var bytes = Encoding.GetEncoding(1252).GetBytes(xml);
        var article = Assert.Single(new FeedArticleReader().Read(files.Write("gazette.xml", bytes), ReadLimits.Default)).Article!;
        Assert.Equal("Jérôme Garnier annonce un TER sur cinq, 300 € de perte.", article.Paragraphs[0].Text);
    }

    [Fact]
    public void ReportsAFeedThatIsNotTheUtf8ItClaimsWithItsLine()
    {
        using var files = new TempFolder();
        var bytes = Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\">\n<channel><title>Caf\u00e9</title></channel></rss>");
        var problem = Assert.Single(new FeedArticleReader().Read(files.Write("cafe.rss", bytes), ReadLimits.Default)).Problem!;
        Assert.Equal(3, problem.Line);
    }

    // An RSS 1.0 (RDF) feed of one channel, Slash Example, around the items given; the first item starts on line 4.
    private static string SlashRdf(string items) => """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://slash.example/"><title>Slash Example</title><link>https://slash.example/</link><description>News</description></channel>
        """ + "\n" + items + "\n</rdf:RDF>";

    private static List<ReadOutcome> ReadText(string name, string xml)
    {
        using var files = new TempFolder();
        return new FeedArticleReader().Read(files.Write(name, xml), ReadLimits.Default).ToList();
    }
}
