using System.Net;
using AngleSharp.Html.Parser;

namespace Search.Web.Tests.Pages;

/// <summary>Each page links to its JSON twin in the footer, with the page's own query and filters.</summary>
public class JsonTwinTests(SearchSiteFactory site) : IClassFixture<SearchSiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    [Theory]
    [InlineData("/?q=Tokayev&source=CNN", "/api/search?")]
    [InlineData("/passages?q=killed&source=CNN", "/api/passages?")]
    [InlineData("/compare?q=killed&sort=oldest", "/api/compare?")]
    [InlineData("/article/004_8782733ac144f4f1", "/api/articles/004_8782733ac144f4f1")]
    public async Task EachPageLinksToItsJsonTwin(string url, string api)
    {
        var page = new HtmlParser().ParseDocument(await _client.GetStringAsync(url));
        string json = page.QuerySelector("footer a.json")!.GetAttribute("href")!;
        Assert.StartsWith(api, json);
        var response = await _client.GetAsync(json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        // The same query and filters as the page: its parameters, whatever their order.
        var asked = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + url).Query);
        var twin = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + json).Query);
        Assert.All(asked.AllKeys, k => Assert.Equal(asked[k], twin[k]));
    }

}
