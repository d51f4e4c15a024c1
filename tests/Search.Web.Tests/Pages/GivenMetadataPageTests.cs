using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Search.Web.Tests.Pages;

/// <summary>The article page and API say which values the input gave and which were extracted (issue 12, JSON Lines input).</summary>
public sealed class GivenMetadataPageTests : IDisposable
{
    private readonly string _articles = Path.Combine(Path.GetTempPath(), "search-given-" + Guid.NewGuid().ToString("N") + ".jsonl");
    private readonly SearchSiteFactory _site;

    public GivenMetadataPageTests()
    {
        File.WriteAllLines(_articles,
        [
            """{"id":"given","title":"Troops reach Almaty","body":"Almaty, Jan 7 (AFP) - Troops arrived in Almaty on Friday, officials said.","date":"2022-01-07","source":"afp","author":["Jane Doe"],"url":"https://news.example/troops","language":"en","place":["Kazakhstan"]}""",
            """{"id":"hostile","title":"Link test","body":"A story with a hostile url.","url":"javascript:alert(1)"}""",
        ]);
        _site = new SearchSiteFactory { ArticlesPath = _articles };
    }

    [Fact]
    public async Task ThePageMarksGivenValuesAndLinksTheOriginal()
    {
        var page = new HtmlParser().ParseDocument(await _site.CreateClient().GetStringAsync("/article/given"));
        string meta = page.QuerySelector("dl.meta")!.TextContent;
        Assert.Contains("Agence France-Presse", meta);
        Assert.Contains("(given: JSON Lines source: afp)", meta);
        Assert.Contains("(given: JSON Lines date: 2022-01-07)", meta);
        Assert.Contains("Jane Doe", meta);
        Assert.Equal("https://news.example/troops", page.QuerySelector("dl.meta a[rel~=noopener]")!.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll(".entities li"), li => li.TextContent.Contains("Kazakhstan") && li.TextContent.Contains("(given)"));
        Assert.Contains(page.QuerySelectorAll(".entities li"), li => li.TextContent.Contains("Almaty") && !li.TextContent.Contains("(given)"));
        Assert.Contains("Title given by the input", page.Body!.TextContent);
    }

    [Fact]
    public async Task AUrlThatIsNotHttpIsNeverALink()
    {
        string html = await _site.CreateClient().GetStringAsync("/article/hostile");
        Assert.DoesNotContain("javascript:", html);
    }

    [Fact]
    public async Task TheApiSaysTheSame()
    {
        var article = JsonDocument.Parse(await _site.CreateClient().GetStringAsync("/api/articles/given")).RootElement;
        Assert.Equal("given", article.GetProperty("source").GetProperty("rule").GetString());
        Assert.True(article.GetProperty("titleGiven").GetBoolean());
        Assert.Equal("https://news.example/troops", article.GetProperty("originalUrl").GetString());
        Assert.Equal("Jane Doe", article.GetProperty("authors")[0].GetString());
        var places = article.GetProperty("entities").GetProperty("place").EnumerateArray().ToList();
        Assert.Contains(places, p => p.GetProperty("name").GetString() == "Kazakhstan" && p.GetProperty("given").GetBoolean());
    }

    public void Dispose()
    {
        _site.Dispose();
        File.Delete(_articles);
    }
}
