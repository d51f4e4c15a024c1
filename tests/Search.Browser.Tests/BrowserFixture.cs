using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Search.Core.Indexing;

namespace Search.Browser.Tests;

/// <summary>
/// The real site on Kestrel (loopback, a free port) over the seeds, indexed on start into a temporary
/// folder, and Debian's Chromium driven by Playwright. Chromium must be installed (<c>apt-get install chromium</c>;
/// <c>.ci/run</c> does it); Playwright's own browser download is never used.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), "search-browser-tests-" + Guid.NewGuid().ToString("N"));
    private SiteFactory? _site;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _site = new SiteFactory(_indexPath);
        _site.UseKestrel(0);
        _site.StartServer();
        BaseUrl = _site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Without the background-networking flags Chromium keeps dialling out, which this closed network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <param name="phone">A touch screen 390 px wide, where a pointer is coarse.</param>
    public async Task<IPage> NewPageAsync(bool javaScript = true, bool phone = false)
    {
        var options = new BrowserNewContextOptions { JavaScriptEnabled = javaScript, BaseURL = BaseUrl };
        if (phone)
        {
            options.HasTouch = true;
            options.IsMobile = true;
            options.ViewportSize = new ViewportSize { Width = 390, Height = 844 };
        }
        var context = await Browser.NewContextAsync(options);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser != null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_site != null) await _site.DisposeAsync();
        if (Directory.Exists(_indexPath)) Directory.Delete(_indexPath, recursive: true);
    }

    private sealed class SiteFactory(string indexPath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Search:IndexPath", indexPath);
            builder.UseSetting("Search:ArticlesPath", Path.Combine(RepositoryPaths.FindRoot(AppContext.BaseDirectory)!, "seeds"));
            builder.UseSetting("Search:RateLimit:PermitsPerWindow", "1000000"); // tests are one fast client
            builder.UseEnvironment("Production");
        }
    }
}
