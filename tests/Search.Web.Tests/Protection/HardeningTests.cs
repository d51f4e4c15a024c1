using System.Net;
using System.Text.Json;

namespace Search.Web.Tests.Protection;

/// <summary>Issue 18: the public surface answers abuse with clear, bounded, well-formed responses.</summary>
public sealed class HardeningTests : IDisposable
{
    private readonly SearchSiteFactory _site = new();
    private readonly SearchSiteFactory _limited = new() { PermitsPerWindow = 5 };

    [Fact]
    public async Task ABurstBeyondTheRateLimitIsAnswered429WithRetryAfterAndAProblem()
    {
        var client = _limited.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? rejected = null;
        for (int i = 0; i < 8; i++)
        {
            var response = await client.GetAsync("/api/search?q=Tokayev");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) rejected ??= response;
        }
        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.NotNull(rejected);
        Assert.True(int.Parse(rejected.Headers.GetValues("Retry-After").Single()) >= 1);
        Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, JsonDocument.Parse(await rejected.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32());

        var page = await client.GetAsync("/?q=Tokayev");
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Contains("Too many requests", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/css/site.css")).StatusCode);
    }

    [Fact]
    public async Task AnOverLongUrlIs414WithAProblemBodyNotAnEmptyOne()
    {
        var client = _site.CreateClient();
        string tooLong = new('a', 100 * 1024);
        var api = await client.GetAsync("/api/search?q=" + tooLong);
        Assert.Equal(HttpStatusCode.RequestUriTooLong, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var page = await client.GetAsync("/?q=" + tooLong);
        Assert.Equal(HttpStatusCode.RequestUriTooLong, page.StatusCode);
        Assert.Contains("Address too long", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OverLargeHeadersAre431WithAProblemBody()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=x");
        request.Headers.Add("X-Padding", new string('p', 40 * 1024));
        var response = await _site.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        var page = new HttpRequestMessage(HttpMethod.Get, "/?q=x");
        page.Headers.Add("X-Padding", new string('p', 40 * 1024));
        var pageResponse = await _site.CreateClient().SendAsync(page);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, pageResponse.StatusCode);
        Assert.Contains("Headers too large", await pageResponse.Content.ReadAsStringAsync()); // it had an empty body
    }

    [Fact]
    public async Task APageAskedWithABodyPastTheLimitShowsWhyItWasRefused()
    {
        // It showed "Error 0": the error page read its code as 0 for a request with such a body.
        var request = new HttpRequestMessage(HttpMethod.Get, "/?q=x") { Content = new StringContent(new string('a', 70 * 1024)) };
        var response = await _site.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Request too large", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AThousandOredWordsAreSearchedNotRefusedWithAMisleadingNotice()
    {
        string query = string.Join(" OR ", Enumerable.Range(0, 1000).Select(i => "w" + i)) + " OR Tokayev";
        var response = await _site.CreateClient().GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(5, body.GetProperty("total").GetInt32());
        Assert.DoesNotContain("quote", body.GetProperty("notice").GetString());
    }

    [Fact]
    public async Task ResponsesCarryNoServerBannerAndJsonKeepsMarkupEscaped()
    {
        var response = await _site.CreateClient().GetAsync("/api/search?mode=any&q=" + Uri.EscapeDataString("<b>Tokayev</b> & co"));
        Assert.False(response.Headers.Contains("Server"));
        string json = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<b>", json);
        Assert.DoesNotContain("<mark>", json);
        Assert.Contains("\\u003Cmark\\u003E", json);
    }

    public void Dispose()
    {
        _site.Dispose();
        _limited.Dispose();
    }
}
