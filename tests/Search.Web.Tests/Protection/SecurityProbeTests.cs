using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Search.Web.Tests.Protection;

/// <summary>
/// What the security and cost probe of 2026-12-04 found past the limits that held: a 500 from a day that does not read, a
/// 67 MB error page, a plain-text 404 under /api, no caching of the stylesheet, and numbers out of range called no numbers.
/// </summary>
public sealed class SecurityProbeTests(SearchSiteFactory site) : IClassFixture<SearchSiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    [Theory]
    [InlineData("/passages?q=almaty&date=x")]
    [InlineData("/compare?q=almaty&date=x")]
    [InlineData("/passages?q=almaty&date=2022-13-01")]
    [InlineData("/?q=almaty&date=x")]
    public async Task ADayThatDoesNotReadIsA400WhoseChipRemovesIt(string url)
    {
        // The passages and the side-by-side view drew its chip by reading the day, and answered 500.
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        foreach (var chip in page.QuerySelectorAll(".chips a, a.chip"))
            Assert.DoesNotContain("date=", chip.GetAttribute("href")!.Replace("date=%28none%29", "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/passages")]
    [InlineData("/compare")]
    [InlineData("/")]
    public async Task ManyFilterValuesAreRefusedWithAPageOfBoundedSize(string view)
    {
        // Each chip's link repeated every other filter: 400 values drew a 67 MB page on the passages and the side-by-side view.
        string filters = string.Concat(Enumerable.Range(0, 400).Select(i => $"&source=outlet{i:D3}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"));
        var response = await _client.GetAsync($"{view}?q=killed{filters}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadAsStringAsync()).Length < 2_000_000);
    }

    [Fact]
    public async Task AnUnknownApiPathIsAProblemWhateverTheRequestAccepts()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/nothing-here");
        request.Headers.Accept.ParseAdd("text/html");
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task TheStylesheetIsCachedByItsVersionAndServedAsUtf8()
    {
        var page = new HtmlParser().ParseDocument(await _client.GetStringAsync("/"));
        string stylesheet = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Contains("?v=", stylesheet);
        var versioned = await _client.GetAsync(stylesheet);
        Assert.Contains("immutable", versioned.Headers.CacheControl!.ToString());
        Assert.Equal("utf-8", versioned.Content.Headers.ContentType!.CharSet);
        var plain = await _client.GetAsync(stylesheet.Split('?')[0]);
        Assert.Equal(TimeSpan.FromHours(1), plain.Headers.CacheControl!.MaxAge);
        var wrong = await _client.GetAsync(stylesheet.Split('?')[0] + "?v=wrong"); // a hash not its own is kept an hour too
        Assert.Equal(TimeSpan.FromHours(1), wrong.Headers.CacheControl!.MaxAge);
    }

    [Theory]
    [InlineData("page=-1", "below 1")]
    [InlineData("page=2147483648", "too large")]
    [InlineData("size=ten", "not a whole number")]
    [InlineData("size=99999999999", "too large")]
    public async Task ANumberOutOfRangeIsNotCalledNoNumber(string parameters, string said)
    {
        var response = await _client.GetAsync("/api/search?q=killed&" + parameters);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(said, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/passages?q=almaty&date=2022-02-30")]
    [InlineData("/compare?q=almaty&date=x&page=2")]
    public async Task ARefusedPageOffersAWayOutThatIsNotRefusedAgain(string url)
    {
        // Its date chip narrowed to the day and kept it, and its form carried the day (and page) back: each led to the same 400.
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var chip = page.QuerySelectorAll("ul.chips a").First(a => a.TextContent.StartsWith("Date", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(chip.GetAttribute("href"))).StatusCode);
        var hidden = page.QuerySelectorAll("form.search input[type=hidden]").Select(i => i.GetAttribute("name")).ToList();
        Assert.DoesNotContain("date", hidden);
        Assert.DoesNotContain("page", hidden);
    }

    [Theory]
    [InlineData("/article/003_418872cd9c62c7ec?q=almaty&view=compare&page=2&size=3")]
    [InlineData("/article/003_418872cd9c62c7ec?q=almaty&view=passages&sort=newest")]
    public async Task BackToSearchLeadsToAPageItsViewTakes(string url)
    {
        var article = new HtmlParser().ParseDocument(await _client.GetStringAsync(url));
        string back = article.QuerySelector("nav.back a")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(back)).StatusCode);
    }

    [Fact]
    public async Task FilterValuesInAllAreBounded()
    {
        // 50 values in each of 8 dimensions made a page of 35 MB: every link repeats them all.
        string filters = string.Concat(new[] { "source", "person", "org", "place" }.SelectMany(d => Enumerable.Range(0, 20).Select(i => $"&{d}=v{i}")));
        var response = await _client.GetAsync("/api/search?q=killed" + filters);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("in force at once", await response.Content.ReadAsStringAsync());
    }
}
