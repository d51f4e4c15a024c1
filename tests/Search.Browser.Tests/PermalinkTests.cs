using Microsoft.Playwright;

namespace Search.Browser.Tests;

/// <summary>Issue 15: a snippet opens its article scrolled to the passage, marked with room above it; old #p{n} links still work; "Copy link" copies the permalink.</summary>
public class PermalinkTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ASnippetOpensItsPassageMarkedAndWhollyInView()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.SetViewportSizeAsync(1200, 800);
        await page.GotoAsync("/?q=beheaded&source=CNN");
        await page.Locator(".hit a.to-passage").First.ClickAsync();
        string anchor = new Uri(page.Url).Fragment.TrimStart('#');
        Assert.Matches("^p-[0-9a-f]{8}$", anchor);
        var passage = page.Locator($"[id='{anchor}'] > p.para");
        var box = await passage.BoundingBoxAsync();
        Assert.NotNull(box);
        // The outline (2px, 4px from the text) stays inside the window: the passage is not flush against the top.
        Assert.InRange(box.Y, 12, 800 - 20);
        string background = await passage.EvaluateAsync<string>("p => getComputedStyle(p).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", background);
        Assert.True(await passage.Locator("mark").CountAsync() > 0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("linking-article.png") });
    }

    [Fact]
    public async Task TheCoverageSideBySideWorksWithoutJavaScript()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.SetViewportSizeAsync(1200, 800);
        await page.GotoAsync("/?q=beheaded");
        await page.Locator("a.to-compare").ClickAsync();
        Assert.Contains("/compare?q=beheaded", page.Url);
        Assert.True(await page.Locator(".coverage .outlet").CountAsync() >= 2);
        await page.GotoAsync("/compare?q=killed");
        Assert.True(await page.Locator("div.figures-differ").IsVisibleAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("linking-compare.png") });
    }

    [Fact]
    public async Task FromASearchThePassagesLeadToTheirParagraphWithoutJavaScript()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.SetViewportSizeAsync(1200, 800);
        await page.GotoAsync("/?q=beheaded");
        await page.Locator("a.to-passages").ClickAsync();
        Assert.Contains("/passages?q=beheaded", page.Url);
        Assert.True(await page.Locator(".passage-hit").CountAsync() >= 2);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("linking-passages.png") });

        await page.Locator(".passage-hit h2 a").First.ClickAsync();
        string anchor = new Uri(page.Url).Fragment.TrimStart('#');
        Assert.Matches("^p-[0-9a-f]{8}$", anchor);
        Assert.True(await page.Locator($"[id='{anchor}'] mark").CountAsync() > 0);

        // The passages' facets narrow them and stay on them.
        await page.GoBackAsync();
        await page.Locator("aside.facets section.facet li a .label", new() { HasTextString = "Deutsche Presse-Agentur" }).ClickAsync();
        Assert.Contains("/passages?q=beheaded&source=Deutsche", page.Url);
        Assert.All(await page.Locator(".passage-hit .meta").AllTextContentsAsync(), m => Assert.StartsWith("Deutsche Presse-Agentur", m.Trim()));
    }

    [Fact]
    public async Task HowOtherOutletsPutAFactOpensWithoutJavaScriptAndLeadsToTheirSentence()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.SetViewportSizeAsync(1200, 800);
        await page.GotoAsync("/article/004_8782733ac144f4f1");
        var passage = page.Locator(".text .passage", new() { HasText = "At least 13 law enforcement officials" });
        var wording = passage.Locator("details.wording");
        Assert.False(await wording.Locator("li").First.IsVisibleAsync());
        await wording.Locator("summary").ClickAsync();
        var first = wording.Locator("li a").First;
        Assert.True(await first.IsVisibleAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("linking-wording.png") });

        string sentence = await first.TextContentAsync() ?? "";
        await first.ClickAsync();
        string anchor = new Uri(page.Url).Fragment.TrimStart('#');
        Assert.Matches("^s-[0-9a-f]{8}", anchor);
        // The other outlet's page opens on that sentence, marked and in view.
        var target = page.Locator($"[id='{anchor}']");
        Assert.Equal(sentence, (await target.TextContentAsync())?.Trim());
        Assert.NotEqual("rgba(0, 0, 0, 0)", await target.EvaluateAsync<string>("s => getComputedStyle(s).backgroundColor"));
        Assert.InRange((await target.BoundingBoxAsync())!.Y, 0, 800);
    }

    private static string Shot(string name)
    {
        string shots = Path.Combine(Path.GetTempPath(), "search-screenshots");
        Directory.CreateDirectory(shots);
        return Path.Combine(shots, name);
    }

    [Fact]
    public async Task AnOldPositionalLinkLandsOnTheSameParagraph()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.SetViewportSizeAsync(1200, 800);
        await page.GotoAsync("/article/004_8782733ac144f4f1#p5");
        var paragraph = page.Locator(".passage:has(> #p5) > p.para");
        Assert.NotEqual("rgba(0, 0, 0, 0)", await paragraph.EvaluateAsync<string>("p => getComputedStyle(p).backgroundColor"));
        var box = await paragraph.BoundingBoxAsync();
        Assert.InRange(box!.Y, 0, 800);
    }

    [Fact]
    public async Task CopyLinkIsOfferedWithJavaScriptOnly()
    {
        var without = await browser.NewPageAsync(javaScript: false);
        await without.GotoAsync("/article/004_8782733ac144f4f1");
        Assert.False(await without.Locator("button.copy-link").First.IsVisibleAsync());

        var page = await browser.NewPageAsync();
        await page.GotoAsync("/article/004_8782733ac144f4f1");
        var button = page.Locator("button.copy-link").First;
        Assert.True(await button.IsVisibleAsync());
        await button.ClickAsync();
        // The clipboard may be refused in a headless browser; either way the control answers and the permalink is the passage's anchor.
        await page.WaitForFunctionAsync("() => document.querySelector('button.copy-link').textContent !== 'Copy link'");
        string anchor = (await button.GetAttributeAsync("data-anchor"))!;
        Assert.Matches("^p-[0-9a-f]{8}", anchor);
    }

    [Fact]
    public async Task CopyLinkGivesThePassagesPermalinkWithoutTheSearchItWasOpenedFrom()
    {
        var page = await browser.NewPageAsync();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.GotoAsync("/article/004_8782733ac144f4f1?q=killed&source=CNN");
        var button = page.Locator("button.copy-link").Nth(2);
        string anchor = (await button.GetAttributeAsync("data-anchor"))!;
        await button.ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('button.copy-link')[2].textContent !== 'Copy link'");
        // Copied to the clipboard, or, where the browser refuses it, put in the address bar.
        string copied = await button.TextContentAsync() == "Copied"
            ? await page.EvaluateAsync<string>("() => navigator.clipboard.readText()")
            : page.Url;
        var link = new Uri(copied);
        Assert.Equal("/article/004_8782733ac144f4f1", link.AbsolutePath);
        Assert.Equal("", link.Query);
        Assert.Equal("#" + anchor, link.Fragment);
    }
}
