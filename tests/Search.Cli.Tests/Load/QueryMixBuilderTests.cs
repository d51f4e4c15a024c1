using Search.Cli.Load;

namespace Search.Cli.Tests.Load;

public sealed class QueryMixBuilderTests
{
    private static readonly SiteSample Sample = new(["Reuters"], ["reagan", "volcker"], ["usa", "japan"], ["11", "12", "13"]);

    [Fact]
    public void TheSameSeedBuildsTheSameMixAndAnotherSeedAnotherOne()
    {
        var first = QueryMixBuilder.Build(Sample, 400, seed: 18);
        var again = QueryMixBuilder.Build(Sample, 400, seed: 18);
        var other = QueryMixBuilder.Build(Sample, 400, seed: 19);

        Assert.Equal(first, again);
        Assert.NotEqual(first.Select(r => r.PathAndQuery), other.Select(r => r.PathAndQuery));
    }

    [Fact]
    public void EveryRunOfEightRequestsHoldsEveryKindOnce()
    {
        var mix = QueryMixBuilder.Build(Sample, 64, seed: 1);
        var kinds = Enum.GetValues<LoadQueryKind>().Where(k => k != LoadQueryKind.Replayed).ToArray();

        Assert.Equal(8, kinds.Length);
        foreach (var chunk in mix.Chunk(kinds.Length))
            Assert.Equal(kinds.Order(), chunk.Select(r => r.Kind).Order());
    }

    [Fact]
    public void AReplayedFileIsSearchedLineByLineAsTypedWithBlankLinesSkipped()
    {
        var mix = QueryMixBuilder.Replay(["oil", "", "\"interest rates\"", "  lehm*  ", "cts AND gains"]);

        Assert.All(mix, r => Assert.Equal(LoadQueryKind.Replayed, r.Kind));
        Assert.Equal(["/api/search?q=oil", "/api/search?q=\"interest rates\"", "/api/search?q=lehm*", "/api/search?q=cts AND gains"],
            mix.Select(r => Uri.UnescapeDataString(r.PathAndQuery)));
    }

    [Fact]
    public void EachKindAsksForWhatItsNameSays()
    {
        var mix = QueryMixBuilder.Build(Sample, 800, seed: 7);
        IEnumerable<string> Of(LoadQueryKind kind) => mix.Where(r => r.Kind == kind).Select(r => Uri.UnescapeDataString(r.PathAndQuery));

        Assert.All(Of(LoadQueryKind.Phrase), p => Assert.Matches("q=\"[a-z]+ [a-z]+\"$", p));
        Assert.All(Of(LoadQueryKind.Prefix), p => Assert.Matches("q=[a-z]{4,}\\*$", p));
        Assert.All(Of(LoadQueryKind.Sort), p => Assert.Matches("&sort=(newest|oldest)$", p));
        Assert.All(Of(LoadQueryKind.AnyWords), p => Assert.EndsWith("&mode=any", p));
        Assert.All(Of(LoadQueryKind.AnyWords), p => Assert.True(p.Split(' ').Length >= 12, p));
        Assert.All(Of(LoadQueryKind.Article), p => Assert.Contains(p["/article/".Length..], Sample.ArticleIds));
        Assert.All(Of(LoadQueryKind.Keywords), p => Assert.Matches("^/api/search\\?q=[a-z]+( [a-z]+)?$", p));
    }

    [Fact]
    public void FiltersUseOnlyTheSitesOwnFacetValuesAndReachEveryDimension()
    {
        var filters = QueryMixBuilder.Build(Sample, 800, seed: 3).Where(r => r.Kind == LoadQueryKind.Filter)
            .Select(r => System.Text.RegularExpressions.Regex.Match(r.PathAndQuery, "(source|person|place)=([^&]+)"))
            .Select(m => (m.Groups[1].Value, Uri.UnescapeDataString(m.Groups[2].Value))).ToList();

        Assert.All(filters, f => Assert.Contains(f, Sample.Filters));
        Assert.Equal(["person", "place", "source"], filters.Select(f => f.Item1).Distinct().Order());
    }

    [Fact]
    public void DeepPagesGoFromPageTenToFiftyWithinTheSitesCaps()
    {
        var pages = QueryMixBuilder.Build(Sample, 1600, seed: 5).Where(r => r.Kind == LoadQueryKind.DeepPage)
            .Select(r => System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + r.PathAndQuery).Query))
            .Select(q => (Page: int.Parse(q["page"]!), Size: int.Parse(q["size"]!))).ToList();

        Assert.All(pages, p => Assert.InRange(p.Page, 10, 50));
        Assert.All(pages, p => Assert.InRange(p.Size, 10, QueryMixBuilder.MaxPageSize));
        Assert.All(pages, p => Assert.True(p.Page * p.Size <= QueryMixBuilder.MaxResultWindow));
        Assert.Contains(pages, p => p.Size == 100 && p.Page >= 40);
    }
}
