using Search.Core.Search;

namespace Search.Core.Tests.Linking.Coverage;

/// <summary>
/// Each outlet's row in the side-by-side view quotes its own report of what was asked, not another story of its that recalls it:
/// a QA session found AP's row for "Arventa jobs" quoting a story about another chipmaker, a week later, with its figure for
/// Arventa's cuts, and AFP's row for "Halcyon fine" quoting a story about another firm's fine.
/// </summary>
public sealed class OutletsOwnReportTests : IDisposable
{
    private static readonly string Unseen = Seeds.Unseen;
    private readonly TempFolder _folder = new();

    [Theory]
    // Read from the sets' texts: results-ap, breach-ap, fine-afp and retail-ap are the outlets' reports of the event; results2-ap,
    // breach2-ap, fine2-afp and retail2-ap stories of other firms a few days later.
    [InlineData("eruption-results", "Arventa jobs", "Associated Press", "results-ap")]
    [InlineData("outbreak-breach", "Kestrel data", "Associated Press", "breach-ap")]
    [InlineData("fine-bridge", "Halcyon fine", "Agence France-Presse", "fine-afp")]
    [InlineData("retail-crash", "Harwood Lyle stores", "Associated Press", "retail-ap")]
    public void AnOutletsRowIsFromItsArticleTheSearchRanksFirst(string set, string query, string outlet, string report)
    {
        var row = Row(set, query, outlet);
        Assert.Equal(report, row.Best.ArticleId);
        // The count of the outlet's matching passages is still over all its articles.
        Assert.True(row.Passages >= 2);
    }

    [Fact]
    public void AnOutletsRowIsFromItsArticleTheSearchPageRanksFirstWithItsWordsTogether()
    {
        // A seventh QA pass, over the sets in one index: Bloomberg's row for "Ghana inflation" was its rate cut of February
        // ("Ghana Cuts Key Rate as Inflation Slows", in mine-jailbreak's set), which the bare words rank above its report of March's
        // inflation (cpi-bloomberg); the search page, which rewards "Ghana's inflation" written together, ranks the report first.
        foreach (string set in new[] { "abduction-inflation", "mine-jailbreak" })
            _folder.Write($"both/{set}.jsonl", File.ReadAllBytes(Path.Combine(Unseen, set, "articles", "articles.jsonl")));
        using var host = TestHost.Index(_folder["both"], _folder["both-index"]);
        var request = new SearchRequest { Query = "Ghana inflation" };
        var row = Assert.Single(TestHost.Compare(host, request, Seeds.Gazetteer).Reporting, r => r.Outlet == "Bloomberg News");
        Assert.Equal("cpi-bloomberg", row.Best.ArticleId);
        // As the search page ranks Bloomberg's articles.
        using var articles = new ArticleSearcher(host, Microsoft.Extensions.Options.Options.Create(new SearchOptions()));
        var filtered = request with { Filters = new Dictionary<string, IReadOnlyList<string>> { ["source"] = ["Bloomberg News"] } };
        Assert.Equal(row.Best.ArticleId, articles.Search(filtered).Hits[0].Id);
    }

    [Theory]
    // Read from the sets' texts: each outlet's report of the event holds the query's words in a paragraph of that day's event
    // and in a paragraph that recalls an earlier one (AP on the 2018 Mati fire and on a Lagos collapse of 2019, Punch on the
    // Ikoyi tower of 2021, AFP and AP on Halcyon's earlier fines), which had been quoted. AFP writes "capsized" only of a ferry
    // of 2018, so that background is its row: the passage matches, and the outlet is not silent.
    [InlineData("crash-wildfires", "wildfires Greece dead", "Associated Press", "fires-ap", "2018", true)]
    [InlineData("collapse-protests", "building collapse Lagos", "Associated Press", "collapse-ap", "2019", true)]
    [InlineData("collapse-protests", "building collapse Lagos", "Punch", "collapse-punch", "2021", true)]
    [InlineData("fine-bridge", "fine billion", "Agence France-Presse", "fine-afp", "previously", true)]
    [InlineData("fine-bridge", "fine billion", "Associated Press", "fine-ap", "previous", true)]
    [InlineData("typhoon-merger", "typhoon Philippines dead", "Agence France-Presse", "typhoon-afp", "a year", true)]
    [InlineData("ferry-strike", "ferry capsized", "Agence France-Presse", "ferry-afp", "2018", false)]
    public void AnOutletsRowQuotesItsReportOfTheDayBeforeItsBackground(string set, string query, string outlet, string report, string background, bool hasAnother)
    {
        var row = Row(set, query, outlet);
        Assert.Equal(report, row.Best.ArticleId);
        Assert.Equal(!hasAnother, row.Best.Html.Contains(background, StringComparison.Ordinal));
    }

    [Theory]
    // Read from the sets' texts: each report's first paragraph holds the query's words, and a later, shorter one that scored a
    // little higher had been quoted ("Police have detained the ferry's captain", "Halcyon was given 90 days to comply").
    [InlineData("ferry-strike", "ferry", "Reuters", "ferry-reuters")]
    [InlineData("ferry-strike", "ferry", "Associated Press", "ferry-ap")]
    [InlineData("fine-bridge", "Halcyon fine", "Agence France-Presse", "fine-afp")]
    [InlineData("fire-cyclone", "hotel fire Da Nang", "Associated Press", "hotel-ap")]
    public void AnOutletsRowQuotesItsLeadWhenItMatchesAboutAsWell(string set, string query, string outlet, string report)
    {
        var row = Row(set, query, outlet);
        Assert.Equal(report, row.Best.ArticleId);
        Assert.Equal(1, row.Best.Number);
    }

    // The outlet's row in the side-by-side view of a query over one blind set, indexed alone.
    private Core.Linking.Coverage.OutletCoverage Row(string set, string query, string outlet)
    {
        _folder.Write($"{set}/articles.jsonl", File.ReadAllBytes(Path.Combine(Unseen, set, "articles", "articles.jsonl")));
        using var host = TestHost.Index(_folder[set], _folder[set + "-index"]);
        var coverage = TestHost.Compare(host, new SearchRequest { Query = query }, Seeds.Gazetteer);
        return Assert.Single(coverage.Reporting, r => r.Outlet == outlet);
    }

    public void Dispose() => _folder.Dispose();
}
