using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Search.Core.Extraction;
using Search.Core.Indexing;

namespace Search.Web.Tests.Api;

/// <summary>The running site sees a commit made by another writer (the indexer) without a restart. Has its own site: it changes the index.</summary>
public sealed class LiveIndexTests : IDisposable
{
    private readonly SearchSiteFactory _site = new();
    private readonly string _articles = Path.Combine(Path.GetTempPath(), "search-live-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task ANewCommitIsSearchableWithoutARestart()
    {
        var client = _site.CreateClient();
        Assert.Equal(0, await Total(client, "zanzibarian"));

        Directory.CreateDirectory(_articles);
        File.WriteAllText(Path.Combine(_articles, "late.txt"), "date 2022-01-08 A zanzibarian delegation arrived in Almaty on Saturday.");
        var summary = new ArticleIndexer(Gazetteer.LoadDefault(), NullLogger<ArticleIndexer>.Instance).IndexFolder(_articles, _site.IndexPath);
        Assert.Equal(6, summary.TotalArticles);

        var clock = Stopwatch.StartNew();
        while (await Total(client, "zanzibarian") == 0 && clock.Elapsed < TimeSpan.FromSeconds(15)) await Task.Delay(100);
        Assert.Equal(1, await Total(client, "zanzibarian"));
        Assert.Equal(6, await Total(client, ""));
    }

    [Fact]
    public async Task AnIndexMadeAnewInTheFolderIsServedWholeAndAloneWithoutARestart()
    {
        // Deleted and built again, the index reused the segment names of the old one ("_0"), and the site, refreshed onto it,
        // kept its old readers for them: it served articles that were gone, and none of the new ones, until restarted.
        var client = _site.CreateClient();
        Assert.Equal(5, await Total(client, ""));

        Directory.CreateDirectory(_articles);
        for (int i = 0; i < 3; i++)
            File.WriteAllText(Path.Combine(_articles, $"new{i}.txt"), $"date 2022-01-08 A zanzibarian delegation number {i} arrived in Almaty.");
        Directory.Delete(_site.IndexPath, recursive: true);
        new ArticleIndexer(Gazetteer.LoadDefault(), NullLogger<ArticleIndexer>.Instance).IndexFolder(_articles, _site.IndexPath);

        var clock = Stopwatch.StartNew();
        while (await Total(client, "zanzibarian") != 3 && clock.Elapsed < TimeSpan.FromSeconds(15)) await Task.Delay(100);
        Assert.Equal(3, await Total(client, "zanzibarian"));
        Assert.Equal(3, await Total(client, ""));
        Assert.Equal(0, await Total(client, "Tokayev"));
    }

    [Fact]
    public async Task AnotherCopyOfTheSameIndexSwappedInIsServedAsItself()
    {
        // Two copies of one index, each updated apart, have the same id and generation: swapped in under the site (a blue-green
        // swap), the other copy was served as the old one, then mixed with it.
        var client = _site.CreateClient();
        Assert.Equal(5, await Total(client, ""));
        string blue = _site.IndexPath + "-blue", green = _site.IndexPath + "-green";
        CopyFolder(_site.IndexPath, blue);
        CopyFolder(_site.IndexPath, green);
        var indexer = new ArticleIndexer(Gazetteer.LoadDefault(), NullLogger<ArticleIndexer>.Instance);
        Directory.CreateDirectory(_articles);
        File.WriteAllText(Path.Combine(_articles, "blue.txt"), "date 2022-01-08 A quokka delegation arrived in Almaty on Saturday.");
        indexer.IndexFolder(_articles, blue);
        File.Delete(Path.Combine(_articles, "blue.txt"));
        File.WriteAllText(Path.Combine(_articles, "green.txt"), "date 2022-01-08 A wombat delegation arrived in Almaty on Saturday.");
        indexer.IndexFolder(_articles, green);
        try
        {
            Directory.Delete(_site.IndexPath, recursive: true);
            CopyFolder(blue, _site.IndexPath);
            var clock = Stopwatch.StartNew();
            while (await Total(client, "quokka") != 1 && clock.Elapsed < TimeSpan.FromSeconds(15)) await Task.Delay(100);
            Assert.Equal(1, await Total(client, "quokka"));

            Directory.Delete(_site.IndexPath, recursive: true);
            CopyFolder(green, _site.IndexPath);
            clock.Restart();
            while (await Total(client, "wombat") != 1 && clock.Elapsed < TimeSpan.FromSeconds(15)) await Task.Delay(100);
            Assert.Equal(1, await Total(client, "wombat"));
            Assert.Equal(0, await Total(client, "quokka"));
            Assert.Equal(6, await Total(client, ""));
        }
        finally
        {
            Directory.Delete(blue, recursive: true);
            Directory.Delete(green, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }

    private static async Task<int> Total(HttpClient client, string query) =>
        JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + query)).RootElement.GetProperty("total").GetInt32();

    public void Dispose()
    {
        _site.Dispose();
        if (Directory.Exists(_articles)) Directory.Delete(_articles, recursive: true);
    }
}
