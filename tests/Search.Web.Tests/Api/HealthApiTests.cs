using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace Search.Web.Tests.Api;

/// <summary>
/// A load balancer or a deploy script can ask whether the site is up and whether it can search; there was no such address,
/// and a 503 said neither when to try again nor, on the page, that it was no failure of the request.
/// </summary>
public sealed class HealthApiTests : IDisposable
{
    private readonly SearchSiteFactory _site = new();

    [Fact]
    public async Task TheSiteIsLiveAndReadyOnceItsIndexOpens()
    {
        var client = _site.CreateClient();
        Assert.Equal("ok\n", await client.GetStringAsync("/healthz"));
        Assert.Equal("ready\n", await client.GetStringAsync("/readyz"));
    }

    [Fact]
    public async Task WithNoIndexItIsLiveNotReadyAndEvery503SaysWhenToTryAgain()
    {
        using var empty = new SearchSiteFactory { ArticlesPath = Path.Combine(Path.GetTempPath(), "no-articles-" + Guid.NewGuid().ToString("N")) };
        var client = empty.CreateClient();
        // Its first build found no articles folder: the index opens, but is not the archive.
        var unfinished = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unfinished.StatusCode);
        Assert.Contains("has not finished", await unfinished.Content.ReadAsStringAsync());
        // Take it away to see the site without an index. While the index it opened is searched, it is ready for what it serves.
        Assert.Equal(0, System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/search?q=")).RootElement.GetProperty("total").GetInt32());
        Directory.Delete(empty.IndexPath, recursive: true);
        Assert.StartsWith("ready: searching the index it has open", await client.GetStringAsync("/readyz"));
        Directory.CreateDirectory(empty.IndexPath);
        await Task.Delay(400);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        var ready = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("5", ready.Headers.GetValues("Retry-After").Single());
        Assert.Contains("no index here yet", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheSiteListensWhileItsFirstBuildGoesOnAndIsReadyWhenItEnds()
    {
        // A large archive kept the site from listening for its whole first build. Waiting no time, it listens at once.
        using var site = _site.WithWebHostBuilder(b => b.UseSetting("Search:FirstBuildWaitSeconds", "0"));
        var client = site.CreateClient();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while ((await client.GetAsync("/readyz")).StatusCode != HttpStatusCode.OK && clock.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(100);
        Assert.Equal("ready\n", await client.GetStringAsync("/readyz"));
        Assert.Contains("\"total\":5", await client.GetStringAsync("/api/search?q="));
    }

    public void Dispose() => _site.Dispose();
}
