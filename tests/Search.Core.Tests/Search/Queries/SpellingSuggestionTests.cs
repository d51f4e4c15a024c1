using Search.Core.Search;

namespace Search.Core.Tests.Search;

/// <summary>
/// A search that finds nothing because a word is misspelt offers the query spelled as the articles write it (a ninth QA pass:
/// "protestrs" found nothing, without a word, where "protestrs~" found 51 articles).
/// </summary>
public sealed class SpellingSuggestionTests : IDisposable
{
    private readonly TestIndex _index = new([
        TestIndex.Article("one", "Protesters marched on the parliament and police fired tear gas."),
        TestIndex.Article("two", "The protesters dispersed after the police arrived."),
        TestIndex.Article("three", "Several protests were held in the capital on Sunday."),
    ]);

    private SearchResult Search(string query) => _index.Searcher.Search(new SearchRequest { Query = query });

    [Theory]
    [InlineData("protestrs", "protesters")]
    [InlineData("protestrs police", "protesters police")]
    [InlineData("Protestrs AND polise", "protesters AND police")]
    public void AMisspeltWordIsOfferedAsTheArticlesWriteIt(string typed, string offered)
    {
        var result = Search(typed);
        Assert.Equal(0, result.Total);
        Assert.Equal(offered, result.DidYouMean);
        Assert.Contains("Did you mean", result.Notice);
        Assert.True(Search(offered).Total > 0);
    }

    [Fact]
    public void ThePassagesAndTheSideBySideViewOfferItInTheirNotice()
    {
        Assert.Contains("Did you mean “protesters police”?", _index.Passages.Search(new SearchRequest { Query = "protestrs police" }).Notice);
        Assert.Contains("Did you mean “protesters police”?", _index.Passages.ByOutlet(new SearchRequest { Query = "protestrs police" }, 10).Notice);
        Assert.DoesNotContain("Did you mean", _index.Passages.Search(new SearchRequest { Query = "protesters police" }).Notice ?? "");
    }

    [Theory]
    [InlineData("protesters")]             // found: nothing to offer
    [InlineData("protesters -police")]    // an exclusion is no misspelling
    [InlineData("zzzzqx")]                // near no word
    [InlineData("\"protestrs marched\"")] // a phrase is asked as typed
    public void NothingIsOfferedForAWordHeldOrNearNone(string typed) => Assert.Null(Search(typed).DidYouMean);

    public void Dispose() => _index.Dispose();
}
