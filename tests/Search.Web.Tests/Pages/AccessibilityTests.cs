using AngleSharp.Html.Parser;

namespace Search.Web.Tests.Pages;

/// <summary>What a screen reader and a phone were missing (the browser probe of 2026-12-04).</summary>
public sealed class AccessibilityTests(SearchSiteFactory site) : IClassFixture<SearchSiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> Get(string url) =>
        new HtmlParser().ParseDocument(await _client.GetStringAsync(url));

    [Theory]
    [InlineData("/")]
    [InlineData("/?q=killed")]
    [InlineData("/passages")]
    [InlineData("/passages?q=killed")]
    [InlineData("/compare")]
    [InlineData("/compare?q=killed")]
    [InlineData("/article/003_418872cd9c62c7ec?q=killed")]
    public async Task EveryPageHasOneH1AndNoHeadingSkipsALevelOnTheWayDown(string url)
    {
        var page = await Get(url);
        Assert.Single(page.QuerySelectorAll("h1"));
        int previous = 0;
        foreach (var heading in page.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
        {
            int level = heading.TagName[1] - '0';
            Assert.True(level <= previous + 1, $"{url}: an h{level} ('{heading.TextContent.Trim()}') follows an h{previous}");
            previous = level;
        }
    }

    [Fact]
    public async Task AnArticleOffersAWayPastItsEntitiesToItsText()
    {
        // The keyboard passed some thirty entity links before the first paragraph.
        var page = await Get("/article/003_418872cd9c62c7ec?q=beheaded");
        var skip = page.QuerySelector("a.skip[href='#text']")!;
        var text = page.GetElementById("text")!;
        Assert.Contains("text", text.ClassList);
        Assert.True(skip.CompareDocumentPosition(page.QuerySelector(".entities")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
    }

    [Fact]
    public async Task AFacetValueSaysWhetherItIsSelectedOrExcluded()
    {
        // Only a hidden glyph and a strike-through said so.
        var page = await Get("/?q=killed&source=CNN&exclude.source=Agence%20France-Presse");
        var links = page.QuerySelectorAll("#facet-source ~ ul li > a:first-child").Select(a => a.TextContent).ToList();
        Assert.Contains(links, text => text.Contains("CNN", StringComparison.Ordinal) && text.Contains("selected", StringComparison.Ordinal));
        Assert.Contains(links, text => text.Contains("Agence France-Presse", StringComparison.Ordinal) && text.Contains("excluded", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShowMoreReturnsToItsFacetWithTheFiltersOpen()
    {
        // On a phone the longer list came back folded away at the bottom of the page.
        var page = await Get("/?q=killed");
        string more = page.QuerySelector("section.facet p.more a")!.GetAttribute("href")!;
        Assert.Matches("#facet-[a-z]+$", more);
        Assert.Null(page.QuerySelector("details.filters")!.GetAttribute("open"));
        var longer = await Get(more.Split('#')[0]);
        Assert.NotNull(longer.QuerySelector("details.filters")!.GetAttribute("open"));
        Assert.All(longer.QuerySelectorAll("form.facet-search"), form => Assert.Contains("#facet-", form.GetAttribute("action")));
    }

    [Fact]
    public async Task APageOfResultsHasOneSearchLandmarkAndLeavesTheFocusWhereTheReaderStarts()
    {
        // Each facet's value search was a search landmark of its own, and the box took the focus on every page of results,
        // so the keyboard began past "Skip to content".
        var results = await Get("/?q=killed");
        Assert.Single(results.QuerySelectorAll("[role=search]"));
        Assert.Null(results.QuerySelector("#q")!.GetAttribute("autofocus"));
        Assert.NotNull((await Get("/")).QuerySelector("#q")!.GetAttribute("autofocus"));
    }

    [Fact]
    public async Task EachCopyLinkButtonNamesItsParagraph()
    {
        var names = (await Get("/article/004_8782733ac144f4f1")).QuerySelectorAll("button.copy-link").Select(b => b.GetAttribute("aria-label")).ToList();
        Assert.True(names.Count > 10);
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Theory]
    [InlineData("/?q=killed")]
    [InlineData("/passages?q=killed")]
    public async Task TheSkipLinkComesBeforeTheFormAndTheLiveCountHoldsNoLink(string url)
    {
        // The skip link came after the form's controls, and the status region held the Filters, Passages and Compare links,
        // which a screen reader read out again with each change of the count.
        var page = await Get(url);
        var focusable = page.QuerySelectorAll("a[href], input:not([type=hidden]), select, button").ToList();
        int skip = focusable.FindIndex(e => e.ClassList.Contains("skip") && e.GetAttribute("href") == "#results");
        int box = focusable.FindIndex(e => e.Id == "q");
        Assert.True(skip >= 0 && skip < box, $"skip link at {skip}, search box at {box}");
        var status = page.QuerySelectorAll(".results [role=status]").ToList();
        Assert.NotEmpty(status);
        Assert.All(status, s => Assert.Empty(s.QuerySelectorAll("a")));
        Assert.Matches(@"^\d[\d,]* (article|passage)", status.Last().TextContent.Trim());
    }

    [Theory]
    [InlineData("/article/000_f93588ad3d61e761")]
    [InlineData("/compare?q=killed")]
    public async Task AFigureThatDiffersIsANoteNotALandmark(string url)
    {
        // Each box was an aside: a complementary landmark, so the landmark list filled with them.
        var page = await Get(url);
        Assert.NotEmpty(page.QuerySelectorAll(".conflict[role=note]"));
        Assert.Empty(page.QuerySelectorAll("aside.conflict"));
    }

    [Fact]
    public async Task APagePastTheLastSaysSoInALiveRegionWithoutItsLink()
    {
        var page = await Get("/?q=killed&page=9");
        var notice = page.QuerySelector("p.notice")!;
        Assert.NotNull(notice.QuerySelector("a"));
        Assert.All(page.QuerySelectorAll("[role=status]"), s => Assert.Empty(s.QuerySelectorAll("a")));
    }
}
