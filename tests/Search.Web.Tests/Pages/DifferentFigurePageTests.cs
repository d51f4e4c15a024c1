using System.Text.Json;
using AngleSharp.Html.Parser;
using Search.Core.Indexing;

namespace Search.Web.Tests.Pages;

/// <summary>
/// A passage that corroborates one fact and gives a different figure for a count is said so beside its link: a QA session
/// found AP's "€1.15 billion" under AFP's "€1.1 billion" among "Also reported by", with nothing to say it was the flagged figure.
/// </summary>
public sealed class DifferentFigurePageTests : IDisposable
{
    private readonly SearchSiteFactory _site = new()
    {
        ArticlesPath = Path.Combine(RepositoryPaths.FindRoot(AppContext.BaseDirectory)!, "tests", "Search.Core.Tests", "Linking", "Labels", "Unseen", "dam-airline", "articles", "articles.jsonl"),
    };

    [Fact]
    public async Task ALinkToAPassageFlaggedForAFigureSaysItGivesADifferentFigure()
    {
        var client = _site.CreateClient();
        var api = JsonDocument.Parse(await client.GetStringAsync("/api/articles/airline-afp")).RootElement;
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/article/airline-afp"));
        int marked = 0;
        foreach (var paragraph in api.GetProperty("paragraphs").EnumerateArray())
        {
            var flagged = paragraph.GetProperty("conflicts").EnumerateArray()
                .Select(c => (c.GetProperty("passage").GetProperty("articleId").GetString(), c.GetProperty("passage").GetProperty("anchor").GetString())).ToHashSet();
            var block = page.GetElementById(paragraph.GetProperty("anchor").GetString()!)!;
            foreach (var link in paragraph.GetProperty("corroborations").EnumerateArray())
            {
                var passage = link.GetProperty("passage");
                bool differs = flagged.Contains((passage.GetProperty("articleId").GetString(), passage.GetProperty("anchor").GetString()));
                Assert.Equal(differs, link.GetProperty("differentFigure").GetBoolean());
                if (differs) marked++;
            }
            // On the page, each outlet's line says so when its passage shown is a flagged one.
            foreach (var line in block.QuerySelectorAll("details.wording li"))
            {
                string href = line.QuerySelector("a")!.GetAttribute("href")!;
                bool flaggedLine = paragraph.GetProperty("corroborations").EnumerateArray()
                    .Any(c => c.GetProperty("differentFigure").GetBoolean() && href.EndsWith("#" + c.GetProperty("passage").GetProperty("sentenceAnchor").GetString(), StringComparison.Ordinal));
                Assert.Equal(flaggedLine, line.QuerySelector(".differs") != null);
            }
        }
        Assert.True(marked > 0);
    }

    public void Dispose() => _site.Dispose();
}
