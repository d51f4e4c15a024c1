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

    private static async Task<int> Total(HttpClient client, string query) =>
        JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + query)).RootElement.GetProperty("total").GetInt32();

    public void Dispose()
    {
        _site.Dispose();
        if (Directory.Exists(_articles)) Directory.Delete(_articles, recursive: true);
    }
}
