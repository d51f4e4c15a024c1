using System.Net;
using AngleSharp.Html.Parser;

namespace Search.Web.Tests.Pages;

public class ArticlePageTests(SearchSiteFactory site) : IClassFixture<SearchSiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task ShowsMetadataEntitiesAndAnchoredParagraphsWithTheQueryMarked()
    {
        var response = await _client.GetAsync("/article/004_8782733ac144f4f1?q=beheaded");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("Kazakhstan: Dozens of protesters", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("CNN", page.QuerySelector("dl.meta")!.TextContent);
        // Each passage's id is its text-derived anchor; the old positional anchor p{n} sits inside it, so old links still land there.
        var passages = page.QuerySelectorAll(".text .passage");
        Assert.All(passages, p => Assert.Matches("^p-[0-9a-f]{8}(-[0-9]+)?$", p.Id));
        Assert.Equal(passages.Length, passages.Select(p => p.Id).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, passages.Length).Select(n => "p" + n), passages.Select(p => p.QuerySelector(".old-anchor")!.Id));
        Assert.All(passages, p => Assert.Equal("#" + p.Id, p.QuerySelector("a.anchor")!.GetAttribute("href")));
        Assert.NotEmpty(page.QuerySelectorAll(".text .sentence[id^='s-']"));
        Assert.Contains(page.QuerySelectorAll(".text mark"), m => m.TextContent == "beheaded");
        var tokayev = page.QuerySelectorAll(".entities a").First(a => a.TextContent == "Kassym-Jomart Tokayev");
        Assert.Equal("/?person=Kassym-Jomart%20Tokayev", tokayev.GetAttribute("href"));
    }

    [Fact]
    public async Task RelatedCoverageListsTheOtherReportsOfTheEventUnderTheirOwnHeading()
    {
        var page = new HtmlParser().ParseDocument(await _client.GetStringAsync("/article/004_8782733ac144f4f1"));
        var related = page.QuerySelector("section.related")!;
        // The four other seeds report the unrest in Kazakhstan that CNN reports.
        Assert.Equal("Other reports of this event", related.QuerySelector("h3")!.TextContent);
        Assert.Equal(4, related.QuerySelector("h3 + ul")!.QuerySelectorAll("li").Length);
        var api = System.Text.Json.JsonDocument.Parse(await _client.GetStringAsync("/api/articles/004_8782733ac144f4f1")).RootElement;
        Assert.All(api.GetProperty("related").EnumerateArray(), r => Assert.True(r.GetProperty("sameEvent").GetBoolean()));
    }

    [Fact]
    public async Task TheSnippetLinkLeadsToTheParagraphHoldingThePassage()
    {
        var results = new HtmlParser().ParseDocument(await _client.GetStringAsync("/?q=beheaded&source=CNN"));
        var link = results.QuerySelector(".hit a.to-passage")!.GetAttribute("href")!;
        string anchor = link[(link.IndexOf('#') + 1)..];
        var article = new HtmlParser().ParseDocument(await _client.GetStringAsync(link));
        Assert.NotNull(article.GetElementById(anchor)!.QuerySelector("mark"));
    }

    [Fact]
    public async Task TheTitleHasTheQueryMarkedAsInTheResults()
    {
        // The results marked "killed" in this title, and the article's own heading did not.
        var page = new HtmlParser().ParseDocument(await _client.GetStringAsync("/article/004_8782733ac144f4f1?q=" + Uri.EscapeDataString("killed <b>")));
        var h1 = page.QuerySelector("h1")!;
        Assert.Equal(["killed"], h1.QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Empty(h1.QuerySelectorAll("b"));
        Assert.StartsWith("Kazakhstan: Dozens of protesters", h1.TextContent);
        var plain = new HtmlParser().ParseDocument(await _client.GetStringAsync("/article/004_8782733ac144f4f1"));
        Assert.Empty(plain.QuerySelector("h1")!.QuerySelectorAll("mark"));
    }

    [Fact]
    public async Task ASentenceThatOpensWithAQuoteIsQuotedWithSingleQuotesInside()
    {
        // "How they put it" and the links' titles wrapped such a sentence in our own quotes: ““Dozens of attackers were eliminated,”…
        var ids = (await _client.GetOkJson("/api/search?size=10")).GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!);
        int nested = 0;
        foreach (string id in ids)
        {
            var page = new HtmlParser().ParseDocument(await _client.GetStringAsync("/article/" + id));
            var quoted = page.QuerySelectorAll(".wording li, .conflict li").Select(li => li.TextContent)
                .Concat(page.QuerySelectorAll(".corroborated a[title], .wording a[title]").Select(a => a.GetAttribute("title")!)).ToList();
            Assert.DoesNotContain(quoted, q => q.Contains("““") || q.Contains("””"));
            nested += quoted.Count(q => q.Contains("“‘"));
        }
        Assert.True(nested > 0); // several outlets quote a speaker at the start of a sentence
    }

    [Fact]
    public async Task AControlCharacterInAFilterValueIsLeftOutOfTheLinksBack()
    {
        // The back link carried person=%00, which the side-by-side view refuses with a 400.
        var page = new HtmlParser().ParseDocument(await _client.GetStringAsync("/article/001_947e030a57aeb5a8?q=killed&person=%00&view=compare"));
        var back = page.QuerySelectorAll("a[href^='/compare']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(back);
        foreach (string link in back)
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task AnUnknownIdIsA404Page()
    {
        var response = await _client.GetAsync("/article/no-such-article");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AskingForACityMarksTheCityNotTheCountryItPutsTheArticleUnder()
    {
        // The seed's Kazakhstan has "Almaty" among its mentions (the city puts the article under its country).
        async Task<List<string>> Marks(string query) => new HtmlParser()
            .ParseDocument(await _client.GetStringAsync("/article/003_418872cd9c62c7ec?q=" + Uri.EscapeDataString(query)))
            .QuerySelectorAll(".text mark").Select(m => m.TextContent).ToList();
        var city = await Marks("place:almaty");
        Assert.NotEmpty(city);
        Assert.All(city, m => Assert.Equal("Almaty", m));
        var country = await Marks("place:kazakhstan");
        Assert.Contains("Kazakhstan", country);
        Assert.DoesNotContain("Almaty", country);
    }

    [Fact]
    public async Task AnEntityAskedByAnAliasTheArticleDidNotUseIsMarkedAsTheArticleNamesIt()
    {
        // CNN writes "CSTO" and the alliance's full name, never "OTSC", the alias 000 uses; the search finds CNN all the same.
        var page = new HtmlParser().ParseDocument(await _client.GetStringAsync("/article/003_418872cd9c62c7ec?q=org:otsc"));
        Assert.Contains("CSTO", page.QuerySelectorAll(".text mark").Select(m => m.TextContent));
    }

    [Fact]
    public async Task AFieldSearchAsksAboutTheNamesThatHaveItsWordsNotThoseThatContainItsLetters()
    {
        // "us" is in Russia and Belarus; place:us asks about the United States alone.
        var page = new HtmlParser().ParseDocument(await _client.GetStringAsync("/article/003_418872cd9c62c7ec?q=place:us"));
        var marks = page.QuerySelectorAll(".text mark").Select(m => m.TextContent).ToList();
        Assert.Contains("US", marks);
        Assert.DoesNotContain(marks, m => m.StartsWith("Russia", StringComparison.Ordinal) || m == "Belarus");
    }

    [Theory]
    [InlineData("Russia", "Russia", "Russian Foreign Ministry")] // an organisation with the word in its name is not asked about
    [InlineData("OTSC", "CSTO", null)] // the alias names the alliance whole
    public async Task ACapitalisedWordMarksTheEntitiesItNamesWholeNotEveryNameThatHoldsIt(string query, string marked, string? notMarked)
    {
        // On Reuters, "Japan" marked "Ministry", "Bank" and "Hitachi Ltd": every entity with Japan in its name was asked about.
        var marks = new HtmlParser().ParseDocument(await _client.GetStringAsync("/article/003_418872cd9c62c7ec?q=" + query))
            .QuerySelectorAll(".text mark").Select(m => m.TextContent).ToList();
        Assert.Contains(marked, marks);
        if (notMarked != null) Assert.DoesNotContain(notMarked, marks);
    }

    [Fact]
    public async Task AnArticleOpenedFromASearchKeepsItsFiltersSortAndPageAndMarksItsEntities()
    {
        // Hit links carried only q: "Back to search" lost the filters, sort and page, and a person filter marked nothing.
        const string search = "/?q=killed&person=Kassym-Jomart%20Tokayev&sort=newest";
        var results = new HtmlParser().ParseDocument(await _client.GetStringAsync(search));
        string link = results.QuerySelector("li.hit h3 a")!.GetAttribute("href")!;
        Assert.Contains("person=Kassym-Jomart", link);
        Assert.Contains("sort=newest", link);

        var article = new HtmlParser().ParseDocument(await _client.GetStringAsync(link));
        string back = article.QuerySelector("nav.back a")!.GetAttribute("href")!;
        var again = new HtmlParser().ParseDocument(await _client.GetStringAsync(back));
        Assert.Equal(results.QuerySelectorAll("li.hit h3 a").Select(a => a.GetAttribute("href")), again.QuerySelectorAll("li.hit h3 a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Tokayev", article.QuerySelectorAll(".text mark").Select(m => m.TextContent));

        // A filter alone marks the entity too.
        var filtered = new HtmlParser().ParseDocument(await _client.GetStringAsync("/article/003_418872cd9c62c7ec?person=Kassym-Jomart%20Tokayev"));
        Assert.Contains("Tokayev", filtered.QuerySelectorAll(".text mark").Select(m => m.TextContent));
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("size=1000")]
    [InlineData("page=5000&size=100")]
    public async Task BackToSearchLeavesOutAPageOrSizeTheSearchRefuses(string paging)
    {
        // It kept them, and led to a 400.
        var article = new HtmlParser().ParseDocument(await _client.GetStringAsync("/article/003_418872cd9c62c7ec?q=killed&" + paging));
        string back = article.QuerySelector("nav.back a")!.GetAttribute("href")!;
        Assert.Equal("/?q=killed", back);
        Assert.True((await _client.GetAsync(back)).IsSuccessStatusCode);
    }

    [Theory]
    [InlineData("/passages?q=beheaded&place=Almaty", "li.passage-hit h2 a")]
    [InlineData("/compare?q=beheaded&place=Almaty", ".coverage .outlet a[href^='/article/']")]
    public async Task AnArticleOpenedFromThePassagesOrTheSideBySideViewGoesBackThereAndItsLinksKeepTheSearch(string view, string hitLinks)
    {
        // Their links carried only q, and "Back to search" led to the article search; "Also reported by" carried nothing.
        var page = new HtmlParser().ParseDocument(await _client.GetStringAsync(view));
        string link = page.QuerySelector(hitLinks)!.GetAttribute("href")!;
        Assert.Contains("place=Almaty", link);

        var article = new HtmlParser().ParseDocument(await _client.GetStringAsync(link));
        Assert.Equal(view, article.QuerySelector("nav.back a")!.GetAttribute("href"));
        var others = article.QuerySelectorAll(".corroborated a[href^='/article/']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(others);
        Assert.All(others, other => Assert.Contains("q=beheaded&place=Almaty", other));
        var another = new HtmlParser().ParseDocument(await _client.GetStringAsync(others[0]));
        Assert.Equal(view, another.QuerySelector("nav.back a")!.GetAttribute("href"));
    }
}
