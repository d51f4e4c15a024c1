using System.Text;
using Search.Core.Ingestion;
using Search.Core.Ingestion.Html;

namespace Search.Core.Tests.Ingestion.Html;

public class HtmlArticleReaderTests
{
    private static readonly HtmlArticleReader Reader = new();

    [Fact]
    public void RemovesTheChromeOfANewspaperPage()
    {
        var text = string.Join("\n", Read(SamplePages.PathOf("newspaper-heavy-chrome")).Paragraphs.Select(p => p.Text));
        foreach (string chrome in new[] { "cookies", "Most read", "Load more comments", "About time", "Read more", "morning briefing", "Picture: Tom Ashworth", "Share this article", "Christmas lights" })
            Assert.DoesNotContain(chrome, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void KeepsEachBlockOfTheStoryAsAParagraph()
    {
        var paragraphs = Read(SamplePages.PathOf("newspaper-heavy-chrome")).Paragraphs.Select(p => p.Text).ToList();
        Assert.Equal(SamplePages.Gold("newspaper-heavy-chrome"), paragraphs);
    }

    [Fact]
    public void KeepsHeadingsAndListItemsInsideTheStoryAsTheirOwnParagraphs()
    {
        var paragraphs = Read(SamplePages.PathOf("liveblog-election")).Paragraphs.Select(p => p.Text).ToList();
        Assert.Contains("Turnout higher than 2021", paragraphs);
        Assert.Contains("PVV: 35 seats", paragraphs);
        Assert.Contains("A record 26 parties are standing.", paragraphs);
    }

    [Fact]
    public void GivesTheMetadataThePageStates()
    {
        var given = Read(SamplePages.PathOf("wire-copper-strike")).Given;
        Assert.Equal("HTML meta", given.Origin);
        Assert.Equal("Chile copper miners strike at Escondida as talks collapse", given.Title);
        Assert.Equal(new DateOnly(2024, 8, 13), given.Date);
        Assert.Equal("Reuters", given.Source);
        Assert.Equal("https://www.reuters.com/markets/commodities/chile-copper-miners-strike-escondida-2024-08-13/", given.Url);
        Assert.Equal(["Fabian Cambero", "Daina Beth Solomon"], given.Authors);
        Assert.Equal("en", given.Language);
    }

    [Fact]
    public void ReadsTheMetadataOfJsonLd()
    {
        var given = Read(SamplePages.PathOf("jsonld-central-bank")).Given;
        Assert.Equal("ECB holds rates for a fifth meeting, signals cuts are near", given.Title);
        Assert.Equal(new DateOnly(2024, 4, 11), given.Date);
        Assert.Equal("Eurozone Business Daily", given.Source);
        Assert.Equal(["Ingrid Vogt", "Paolo Ferri"], given.Authors);
    }

    [Fact]
    public void ReadsAJsonLdGraphWhoseArticleRefersToItsPublisherAndAuthorByTheirIds()
    {
        // As Yoast and most CMSs write it: the article names its publisher and author by "@id", described elsewhere in the graph.
        const string graph = """
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","@id":"https://orda.example/#website","name":"Orda.example"},
              {"@type":"Organization","@id":"https://orda.example/#organization","name":"Orda Media"},
              {"@type":"Person","@id":"https://orda.example/#/schema/person/1","name":"Aruzhan Sarsenova"},
              {"@type":"NewsArticle","headline":"Parliament passes media law","datePublished":"2024-06-05T10:00:00+05:00",
               "author":{"@id":"https://orda.example/#/schema/person/1"},"publisher":{"@id":"https://orda.example/#organization"},
               "isPartOf":{"@id":"https://orda.example/#website"}}]}
            """;
        const string text = "<body><p>The lower house passed the media law on Wednesday after a second reading that lasted four hours.</p></body></html>";
        var given = Parse("<html><head><script type=\"application/ld+json\">" + graph + "</script></head>" + text).Given;
        Assert.Equal("Orda Media", given.Source);
        Assert.Equal(["Aruzhan Sarsenova"], given.Authors);

        // With no publisher, the site's name is the source.
        string withoutPublisher = graph.Replace("\"publisher\":{\"@id\":\"https://orda.example/#organization\"},", "", StringComparison.Ordinal);
        var site = Parse("<html><head><script type=\"application/ld+json\">" + withoutPublisher + "</script></head>" + text).Given;
        Assert.Equal("Orda.example", site.Source);
    }

    [Fact]
    public void RemovesTheSiteNameFromTheTitleTag()
    {
        var given = Parse("""<html><head><title>Port strike ends after nine days | Harbour News</title><meta property="og:site_name" content="Harbour News"></head>""" +
                          "<body><p>Dock workers returned to work on Monday after nine days on strike over pay and hours.</p></body></html>").Given;
        Assert.Equal("Port strike ends after nine days", given.Title);
    }

    [Fact]
    public void KeepsATitleSuffixThatIsNotTheSiteName()
    {
        var given = Parse("""<html><head><title>Budget 2024 - what it means for you</title><meta property="og:site_name" content="Harbour News"></head>""" +
                          "<body><p>The budget raises the tax-free allowance for the first time in four years.</p></body></html>").Given;
        Assert.Equal("Budget 2024 - what it means for you", given.Title);
    }

    [Fact]
    public void TakesThePublicationDayAsWrittenInATimestamp()
    {
        var given = Parse("""<html><head><meta property="article:published_time" content="2023-11-29T23:40:00-05:00"></head>""" +
                          "<body><p>Late-night votes are common in the last week before the recess, officials said.</p></body></html>").Given;
        Assert.Equal(new DateOnly(2023, 11, 29), given.Date);
        Assert.Equal(new DateTimeOffset(2023, 11, 29, 23, 40, 0, TimeSpan.FromHours(-5)), given.Published);
        var dayOnly = Parse("""<html><head><meta property="article:published_time" content="2023-11-29"></head>""" +
                            "<body><p>Late-night votes are common in the last week before the recess, officials said.</p></body></html>").Given;
        Assert.Null(dayOnly.Published);
    }

    [Theory]
    [InlineData("January 6, 2022")]
    [InlineData("Thu, 06 Jan 2022 10:00:00 GMT")]
    [InlineData("6 Jan. 2022 23:30 -05:00")]
    public void ReadsADateWrittenWithItsMonthNamed(string written)
    {
        var outcome = Reader.Parse("page", "page.html", $"""<html><head><meta name="pubdate" content="{written}"></head>""" +
            "<body><p>The harbour board met on Thursday to agree the new tariffs.</p></body></html>", ReadLimits.Default);
        Assert.Equal(new DateOnly(2022, 1, 6), outcome.Article!.Given.Date);
        Assert.Null(outcome.Problem);
    }

    [Theory]
    [InlineData("06/01/2022")] // 6 January or 1 June: not guessed
    [InlineData("2022-13-45")]
    [InlineData("yesterday")]
    public void WarnsOfAPageDateThatDoesNotReadAndKeepsTheArticle(string written)
    {
        var outcome = Reader.Parse("page", "page.html", $"""<html><head><meta property="article:published_time" content="{written}"></head>""" +
            "<body><p>The harbour board met on Thursday to agree the new tariffs.</p></body></html>", ReadLimits.Default);
        Assert.Null(outcome.Article!.Given.Date);
        Assert.True(outcome.Problem!.IsWarning);
        Assert.Contains($"'{written}' (article:published_time, line 1) could not be read", outcome.Problem.Message);
    }

    [Fact]
    public void APageDateThatDoesNotReadIsPlacedOnTheLineOfItsTag()
    {
        // The warning's line is the article's (line 5); the tag is on line 3, where the user has to look.
        var outcome = Reader.Parse("page", "page.html", "<html>\n<head>\n<meta name=\"date\" content=\"yesterday\">\n</head>\n" +
            "<body><p>The harbour board met on Thursday to agree the new tariffs.</p></body></html>", ReadLimits.Default);
        Assert.Contains("'yesterday' (date, line 3) could not be read", outcome.Problem!.Message);
    }

    [Fact]
    public void TakesTheDateOfATimeElementInTheArticle()
    {
        var given = Parse("""<html><body><article><time datetime="2021-06-02">2 June</time><p>The bridge reopened to traffic on Wednesday after repairs.</p></article></body></html>""").Given;
        Assert.Equal(new DateOnly(2021, 6, 2), given.Date);
    }

    [Fact]
    public void DropsTheHeadlineRepeatedAboveTheText()
    {
        var article = Parse("<html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>" +
                            "<p>The bridge reopened to traffic on Wednesday after eight months of repairs.</p></article></body></html>");
        Assert.Equal(["The bridge reopened to traffic on Wednesday after eight months of repairs."], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void GivesEachParagraphItsSourceLine()
    {
        var article = Read(SamplePages.PathOf("wire-copper-strike"));
        Assert.Equal(36, article.Line);
        Assert.Equal(36, article.Paragraphs[0].Line);
        Assert.Equal(37, article.Paragraphs[1].Line);
    }

    [Fact]
    public void UsesTheFileNameWithoutExtensionAsId()
    {
        Assert.Equal("wire-copper-strike", Read(SamplePages.PathOf("wire-copper-strike")).Id);
    }

    [Fact]
    public void DecodesAWindows1252PageByItsMetaCharset()
    {
        var text = string.Join("\n", Read(SamplePages.PathOf("windows-1252-greve")).Paragraphs.Select(p => p.Text));
        Assert.Contains("Jérôme Garnier", text);
        Assert.Contains("Noël Ménard", text);
        Assert.Contains("300 € par mois", text);
        Assert.Contains("Les cœurs de ville", text);
        Assert.Contains("« quasi normal »", text);
    }

    [Fact]
    public void DecodesAUtf16PageByItsByteOrderMark()
    {
        using var files = new TempFolder();
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(
            "<html><head><meta charset=\"utf-16\"></head><body><p>Zürich and Łódź signed a twinning agreement on Friday.</p></body></html>")];
        var article = Read(files.Write("twinning.html", bytes));
        Assert.Equal("Zürich and Łódź signed a twinning agreement on Friday.", article.Paragraphs[0].Text);
    }

    [Fact]
    public void ReportsAnUndeclaredNonUtf8PageWithItsLineInsteadOfGarblingIt()
    {
        using var files = new TempFolder();
        var bytes = Encoding.Latin1.GetBytes("<html>\n<body>\n<p>Caf\u00e9 owners protest.</p>\n</body></html>");
        var outcome = Assert.Single(Reader.Read(files.Write("cafe.html", bytes), ReadLimits.Default));
        Assert.Null(outcome.Article);
        Assert.Equal(3, outcome.Problem!.Line);
        Assert.Contains("not valid UTF-8", outcome.Problem.Message);
    }

    [Fact]
    public void ReportsAnUnknownCharset()
    {
        using var files = new TempFolder();
        var outcome = Assert.Single(Reader.Read(files.Write("x.html", "<meta charset=\"klingon-8\"><p>Text of the story here.</p>"), ReadLimits.Default));
        Assert.Null(outcome.Article);
        Assert.Contains("klingon-8", outcome.Problem!.Message);
    }

    [Fact]
    public void ReadsTheTextThatATruncatedPageHolds()
    {
        var article = Parse("<html><head><title>Flood</title></head><body><div class=\"story\"><p>The river crested on Thursday at 24.6 feet.</p><p>About 340 homes were dam");
        Assert.Equal(["The river crested on Thursday at 24.6 feet.", "About 340 homes were dam"], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void FailsATruncatedPageThatHoldsNoText()
    {
        var problem = Reader.Parse("cut", "cut.html", "<html><head><title>Flood waters recede</title><link rel=\"styleshe", ReadLimits.Default).Problem!;
        Assert.Equal("cut.html", problem.Path);
        Assert.Contains("no article text", problem.Message);
    }

    [Fact]
    public void FailsAPageWithAnEmptyBody()
    {
        var outcome = Reader.Parse("empty", "empty.html", "<html><head><title>Nothing</title></head><body>  </body></html>", ReadLimits.Default);
        Assert.Null(outcome.Article);
        Assert.Contains("no article text", outcome.Problem!.Message);
    }

    [Fact]
    public void FailsAPageOfOnlyMenusAndFooters()
    {
        var outcome = Reader.Parse("menu", "menu.html", "<body><nav><a href=/>Home</a> <a href=/news>News</a></nav><footer><p>© 2024 The Paper. All rights reserved.</p></footer></body>", ReadLimits.Default);
        Assert.Null(outcome.Article);
    }

    [Fact]
    public void FallsBackToSmartReaderWhenTheRulesFindNothing()
    {
        // Every paragraph sits in a container named like chrome, so the rules remove it all.
        string story = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"<p>Paragraph {i} of the story says the council met on Tuesday and voted to keep the library open for another year, after a campaign by residents.</p>"));
        string html = $"<html><body><div class=\"sidebar-layout\">{story}</div></body></html>";
        Assert.Empty(new RuleBasedTextExtractor().Extract(HtmlPages.Parse(html)));
        var article = Reader.Parse("fallback", "fallback.html", html, ReadLimits.Default).Article!;
        Assert.Equal(4, article.Paragraphs.Count);
    }

    [Fact]
    public void WarnsWhenTheArticleIsCutToTheLimit()
    {
        var outcome = Assert.Single(Reader.Read(SamplePages.PathOf("newspaper-heavy-chrome"), new ReadLimits { MaxArticleChars = 1000 }));
        Assert.True(outcome.Article!.Truncated);
        Assert.True(outcome.Problem!.IsWarning);
        Assert.True(outcome.Article.Paragraphs.Sum(p => p.Text.Length) <= 1002);
    }

    [Fact]
    public void RefusesAFileOverTheSizeLimitUnread()
    {
        var outcome = Assert.Single(Reader.Read(SamplePages.PathOf("newspaper-heavy-chrome"), new ReadLimits { MaxFileBytes = 1000 }));
        Assert.Null(outcome.Article);
        Assert.Contains("over the limit", outcome.Problem!.Message);
    }

    private static RawArticle Read(string path)
    {
        var outcome = Assert.Single(Reader.Read(path, ReadLimits.Default));
        Assert.True(outcome.Article != null, outcome.Problem?.ToString());
        return outcome.Article;
    }

    private static RawArticle Parse(string html)
    {
        var outcome = Reader.Parse("page", "page.html", html, ReadLimits.Default);
        Assert.True(outcome.Article != null, outcome.Problem?.ToString());
        return outcome.Article;
    }
}
