using System.Net;
using System.Text.Json;

namespace Search.Web.Tests.Api;

/// <summary>
/// <c>/api</c> says what the API offers: a QA session found it a 404, and the API's only description the footer's links.
/// </summary>
public sealed class ApiIndexTests : IDisposable
{
    private readonly SearchSiteFactory _site = new();

    [Fact]
    public async Task TheApiListsItsEndpointsAndWhereItsOpenApiDescriptionIs()
    {
        var client = _site.CreateClient();
        var index = JsonDocument.Parse(await client.GetStringAsync("/api")).RootElement;
        string openApi = index.GetProperty("openApi").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(openApi)).StatusCode);
        var endpoints = index.GetProperty("endpoints").EnumerateArray().ToList();
        var paths = endpoints.Select(e => e.GetProperty("path").GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "/api/search", "/api/passages", "/api/compare", "/api/articles/{id}", "/api/facets/{dimension}" }, paths.ToHashSet());
        Assert.All(endpoints, e => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("summary").GetString())));
        Assert.All(endpoints, e => Assert.Contains("GET", e.GetProperty("methods").EnumerateArray().Select(m => m.GetString())));
        // It describes what is under /api, not itself nor the pages.
        Assert.DoesNotContain("/api", paths);
        Assert.All(paths, p => Assert.StartsWith("/api/", p));
    }

    public void Dispose() => _site.Dispose();
}
