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
        return body.RootElement.GetProperty("passages").EnumerateArray().Select(p => p.GetProperty("url").GetString()!).ToList();
    }

    private static List<string> PageLinks(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll(".passage-hit h2 a").Select(a => a.GetAttribute("href")!).ToList();

    [Fact]
    public async Task ListsThePassagesTheApiRanksWithTheirWordsMarked()
    {
        var (response, page) = await Get("/passages?q=beheaded");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = PageLinks(page);
        Assert.NotEmpty(links);
        Assert.Equal(await ApiLinks("?q=beheaded"), links);
        Assert.All(links, l => Assert.Matches(@"^/article/[^?]+\?q=beheaded#p-[0-9a-f]{8}$", l));
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
    }

    [Theory]
    [InlineData("/passages?q=person:tokayev")]
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
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Contains("<script>", page.QuerySelector("h1")!.TextContent);
    }
}
