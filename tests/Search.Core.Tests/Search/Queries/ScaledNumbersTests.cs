using Search.Core.Search;

namespace Search.Core.Tests.Search;

/// <summary>
/// A large number finds it in any of its writings: an eighth QA pass found "3.1 million" missing AFP's "3,100,000 households",
/// and "14.2 billion" the Financial Times' "$14.2bn", so the side-by-side view called both outlets silent.
/// </summary>
public sealed class ScaledNumbersTests : IDisposable
{
    private readonly TestIndex _index = new([
        TestIndex.Article("words", "A blackout left 3.1 million households without electricity on Wednesday, the grid operator said."),
        TestIndex.Article("digits", "The blackout deprived 3,100,000 households of electricity on Wednesday, the ministry said."),
        TestIndex.Article("short", "The blackout cut power to 3.1m households on Wednesday, the company said."),
        TestIndex.Article("other", "The blackout left 2.8 million homes without power on Wednesday, officials said."),
        TestIndex.Article("sum", "The drugmaker agreed to buy the biotech for $14.2bn in cash on Monday."),
        TestIndex.Article("sum-words", "The deal values the biotech at 14.2 billion dollars, the drugmaker said."),
    ]);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("3.1", "million", "3,100,000 3100000 3.1m 3.1mn 3.1mln")]
    [InlineData("14.2", "billion", "14,200,000,000 14200000000 14.2bn 14.2b 14.2bln")]
    [InlineData("1.375", "billion", "1,375,000,000 1375000000 1.375bn 1.375b 1.375bln")]
    public void ANumberAndItsScaleHaveTheirOneWordWritings(string number, string scale, string words) =>
        Assert.Equal(words.Split(' '), ScaledNumbers.WordsOf(number, scale));

    [Theory]
    [InlineData("3,100,000", "3.1", "million")]
    [InlineData("3100000", "3.1", "million")]
    [InlineData("14.2bn", "14.2", "billion")]
    [InlineData("2,400,000", "2.4", "million")]
    public void AOneWordWritingIsANumberAndItsScale(string word, string number, string scale)
    {
        var apart = ScaledNumbers.Apart(word);
        Assert.NotNull(apart);
        Assert.Equal((number, scale), (apart.Value.Number, apart.Value.Scale));
        Assert.DoesNotContain(word, apart.Value.Others);
    }

    [Theory]
    [InlineData("3,141,593")] // no scale writes it in three decimals
    [InlineData("2,000")]     // under a million
    [InlineData("0800000")]   // a code
    [InlineData("100m2")]
    [InlineData("protest")]
    public void OtherWordsAreNone(string word) => Assert.Null(ScaledNumbers.Apart(word));

    [Theory]
    [InlineData("3.1 million households")]
    [InlineData("\"3.1 million\"")]
    [InlineData("3,100,000 households")]
    [InlineData("3.1m")]
    public void EveryWritingFindsTheOthers(string query)
    {
        var hits = _index.Searcher.Search(new SearchRequest { Query = query }).Hits.Select(h => h.Id).Order(StringComparer.Ordinal);
        Assert.Equal(["digits", "short", "words"], hits);
        Assert.Equal(["digits", "short", "words"], _index.Passages.Search(new SearchRequest { Query = query }).Hits.Select(h => h.ArticleId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ASumFindsItsShortWritingAndIsNoSynonym()
    {
        var result = _index.Searcher.Search(new SearchRequest { Query = "\"14.2 billion\"" });
        Assert.Equal(["sum", "sum-words"], result.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.Contains(result.Hits.Single(h => h.Id == "sum").Snippets, s => s.Html.Contains("<mark>14.2bn</mark>", StringComparison.Ordinal));
        Assert.Empty(result.Synonyms);
        // Excluded, every writing is.
        Assert.Equal(["other"], _index.Searcher.Search(new SearchRequest { Query = "blackout -\"3.1 million\"" }).Hits.Select(h => h.Id));
    }
}
