using System.Text.Json;

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

    public void Dispose() => _site.Dispose();
}
