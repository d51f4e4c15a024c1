using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Search.Web.Tests.Pages;

/// <summary>Issue 15: passages ranked for a query in the site, as <c>GET /api/passages</c> ranks them, under the same filters.</summary>
public class PassagesPageTests(SearchSiteFactory site) : IClassFixture<SearchSiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();
    private static readonly HtmlParser Parser = new();

    private async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Page)> Get(string url)
    {
        var response = await _client.GetAsync(url);
        return (response, Parser.ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    private async Task<List<string>> ApiLinks(string query)
    {
        using var body = JsonDocument.Parse(await _client.GetStringAsync("/api/passages" + query));
        return body.RootElement.GetProperty("passages").EnumerateArray().Select(p => Passage(p.GetProperty("url").GetString()!)).ToList();
    }

    // The page's links carry the whole search and the view to go back to; the API's carry the query. Both name one passage.
    private static List<string> PageLinks(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll(".passage-hit h2 a").Select(a => Passage(a.GetAttribute("href")!)).ToList();

    private static string Passage(string url) => url.Split('?')[0] + "#" + url.Split('#').ElementAtOrDefault(1);

    [Theory]
    [InlineData("/passages?page=0", "page")]
    [InlineData("/passages?size=0", "size")]
    [InlineData("/compare?size=2", "size")]
    public async Task TheEmptyFormRefusesWhatTheSearchWouldRefuse(string url, string parameter)
    {
        // It showed the empty form, where the same parameters with a query are a 400.
        var (response, page) = await Get(url);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(parameter, page.QuerySelector(".errors, .notice, main")!.TextContent);
        var (blank, _) = await Get("/passages");
        Assert.Equal(System.Net.HttpStatusCode.OK, blank.StatusCode);
    }

    [Fact]
    public async Task ListsThePassagesTheApiRanksWithTheirWordsMarked()
    {
        var (response, page) = await Get("/passages?q=beheaded");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = PageLinks(page);
        Assert.NotEmpty(links);
        Assert.Equal(await ApiLinks("?q=beheaded"), links);
        Assert.All(links, l => Assert.Matches(@"^/article/[^?#]+#p-[0-9a-f]{8}$", l));
        Assert.All(page.QuerySelectorAll(".passage-hit h2 a"), a => Assert.Contains("?q=beheaded&view=passages#", a.GetAttribute("href")));
        // dpa's word for it is found and marked through the news synonyms.
        Assert.Contains(page.QuerySelectorAll(".passage-hit blockquote mark"), m => m.TextContent == "decapitated");
        Assert.Contains(page.QuerySelectorAll(".passage-hit .meta"), m => m.TextContent.Contains("Deutsche Presse-Agentur", StringComparison.Ordinal));
    }

    [Fact]
    public async Task KeepsTheSearchsFiltersAndPagesAsTheApiDoes()
    {
        var (_, search) = await Get("/?q=killed&source=CNN");
        var passagesLink = search.QuerySelector("a.to-passages")!.GetAttribute("href")!;
        Assert.Contains("source=CNN", passagesLink);
        var (_, page) = await Get(passagesLink);
        Assert.All(page.QuerySelectorAll(".passage-hit .meta"), m => Assert.StartsWith("CNN ·", m.TextContent.Trim()));
        // Its chip removes the filter and stays on the passages.
        var chip = page.QuerySelectorAll("ul.chips a").Single(c => c.TextContent.Contains("CNN", StringComparison.Ordinal));
        Assert.StartsWith("/passages?q=killed", chip.GetAttribute("href"));
        Assert.DoesNotContain("source=", chip.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll("form.search input[type=hidden]"), i => i.GetAttribute("name") == "source" && i.GetAttribute("value") == "CNN");

        var (_, second) = await Get("/passages?q=killed&size=3&page=2");
        Assert.Equal(await ApiLinks("?q=killed&size=3&page=2"), PageLinks(second));
        Assert.Equal("4", second.QuerySelector("ol.passage-hits")!.GetAttribute("start"));
        Assert.NotNull(second.QuerySelector(".pager a[rel=prev]"));
        // The pager said "Page 2" alone. Every match was read and the seeds hold no copies, so the count is exact: it said "up to".
        int total = int.Parse(second.QuerySelector("p.count")!.TextContent.Trim().Split(' ')[0], System.Globalization.NumberStyles.AllowThousands);
        Assert.Equal($"Page 2 of {(total + 2) / 3}", second.QuerySelector(".pager span")!.TextContent);
    }

    [Fact]
    public async Task ItsFacetsCountThePassagesAndNarrowThem()
    {
        var (_, page) = await Get("/passages?q=killed");
        int total = int.Parse(page.QuerySelector("p.count")!.TextContent.Trim().Split(' ')[0], System.Globalization.NumberStyles.AllowThousands);
        var outlets = page.QuerySelectorAll("section.facet[aria-labelledby=facet-source] li > a:first-child").ToList();
        Assert.True(outlets.Count >= 3);
        // Each passage has one outlet or none, so the outlets' counts add up to the passages.
        Assert.Equal(total, outlets.Sum(a => int.Parse(a.QuerySelector(".n")!.TextContent)));
        foreach (var outlet in outlets)
        {
            string href = outlet.GetAttribute("href")!;
            Assert.StartsWith("/passages?q=killed&source=", href);
            // Following a value finds as many passages as it counted.
            using var narrowed = JsonDocument.Parse(await _client.GetStringAsync("/api" + href));
            Assert.Equal(int.Parse(outlet.QuerySelector(".n")!.TextContent), narrowed.RootElement.GetProperty("total").GetInt32());
        }
        Assert.StartsWith("/passages#facet-", page.QuerySelector("section.facet form.facet-search")!.GetAttribute("action"));
        Assert.NotNull(page.QuerySelector("aside.facets section.histogram"));
    }

    [Fact]
    public async Task TheSideBySideViewHasTheFiltersOfThePassagesAndTheyNarrowItsCards()
    {
        // /compare took filters only from the search page's link: it had no facets of its own to narrow it by.
        var (_, page) = await Get("/compare?q=killed");
        using var passages = JsonDocument.Parse(await _client.GetStringAsync("/api/passages?q=killed"));
        var outlets = page.QuerySelectorAll("section.facet[aria-labelledby=facet-source] li > a:first-child").ToList();
        var named = passages.RootElement.GetProperty("facets").GetProperty("source").EnumerateArray()
            .Where(v => !v.GetProperty("missing").GetBoolean()).ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());
        Assert.True(named.Count >= 3);
        Assert.Equal(named.Count + 1, outlets.Count); // and the articles of unknown source
        foreach (var outlet in outlets.Where(o => named.ContainsKey(o.QuerySelector(".label")!.TextContent.Trim())))
        {
            string href = outlet.GetAttribute("href")!;
            Assert.StartsWith("/compare?q=killed&source=", href);
            string name = outlet.QuerySelector(".label")!.TextContent.Trim();
            // The counts are the passages', as the passages page counts them.
            Assert.Equal(named[name], int.Parse(outlet.QuerySelector(".n")!.TextContent));
            // Following one leaves that outlet's card alone.
            var (response, narrowed) = await Get(href);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([name], narrowed.QuerySelectorAll("section.outlet h2").Select(h => h.TextContent.Trim()));
        }
        Assert.StartsWith("/compare#facet-", page.QuerySelector("section.facet form.facet-search")!.GetAttribute("action"));
        Assert.NotNull(page.QuerySelector("aside.facets section.histogram"));
        var api = await _client.GetStringAsync("/api/compare?q=killed");
        using var json = JsonDocument.Parse(api);
        Assert.Equal(outlets.Count, json.RootElement.GetProperty("facets").GetProperty("source").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("histogram").GetProperty("buckets").GetArrayLength() > 0);
    }

    [Fact]
    public async Task WithFiltersOnlyTheHeadingQuotesNoEmptyQuery()
    {
        // "Passages for “”" read as a search for nothing.
        var (_, passages) = await Get("/passages?person=tokayev");
        Assert.Equal("Passages of the filtered articles", passages.QuerySelector("h1")!.TextContent);
        var (_, compare) = await Get("/compare?person=tokayev");
        Assert.Equal("The filtered articles, outlet by outlet", compare.QuerySelector("h1")!.TextContent);
        var (_, query) = await Get("/passages?q=beheaded");
        Assert.Equal("Passages for “beheaded”", query.QuerySelector("h1")!.TextContent);

        // Exclusions alone are filters too: the pages showed the empty form, though the search page answers them.
        var (_, others) = await Get("/passages?exclude.source=CNN");
        Assert.Equal("Passages of the filtered articles", others.QuerySelector("h1")!.TextContent);
        Assert.NotEmpty(others.QuerySelectorAll(".passage-hit"));
        var (_, cards) = await Get("/compare?exclude.source=CNN");
        Assert.DoesNotContain(cards.QuerySelectorAll(".coverage .outlet h2"), h => h.TextContent == "CNN");
        Assert.NotEmpty(cards.QuerySelectorAll(".coverage .outlet"));
    }

    [Fact]
    public async Task AFacetsSearchBoxStaysOnThePassages()
    {
        var (response, page) = await Get("/passages?q=killed&find.person=tok");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var people = page.QuerySelectorAll("section.facet[aria-labelledby=facet-person] li .label").Select(l => l.TextContent).ToList();
        Assert.NotEmpty(people);
        Assert.All(people, p => Assert.Contains("tok", p, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("/passages?q=killed&size=0")]
    [InlineData("/passages?q=killed&page=0")]
    [InlineData("/passages?q=killed&from=2022-02-01&to=2022-01-01")]
    public async Task ABadRequestIsA400WithTheErrorShown(string url)
    {
        var (response, page) = await Get(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(page.QuerySelector(".errors")!.TextContent.Trim());
    }

    [Fact]
    public async Task TheQueryIsEncodedWhereverItIsShown()
    {
        var (_, page) = await Get("/passages?q=" + Uri.EscapeDataString("<script>alert(1)</script> killed"));
        // Only the site's own script, from a file and empty inline: the query is text wherever it is shown.
        Assert.All(page.QuerySelectorAll("script"), s => Assert.StartsWith("/js/", s.GetAttribute("src")));
        Assert.All(page.QuerySelectorAll("script"), s => Assert.True(string.IsNullOrWhiteSpace(s.TextContent)));
        Assert.Contains("<script>", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task AnArticleOpenedFromAPassageMarksTheSynonymThePassageWasFoundBy()
    {
        // The passage search found dpa's "decapitated" for beheaded and marked it; the article it opened marked nothing.
        var (_, page) = await Get("/passages?q=beheaded");
        string link = page.QuerySelectorAll(".passage-hit h2 a").Select(a => a.GetAttribute("href")!)
            .First(href => href.StartsWith("/article/003_418872cd9c62c7ec?", StringComparison.Ordinal));
        var (_, article) = await Get(link.Split('#')[0]);
        Assert.Contains("decapitated", article.QuerySelectorAll(".text mark").Select(m => m.TextContent.ToLowerInvariant()));
        // Opened from the search page, whose search expands them too, it marks the synonym as well.
        var (_, fromSearch) = await Get("/article/003_418872cd9c62c7ec?q=beheaded");
        Assert.Contains("decapitated", fromSearch.QuerySelectorAll(".text mark").Select(m => m.TextContent.ToLowerInvariant()));
    }

    [Fact]
    public async Task PassagesKeepTheOrderOfTheSearchTheyAreOpenedFrom()
    {
        // Passages were best first only: the search page's link dropped sort=newest, and the page had no order to choose.
        var (_, search) = await Get("/?q=killed&sort=newest");
        string link = search.QuerySelector("a.to-passages")!.GetAttribute("href")!;
        Assert.Contains("sort=newest", link);
        var (_, page) = await Get(link);
        Assert.Equal("newest", page.QuerySelector("select#sort option[selected]")!.GetAttribute("value"));
        Assert.Contains("newest first", page.QuerySelector("p.count")!.TextContent);
        Assert.Equal(await ApiLinks("?q=killed&sort=newest"), PageLinks(page));
        Assert.NotEqual(await ApiLinks("?q=killed"), PageLinks(page));
    }

    [Theory]
    [InlineData("/api/passages?q=beheaded", "passages")]
    [InlineData("/api/compare?q=beheaded", "reporting")]
    public async Task AnArticleOpenedFromTheApisLinkMarksTheSynonymToo(string api, string list)
    {
        // The APIs' links carried the query alone, so the article they opened did not mark dpa's "decapitated".
        using var body = JsonDocument.Parse(await _client.GetStringAsync(api));
        var urls = body.RootElement.GetProperty(list).EnumerateArray()
            .Select(p => (p.TryGetProperty("best", out var best) ? best : p).GetProperty("url").GetString()!).ToList();
        string link = urls.First(u => u.StartsWith("/article/003_418872cd9c62c7ec?", StringComparison.Ordinal));
        var (_, article) = await Get(link.Split('#')[0]);
        Assert.Contains("decapitated", article.QuerySelectorAll(".text mark").Select(m => m.TextContent.ToLowerInvariant()));
    }

    [Fact]
    public async Task ThePassagesAndTheSideBySideViewNameTheSynonymsTheySearched()
    {
        // "beheaded" found 3 passages and 2 articles, and nothing said why the passages were more.
        var (_, page) = await Get("/passages?q=beheaded");
        Assert.Contains("decapitated", page.QuerySelector("p.synonyms")!.TextContent);
        var (_, compare) = await Get("/compare?q=beheaded");
        Assert.Contains("decapitated", compare.QuerySelector("p.synonyms")!.TextContent);
        foreach (string api in new[] { "/api/passages?q=beheaded", "/api/compare?q=beheaded" })
        {
            using var body = JsonDocument.Parse(await _client.GetStringAsync(api));
            Assert.Contains("decapitated", body.RootElement.GetProperty("synonyms").EnumerateArray().Select(e => e.GetString()));
        }
        // A word with no synonym, or none that a passage holds, names none.
        var (_, plain) = await Get("/passages?q=Almaty");
        Assert.Null(plain.QuerySelector("p.synonyms"));
    }

    [Fact]
    public async Task APagePastTheLastNamesTheLastPage()
    {
        // It said "go back to page 1" whatever the last page was.
        using var past = JsonDocument.Parse(await _client.GetStringAsync("/api/passages?q=killed&size=2&page=50"));
        string notice = past.RootElement.GetProperty("notice").GetString()!;
        int last = int.Parse(System.Text.RegularExpressions.Regex.Match(notice, @"the last is page (\d+)").Groups[1].Value);
        Assert.True(last > 1, notice);
        using var lastPage = JsonDocument.Parse(await _client.GetStringAsync($"/api/passages?q=killed&size=2&page={last}"));
        Assert.NotEmpty(lastPage.RootElement.GetProperty("passages").EnumerateArray());
        using var after = JsonDocument.Parse(await _client.GetStringAsync($"/api/passages?q=killed&size=2&page={last + 1}"));
        Assert.Empty(after.RootElement.GetProperty("passages").EnumerateArray());
    }
}
