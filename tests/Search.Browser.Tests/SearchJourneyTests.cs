using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Search.Browser.Tests;

/// <summary>What a reader does in a real browser, with JavaScript off: search, narrow by a facet, follow a snippet to its paragraph.</summary>
public class SearchJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task SearchFilterAndFollowASnippetWithoutJavaScript()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/");
        await page.FillAsync("#q", "beheaded");
        await page.ClickAsync("form.search button[type=submit]");

        Assert.Contains("q=beheaded", page.Url);
        // Two reports say "beheaded", and dpa's "decapitated" ranks after them (a news synonym, at half the word's weight).
        Assert.Equal(3, await page.Locator(".hit").CountAsync());
        Assert.Equal("beheaded", await page.Locator(".snippet mark").First.TextContentAsync());

        await page.Locator(".facet a", new() { HasText = "CNN" }).First.ClickAsync();
        Assert.Equal(1, await page.Locator(".hit").CountAsync());
        Assert.Contains("source=CNN", page.Url);

        await page.Locator(".hit a.to-passage").First.ClickAsync();
        string anchor = new Uri(page.Url).Fragment.TrimStart('#');
        Assert.Matches("^p-[0-9a-f]{8}$", anchor); // the passage's text-derived permalink
        var paragraph = page.Locator($"#{anchor}");
        Assert.Equal("beheaded", await paragraph.Locator("mark").First.TextContentAsync());
        Assert.True(await paragraph.EvaluateAsync<bool>("p => p.matches(':target')"));
    }

    [Fact]
    public async Task SortsAndPagesWithoutJavaScript()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/?size=2");
        await page.SelectOptionAsync("#sort", "oldest");
        await page.ClickAsync("form.search button[type=submit]");
        Assert.Contains("sort=oldest", page.Url);
        await page.ClickAsync(".pager a[rel=next]");
        Assert.Contains("page=2", page.Url);
        Assert.Equal(2, await page.Locator(".hit").CountAsync());
    }

    [Theory]
    [InlineData("/?q=Tokayev")]
    [InlineData("/article/004_8782733ac144f4f1?q=beheaded")]
    [InlineData("/article/no-such-article")]
    [InlineData("/passages?q=killed")]
    [InlineData("/compare?q=beheaded")]
    public async Task PagesHaveNoSeriousAccessibilityViolations(string url)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(url);
        AxeResult result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes)")));
    }

    [Fact]
    public async Task LoadsNothingFromOutsideTheSite()
    {
        var page = await browser.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync("/?q=Almaty");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.NotEmpty(requests);
        Assert.All(requests, url => Assert.StartsWith(browser.BaseUrl, url));
        Assert.Equal("rgb(255, 240, 166)", await page.Locator(".snippet mark").First.EvaluateAsync<string>("m => getComputedStyle(m).backgroundColor"));
    }
}
