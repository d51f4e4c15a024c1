using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Search.Core.Indexing;

namespace Search.Web.Tests;

/// <summary>The real site over an index of the repository's seeds, built on start in a temporary folder (as on a fresh machine).</summary>
public sealed class SearchSiteFactory : WebApplicationFactory<Program>
{
    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), "search-web-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>What the site's first start builds its index from: a file or folder in any input format (the seeds unless set).</summary>
    public string ArticlesPath { get; init; } = SeedsPath;

    /// <summary>The rate limit per client; tests are one fast client, so it is high unless a test is about it.</summary>
    public int PermitsPerWindow { get; init; } = 1_000_000;

    /// <summary>The folder of the site's index, for tests that write to it while the site runs.</summary>
    public string IndexPath => _indexPath;

    public static string SeedsPath { get; } = Path.Combine(RepositoryPaths.FindRoot(AppContext.BaseDirectory)!, "seeds");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Search:IndexPath", _indexPath);
        builder.UseSetting("Search:ArticlesPath", ArticlesPath);
        builder.UseSetting("Search:RefreshIntervalMs", "200");
        builder.UseSetting("Search:RateLimit:PermitsPerWindow", PermitsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseEnvironment("Production");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(_indexPath)) Directory.Delete(_indexPath, recursive: true);
    }
}
