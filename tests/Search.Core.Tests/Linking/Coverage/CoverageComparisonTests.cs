using System.Text.Json;
using Microsoft.Extensions.Options;
using Search.Core.Indexing;
using Search.Core.Linking.Corroboration;
using Search.Core.Linking.Coverage;
using CoverageView = Search.Core.Linking.Coverage.Coverage; // the test folder's namespace is named Coverage too
using Search.Core.Linking.Passages;
using Search.Core.Search;

namespace Search.Core.Tests.Linking.Coverage;

/// <summary>
/// The side-by-side view finds every outlet that reports a query, however many passages of another outlet rank above its
/// best one, and counts the silent articles of unknown source apart from the outlets.
/// </summary>
public sealed class CoverageComparisonTests : IDisposable
{
    // More short paragraphs about the quake from one outlet than the view's first 100 passages hold.
    private const int WireParagraphs = 130;
    private readonly TempFolder _folder = new();
    private readonly IndexHost _host;

    public CoverageComparisonTests()
    {
        string filler = "The council met on Tuesday to discuss the budget for schools, roads and the harbour, and adjourned until spring.";
        var articles = new List<object>();
        for (int a = 0; a < 10; a++)
            articles.Add(new { id = $"wire-{a}", title = "Quake", source = "Wire Service",
                body = string.Join("\n\n", Enumerable.Range(0, WireParagraphs / 10).Select(p => $"Quake quake damage in district {a * 100 + p}.")) });
        // One mention, deep in a long paragraph: it ranks below every wire paragraph.
        articles.Add(new { id = "gazette", title = "Council", source = "Small Gazette", body = filler + " " + filler + " A quake was felt. " + filler });
        articles.Add(new { id = "herald", title = "Council", source = "Silent Herald", body = filler });
        articles.Add(new { id = "blog-1", title = "Notes", body = filler + " The quake woke us." });
        articles.Add(new { id = "blog-2", title = "Notes", body = filler });
        articles.Add(new { id = "blog-3", title = "Notes", body = filler + " Schools stayed open." });
        // Indexed in two runs, so the outlets' values are in two segments and must be joined through global ordinals.
        string Lines(IEnumerable<object> part) => string.Join("\n", part.Select(a => JsonSerializer.Serialize(a))) + "\n";
        _folder.Write("articles/first.jsonl", Lines(articles.Where((_, i) => i % 2 == 0)));
        TestHost.Index(_folder["articles"], _folder["index"]).Dispose();
        _folder.Write("articles/second.jsonl", Lines(articles.Where((_, i) => i % 2 == 1)));
        _host = TestHost.Index(_folder["articles"], _folder["index"]);
    }

    private CoverageView Compare(SearchRequest request) => TestHost.Compare(_host, request);

    [Fact]
    public void AnOutletWhoseBestPassageRanksBelowAHundredOthersStillReportsIt()
    {
        var coverage = Compare(new SearchRequest { Query = "quake" });
        var outlets = coverage.Reporting.Select(r => r.Outlet).ToList();
        Assert.Equal(["Small Gazette", CoverageComparison.UnknownOutlet, "Wire Service"], outlets.Order(StringComparer.Ordinal));
        Assert.Equal("Wire Service", outlets[0]);
        Assert.Equal(WireParagraphs, coverage.Reporting[0].Passages); // every matching passage of the outlet, not those among the best
        var gazette = Assert.Single(coverage.Reporting, r => r.Outlet == "Small Gazette");
        Assert.Equal(1, gazette.Passages);
        Assert.Contains("<mark>quake</mark>", gazette.Best.Html);
        var blog = Assert.Single(coverage.Reporting, r => r.Outlet == CoverageComparison.UnknownOutlet);
        Assert.Equal("blog-1", blog.Best.ArticleId);
        Assert.Equal(0, coverage.MoreReporting);

        Assert.Equal(["Silent Herald"], coverage.Silent);
        Assert.Equal(2, coverage.SilentUnnamed); // blog-2 and blog-3, though blog-1 of no outlet reports it

        using var lease = _host.Acquire();
        Assert.True(lease.Searcher.IndexReader.Leaves.Count >= 2); // the outlet's passages were counted over both segments
    }

    [Fact]
    public void AnOutletTheQueryItselfLeavesOutIsNotSilent()
    {
        // Typed in the query, a filter leaves outlets out of view as the parameter does: they did not stay silent.
        Assert.Empty(Compare(new SearchRequest { Query = "quake -source:\"Silent Herald\"" }).Silent);
        var one = Compare(new SearchRequest { Query = "quake source:\"Small Gazette\"" });
        Assert.Equal("Small Gazette", Assert.Single(one.Reporting).Outlet);
        Assert.Empty(one.Silent);
        Assert.Equal(0, one.SilentUnnamed);

        // A clause that keeps them in view leaves them silent.
        var kept = Compare(new SearchRequest { Query = "quake -source:\"Wire Service\"" });
        Assert.Equal(["Silent Herald"], kept.Silent);
        Assert.Equal(2, kept.SilentUnnamed);
    }

    [Fact]
    public void TheFiltersNarrowBothTheReportingAndTheSilent()
    {
        var coverage = Compare(new SearchRequest
        {
            Query = "quake",
            Filters = new Dictionary<string, IReadOnlyList<string>> { ["source"] = ["Small Gazette", "Silent Herald"] },
        });
        Assert.Equal("Small Gazette", Assert.Single(coverage.Reporting).Outlet);
        Assert.Equal(["Silent Herald"], coverage.Silent);
        Assert.Equal(0, coverage.SilentUnnamed);

        var without = Compare(new SearchRequest { Query = "quake", Exclusions = new Dictionary<string, IReadOnlyList<string>> { ["source"] = ["Silent Herald"] } });
        Assert.Empty(without.Silent);
        Assert.Equal(2, without.SilentUnnamed);
    }

    [Fact]
    public void PastTheOutletsShownTheRestAreCounted()
    {
        var options = Options.Create(new SearchOptions());
        using var passages = new PassageSearcher(_host, options);
        var two = passages.ByOutlet(new SearchRequest { Query = "quake" }, maxOutlets: 2);
        Assert.Equal(2, two.Outlets.Count);
        Assert.Equal(1, two.NotShown);
        Assert.Equal(["Small Gazette", "Wire Service"], two.Named.Order(StringComparer.Ordinal));
        Assert.Equal(1, two.UnnamedArticles);
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }
}
