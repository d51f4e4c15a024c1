using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Search.Web.Tests.Pages;

public class SearchPageTests(SearchSiteFactory site) : IClassFixture<SearchSiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();
    private static readonly HtmlParser Parser = new();

    private async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Page)> Get(string url)
    {
        var response = await _client.GetAsync(url);
        return (response, Parser.ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task ShowsRankedResultsWithSnippetsFacetsAndCount()
    {
        var (response, page) = await Get("/?q=beheaded");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("articles", page.QuerySelector(".count")!.TextContent);
        var hits = page.QuerySelectorAll(".hit");
        Assert.NotEmpty(hits);
        Assert.Contains(page.QuerySelectorAll(".snippet mark"), m => m.TextContent == "beheaded");
        Assert.Equal(5, page.QuerySelectorAll(".facet:not(.histogram) h2").Length);
        var passage = page.QuerySelector(".hit a.to-passage")!.GetAttribute("href")!;
        Assert.Matches(@"^/article/[^?]+\?q=beheaded#p-[0-9a-f]{8}$", passage);
    }

    [Fact]
    public async Task TheNewsSynonymsSearchedAreNamedOnThePageAndInTheApi()
    {
        // The search found dpa's "decapitated" for beheaded, as the passages do: the page says why that article is listed.
        var (_, page) = await Get("/?q=beheaded");
        Assert.Contains("decapitated", page.QuerySelector(".synonyms")!.TextContent);
        Assert.Contains(page.QuerySelectorAll(".snippet mark"), m => m.TextContent == "decapitated");
        using var api = JsonDocument.Parse(await _client.GetStringAsync("/api/search?q=beheaded"));
        Assert.Equal(["decapitated"], api.RootElement.GetProperty("synonyms").EnumerateArray().Select(s => s.GetString()));
        var (_, none) = await Get("/?q=Almaty");
        Assert.Null(none.QuerySelector(".synonyms"));
    }

    [Fact]
    public async Task FacetLinksFilterAndShowTheSelection()
    {
        var (_, page) = await Get("/?q=Tokayev");
        var cnn = page.QuerySelectorAll(".facet a").First(a => a.QuerySelector(".label")?.TextContent == "CNN");
        var (_, filtered) = await Get(cnn.GetAttribute("href")!);
        Assert.Single(filtered.QuerySelectorAll(".hit"));
        Assert.Contains(filtered.QuerySelectorAll(".facet li.selected .label"), l => l.TextContent == "CNN");
    }

    [Fact]
    public async Task WorksWithoutJavaScript()
    {
        var (_, page) = await Get("/?q=Almaty");
        // Only the site's own deferred enhancement script (changes apply at once); the form works without it.
        Assert.All(page.QuerySelectorAll("script"), s => Assert.StartsWith("/js/", s.GetAttribute("src")));
        Assert.All(page.QuerySelectorAll("script"), s => Assert.True(string.IsNullOrWhiteSpace(s.TextContent)));
        var form = page.QuerySelector("form.search")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("button[type=submit]"));
    }

    [Fact]
    public async Task ANewQueryFromTheFormDropsTheFiltersUnlessTheyAreKept()
    {
        // Issue 14: hidden inputs carried the filters into every new query silently.
        var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var dropped = await client.GetAsync("/?form=1&q=troops&source=CNN&exclude.place=Moscow&size=25");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, dropped.StatusCode);
        Assert.Equal("/?q=troops&size=25", dropped.Headers.Location!.OriginalString);
        var kept = await client.GetAsync("/?form=1&keep=1&q=troops&source=CNN&exclude.place=Moscow");
        Assert.Equal("/?q=troops&source=CNN&exclude.place=Moscow", kept.Headers.Location!.OriginalString);
        // A new order, date range or page size for the query shown is no new query: its filters stay, with or without script.
        var reordered = await client.GetAsync("/?form=1&shown=troops&q=troops&source=CNN&sort=newest&from=2022-01-06");
        Assert.Equal("/?q=troops&source=CNN&from=2022-01-06&sort=newest", reordered.Headers.Location!.OriginalString);
        var newQuery = await client.GetAsync("/?form=1&shown=troops&q=police&source=CNN");
        Assert.Equal("/?q=police", newQuery.Headers.Location!.OriginalString);
        // A change of case is no new query, and the first query typed while browsing a filter narrows what is browsed.
        var recased = await client.GetAsync("/?form=1&shown=troops&q=Troops&source=CNN");
        Assert.Equal("/?q=Troops&source=CNN", recased.Headers.Location!.OriginalString);
        var first = await client.GetAsync("/?form=1&shown=&q=troops&source=CNN");
        Assert.Equal("/?q=troops&source=CNN", first.Headers.Location!.OriginalString);

        var (_, page) = await Get("/?q=Tokayev&source=CNN");
        Assert.Contains("Keep the 1 filter", page.QuerySelector("label.keep")!.TextContent);
        Assert.Null(page.QuerySelector("input[name=keep][checked]"));
        Assert.Equal("Tokayev", page.QuerySelector("form.search input[name=shown]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task ShowsTheSameHitsAsTheApi()
    {
        const string query = "q=protests&sort=newest&size=3";
        var (_, page) = await Get("/?" + query);
        var api = JsonDocument.Parse(await _client.GetStringAsync("/api/search?" + query)).RootElement;
        var pageIds = page.QuerySelectorAll(".hit h3 a").Select(a => a.GetAttribute("href")!.Split('?')[0].Replace("/article/", ""));
        var apiIds = api.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString());
        Assert.Equal(apiIds, pageIds);
        Assert.Contains(api.GetProperty("total").GetInt32().ToString(), page.QuerySelector(".count")!.TextContent);
    }

    [Fact]
    public async Task EncodesHostileQueries()
    {
        var response = await _client.GetAsync("/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        string html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task ShowsBadParametersBesideTheSearchBox()
    {
        var (response, page) = await Get("/?size=0");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("size", page.QuerySelector(".errors")!.TextContent);
    }

    [Fact]
    public async Task AFieldThatCouldNotBeTakenIsMarkedAndPointsToItsMessage()
    {
        var (response, page) = await Get("/?q=troops&from=2022-01-08&to=2022-01-01");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var from = page.QuerySelector("#from")!;
        Assert.Equal("true", from.GetAttribute("aria-invalid"));
        var message = page.GetElementById(from.GetAttribute("aria-describedby")!)!;
        // It said "from: from (2022-01-08) is after to (2022-01-01)", naming the field twice.
        Assert.Contains("The start date (2022-01-08) is after the end date (2022-01-01)", message.TextContent);
        Assert.Null(page.QuerySelector("#to")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task SaysWhenTheQueryWasReadAsPlainWords()
    {
        var (_, page) = await Get("/?q=%22Tokayev+AND+(");
        Assert.Contains("plain words", page.QuerySelector(".notice")!.TextContent);
        Assert.Equal(5, page.QuerySelectorAll(".hit").Length);
    }

    [Fact]
    public async Task PagesWithLinks()
    {
        var (_, page) = await Get("/?size=2");
        var next = page.QuerySelector(".pager a[rel=next]")!.GetAttribute("href");
        Assert.Equal("/?page=2&size=2", next);
    }

    [Fact]
    public async Task AnAllWordsSearchThatFindsNothingOffersTheAnyWordsSearch()
    {
        var (_, page) = await Get("/?q=beheaded+zanzibar");
        var offer = page.QuerySelectorAll(".empty a").Single(a => a.TextContent.Contains("any of these words"));
        Assert.Equal("/?q=beheaded%20zanzibar&mode=any", offer.GetAttribute("href"));
        var (_, any) = await Get(offer.GetAttribute("href")!);
        Assert.NotEmpty(any.QuerySelectorAll(".hit"));
        Assert.Equal("any", any.QuerySelector("#mode option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task AQueryOfExclusionsAloneThatFindsNothingSaysWhyAndOffersNoAnyWordsSearch()
    {
        // Every seed article says "killed": the page offered the any-words search, which found nothing again, and said nothing.
        var (_, page) = await Get("/?q=-killed+-police");
        Assert.Empty(page.QuerySelectorAll(".hit"));
        Assert.Contains("Every article has something the query excludes", page.QuerySelector(".notice")!.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll(".empty a"), a => a.TextContent.Contains("any of these words"));
        // One word asked and one excluded: any of them is the query itself.
        var (_, one) = await Get("/?q=zanzibar+-killed");
        Assert.DoesNotContain(one.QuerySelectorAll(".empty a"), a => a.TextContent.Contains("any of these words"));
    }

    [Fact]
    public async Task APagePastTheLastSaysSoAndLinksBack()
    {
        // Issue 14: /?page=2 on a 5-article result showed an empty list with no pager and no message.
        var (_, page) = await Get("/?q=Tokayev&page=2");
        var notice = page.QuerySelector(".notice")!;
        Assert.Contains("Page 2 is past the last page of these 5 results (page 1)", notice.TextContent);
        Assert.Equal("/?q=Tokayev", notice.QuerySelector("a")!.GetAttribute("href"));
        // The pager said "Page 2 of 1".
        Assert.Equal("Page 2 is past the last page", page.QuerySelector("nav.pager span")!.TextContent);
    }

    [Fact]
    public async Task AnImpossiblePageSizeIsOneProblemNotTwo()
    {
        var (response, page) = await Get("/?q=Tokayev&size=100000");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(page.QuerySelectorAll(".errors li"));
    }

    [Fact]
    public async Task AFacetValueCanBeExcludedAndTheExclusionUndone()
    {
        var (_, page) = await Get("/?q=Tokayev");
        var exclude = page.QuerySelectorAll("#facet-source ~ ul li").Single(li => li.TextContent.Contains("CNN")).QuerySelector("a.exclude")!;
        Assert.Equal("/?q=Tokayev&exclude.source=CNN", exclude.GetAttribute("href"));
        var (_, excluded) = await Get(exclude.GetAttribute("href")!);
        Assert.Contains("4 articles", excluded.QuerySelector(".count")!.TextContent);
        var cnn = excluded.QuerySelectorAll("#facet-source ~ ul li").Single(li => li.TextContent.Contains("CNN"));
        Assert.Contains("excluded", cnn.ClassName);
        Assert.Equal("/?q=Tokayev", cnn.QuerySelector("a.exclude")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/?q=killed", "article")]
    [InlineData("/passages?q=killed", "passage")]
    public async Task AFacetCountSaysWhatItCountsToAScreenReader(string url, string unit)
    {
        // Read aloud, "CNN 1" said nothing of what was counted.
        var (_, page) = await Get(url);
        var values = page.QuerySelectorAll("section.facet[aria-labelledby=facet-source] li > a:first-child").ToList();
        Assert.NotEmpty(values);
        Assert.All(values, a => Assert.Matches($@"\d+ {unit}s?$", a.TextContent.Trim()));
    }

    [Fact]
    public async Task ArticlesWithoutASourceOrDateAreACountedBucketThatCanBeSelected()
    {
        var (_, page) = await Get("/");
        var unknown = page.QuerySelectorAll("#facet-source ~ ul li").Single(li => li.TextContent.Contains("Unknown source"));
        int count = int.Parse(unknown.QuerySelector(".n")!.TextContent);
        Assert.True(count > 0);
        var (_, only) = await Get(unknown.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Contains($"{count} article", only.QuerySelector(".count")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("#facet-date ~ ul li"), li => li.TextContent.Contains("Undated"));
    }

    [Fact]
    public async Task EveryActiveFilterIsARemovableChipWithClearAll()
    {
        var (_, page) = await Get("/?q=Tokayev&source=CNN&exclude.person=Maria%20Zakharova&from=2022-01-01&to=2022-01-31&sort=newest");
        var chips = page.QuerySelectorAll(".chips li a").ToDictionary(a => a.TextContent.Replace("×", "").Trim(), a => a.GetAttribute("href"));
        Assert.Equal("/?q=Tokayev&exclude.person=Maria%20Zakharova&from=2022-01-01&to=2022-01-31&sort=newest", chips["Source: CNN"]);
        Assert.Equal("/?q=Tokayev&source=CNN&from=2022-01-01&to=2022-01-31&sort=newest", chips["People: not Maria Zakharova"]);
        Assert.Equal("/?q=Tokayev&source=CNN&exclude.person=Maria%20Zakharova&sort=newest", chips["Date: 2022-01-01 to 2022-01-31"]);
        Assert.Equal("/?q=Tokayev&sort=newest", chips["Clear all"]);
        Assert.Empty((await Get("/?q=Tokayev")).Page.QuerySelectorAll(".chips"));
    }

    [Fact]
    public async Task TheResultsComeBeforeTheFiltersAndASkipLinkLeadsToThem()
    {
        // Issue 14: about 60 facet links came before the first result in the focus order.
        var (_, page) = await Get("/?q=Tokayev");
        var skip = page.QuerySelectorAll("a.skip").Single(a => a.TextContent == "Skip to results");
        Assert.Equal("#results", skip.GetAttribute("href"));
        var links = page.QuerySelectorAll("a").ToList();
        int firstResult = links.FindIndex(a => a.Closest(".hits") != null);
        int firstFacet = links.FindIndex(a => a.Closest(".facets") != null);
        Assert.True(firstResult >= 0 && firstResult < firstFacet, $"first result link at {firstResult}, first facet link at {firstFacet}");
        Assert.InRange(firstResult, 0, 12);
    }

    [Fact]
    public async Task TheDateHistogramIsClickableWithoutJavaScriptAndKeepsTheUndatedBucket()
    {
        var (_, page) = await Get("/?q=Tokayev");
        var bars = page.QuerySelectorAll(".histogram svg a").ToList();
        Assert.NotEmpty(bars);
        var busiest = bars.OrderByDescending(a => int.Parse(System.Text.RegularExpressions.Regex.Match(a.GetAttribute("aria-label")!, @": (\d+) ").Groups[1].Value)).First();
        string href = busiest.GetAttribute("href")!;
        Assert.Matches(@"^/\?q=Tokayev&from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$", href);
        var (_, narrowed) = await Get(href);
        Assert.NotEmpty(narrowed.QuerySelectorAll(".hit"));
        // The undated bucket is drawn once, in the date list, where it can also be excluded.
        Assert.Null(page.QuerySelector(".histogram .undated"));
        var undated = page.QuerySelectorAll("#facet-date ~ ul li").Single(li => li.TextContent.Contains("Undated")).QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/?q=Tokayev&date=(none)", "/?q=Tokayev&exclude.date=(none)"], undated);
        Assert.Single(page.QuerySelectorAll("#filters *"), e => e.ChildElementCount == 0 && e.TextContent.StartsWith("Undated", StringComparison.Ordinal));
        var api = System.Text.Json.JsonDocument.Parse(await _client.GetStringAsync("/api/search?q=Tokayev")).RootElement.GetProperty("histogram");
        Assert.Equal("day", api.GetProperty("interval").GetString());
        Assert.True(api.GetProperty("undated").GetInt32() > 0);
    }

    [Theory]
    [InlineData("/?q=Tokayev&from={0}&to={0}")]
    [InlineData("/?q=Tokayev&date={0}")]
    public async Task TheHistogramShowsWhichBarsLieOutsideTheChosenDays(string url)
    {
        // Its counts ignore the chosen days (drill-sideways), so after narrowing it looked as it did before.
        var (_, all) = await Get("/?q=Tokayev");
        Assert.Empty(all.QuerySelectorAll(".histogram .bar.outside"));
        var days = all.QuerySelectorAll(".histogram svg a").Select(a => System.Text.RegularExpressions.Regex.Match(a.GetAttribute("href")!, @"from=([\d-]+)").Groups[1].Value).ToList();
        Assert.True(days.Count >= 2);
        var (_, narrowed) = await Get(string.Format(url, days[0]));
        var bars = narrowed.QuerySelectorAll(".histogram svg a").ToList();
        Assert.Equal(days.Count, bars.Count);
        Assert.Null(bars[0].QuerySelector(".bar.outside"));
        Assert.All(bars.Skip(1), a => Assert.NotNull(a.QuerySelector(".bar.outside")));
        Assert.All(bars.Skip(1), a => Assert.EndsWith("outside the chosen dates", a.GetAttribute("aria-label")));
    }

    [Fact]
    public async Task AFacetShowsMoreValuesAndSearchesThemByNameOrAliasWithoutJavaScript()
    {
        var (_, page) = await Get("/");
        var orgs = page.QuerySelector("#facet-org")!.ParentElement!;
        int listed = orgs.QuerySelectorAll("li").Length;
        var more = orgs.QuerySelector(".more a")!.GetAttribute("href")!;
        Assert.Contains("more.org=", more);
        var (_, longer) = await Get(more);
        Assert.True(longer.QuerySelector("#facet-org")!.ParentElement!.QuerySelectorAll("li").Length > listed);

        var form = orgs.QuerySelector("form.facet-search")!;
        Assert.Equal("find.org", form.QuerySelector("input[type=search]")!.GetAttribute("name"));
        var (_, found) = await Get("/?find.org=OTS");
        var values = found.QuerySelector("#facet-org")!.ParentElement!.QuerySelectorAll("li .label").Select(l => l.TextContent).ToList();
        Assert.Contains("Collective Security Treaty Organization", values); // by its alias OTSC
        Assert.DoesNotContain("NATO", values);
    }
}
