using Search.Core.Extraction;
using Search.Core.Search;

namespace Search.Core.Tests.Search;

/// <summary>
/// <c>author:</c> finds the reporters an article credits, by any word of a name, as <c>person:</c> finds people. It was no
/// field: "author:seitkali" was read as the words "author" and "seitkali", and found nothing without a word of why.
/// </summary>
public sealed class AuthorSearchTests : IDisposable
{
    private readonly TestIndex _index = new([
        TestIndex.Article("quake", "A strong earthquake hit the region.") with { Authors = ["Aigerim Seitkali"] },
        TestIndex.Article("merger", "Two airlines agreed to merge.") with { Authors = ["Dana Omarova", "Marie-Claire Dubois"] },
        TestIndex.Article("unsigned", "Aigerim Seitkali wrote nothing here, but is named.") with { Authors = [] },
    ]);

    private List<string> Ids(string query) => _index.Searcher.Search(new SearchRequest { Query = query }).Hits.Select(h => h.Id).Order().ToList();

    [Theory]
    [InlineData("author:seitkali")]
    [InlineData("author:Seitkali")]
    [InlineData("author:\"Aigerim Seitkali\"")]
    [InlineData("author:seitk*")]
    public void FindsAReporterByAnyWordOfTheName(string query)
    {
        Assert.Equal(["quake"], Ids(query));
    }

    [Fact]
    public void FindsEachOfSeveralReportersAndLeavesThemOut()
    {
        Assert.Equal(["merger"], Ids("author:dubois"));
        Assert.Equal(["merger"], Ids("author:\"marie-claire dubois\""));
        Assert.Equal(["quake"], Ids("earthquake OR airlines -author:omarova"));
    }

    public void Dispose() => _index.Dispose();
}
