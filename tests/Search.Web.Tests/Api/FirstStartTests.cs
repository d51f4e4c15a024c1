using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Search.Core.Extraction;
using Search.Core.Indexing;
using Microsoft.AspNetCore.Hosting;

namespace Search.Web.Tests.Api;

/// <summary>Issue 12, fault 1, for the site: a folder left with a commit cut short is rebuilt on start, not served as a broken index.</summary>
public sealed class FirstStartTests : IDisposable
{
    private readonly SearchSiteFactory _site = new();

    [Fact]
    public async Task AnUnfinishedFirstCommitIsRebuiltFromTheArticlesOnStart()
    {
        Directory.CreateDirectory(_site.IndexPath);
        File.WriteAllBytes(Path.Combine(_site.IndexPath, "_0.cfs"), new byte[256]);
        File.WriteAllBytes(Path.Combine(_site.IndexPath, "segments_1"), []);

        var client = _site.CreateClient();
        var search = await client.GetAsync("/api/search?q=Tokayev");
        Assert.True(search.IsSuccessStatusCode, await search.Content.ReadAsStringAsync());
        Assert.Equal(5, JsonDocument.Parse(await search.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt32());
        Assert.True((await client.GetAsync("/")).IsSuccessStatusCode);
    }

    [Fact]
    public async Task ADamagedIndexIsLeftAloneAndAnsweredWith503NotACrash()
    {
        new ArticleIndexer(Gazetteer.LoadDefault(), NullLogger<ArticleIndexer>.Instance).IndexFolder(SearchSiteFactory.SeedsPath, _site.IndexPath);
        foreach (string file in Directory.GetFiles(_site.IndexPath, "_*")) File.Delete(file);

        var client = _site.CreateClient();
        var api = await client.GetAsync("/api/search?q=Tokayev");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        string problem = await api.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", problem);
        Assert.Contains("Try again in a few seconds", problem);
        Assert.DoesNotContain(_site.IndexPath, problem);
        Assert.Equal("5", api.Headers.GetValues("Retry-After").Single());
        var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("<h1>Search is unavailable for now</h1>", await page.Content.ReadAsStringAsync());
        Assert.Equal("5", page.Headers.GetValues("Retry-After").Single());
        // The exception handler clears the response: the error page went out without the headers every page carries.
        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", api.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.NotEmpty(Directory.GetFiles(_site.IndexPath, "segments_*"));
    }

    [Theory]
    [InlineData(false)] // a compound file cut short: the index does not open, and the site did not start
    [InlineData(true)]  // its stored texts overwritten: the index opens, and every search read them as a 500
    public async Task AnIndexWhoseSegmentFileIsDamagedIsAnsweredWith503(bool opens)
    {
        new ArticleIndexer(Gazetteer.LoadDefault(), NullLogger<ArticleIndexer>.Instance).IndexFolder(SearchSiteFactory.SeedsPath, _site.IndexPath);
        string segment = Directory.GetFiles(_site.IndexPath, "*.cfs").OrderByDescending(f => new FileInfo(f).Length).First();
        if (!opens) using (var stream = File.OpenWrite(segment)) stream.SetLength(100);
        else
        {
            // Bytes near the start flipped, where the compound file holds the stored texts: they no longer decompress.
            var bytes = File.ReadAllBytes(segment);
            for (int i = 200; i < 600; i++) bytes[i] ^= 0xFF;
            File.WriteAllBytes(segment, bytes);
        }

        var client = _site.CreateClient();
        foreach (string url in new[] { "/api/search?q=Tokayev", "/?q=Tokayev", "/api/articles/003_418872cd9c62c7ec", "/article/003_418872cd9c62c7ec" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task TheFirstStartBuildKeepsToTheIngestionLimits()
    {
        string articles = Path.Combine(Path.GetTempPath(), "search-limits-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(articles);
        try
        {
            File.WriteAllText(Path.Combine(articles, "long.txt"), string.Join("\n\n", Enumerable.Range(0, 400).Select(i => $"Paragraph {i} of a very long report on the protests.")));
            using var factory = new SearchSiteFactory { ArticlesPath = articles };
            using var site = factory.WithWebHostBuilder(b => b.UseSetting("Search:Ingestion:MaxArticleChars", "2000"));
            var article = JsonDocument.Parse(await site.CreateClient().GetStringAsync("/api/articles/long")).RootElement;
            int length = article.GetProperty("paragraphs").EnumerateArray().Sum(p => p.GetProperty("text").GetString()!.Length);
            Assert.InRange(length, 1000, 2002);
        }
        finally
        {
            Directory.Delete(articles, recursive: true);
        }
    }

    [Fact]
    public async Task AFirstBuildThatDidNotFinishIsFinishedOnTheNextStart()
    {
        // A first start with the articles folder mistyped committed an empty index; put right, the site stayed at 0 for good,
        // as it built only an empty index. A build stopped after a commit stayed partial the same way.
        using (var mistyped = new SearchSiteFactory { ArticlesPath = Path.Combine(Path.GetTempPath(), "no-such-articles-" + Guid.NewGuid().ToString("N")) })
        {
            var empty = JsonDocument.Parse(await mistyped.CreateClient().GetStringAsync("/api/search?q=")).RootElement;
            Assert.Equal(0, empty.GetProperty("total").GetInt32());
            CopyIndex(mistyped.IndexPath, _site.IndexPath);
        }
        var search = JsonDocument.Parse(await _site.CreateClient().GetStringAsync("/api/search?q=")).RootElement;
        Assert.Equal(5, search.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AnIndexFolderThatCannotBeBuiltIsAnsweredWith503NotACrash()
    {
        // A file where the folder should be: the first-start build failed and the site ended with a stack trace (exit 134).
        File.WriteAllText(_site.IndexPath, "not a folder");
        try
        {
            var client = _site.CreateClient();
            var response = await client.GetAsync("/api/search?q=Tokayev");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            // The readiness check says the build failed, not that one is under way.
            var ready = await client.GetAsync("/readyz");
            Assert.Contains("the first-start build failed", await ready.Content.ReadAsStringAsync());
            Assert.Equal("not a folder", File.ReadAllText(_site.IndexPath));
        }
        finally
        {
            File.Delete(_site.IndexPath);
        }
    }

    private static void CopyIndex(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    public void Dispose() => _site.Dispose();
}
