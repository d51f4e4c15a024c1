using Search.Core.Analysis;
using Search.Core.Search;

namespace Search.Core.Tests.Search;

/// <summary>
/// A number typed finds it however the text groups its thousands: "2000" did not find "2,000 protesters", which the index
/// keeps as one word, written so.
/// </summary>
public sealed class NumberFormsTests : IDisposable
{
    private readonly TestIndex _index = new([
        TestIndex.Article("grouped", "Police said 2,000 protesters were arrested in the capital on Thursday."),
        TestIndex.Article("plain", "The ministry counted 2000 protesters in the square by noon."),
        TestIndex.Article("year", "The plant, built in 1987, employs 1,987 workers and 12,500 contractors."),
        TestIndex.Article("other", "Some 200 people gathered outside the court."),
    ]);

    [Theory]
    [InlineData("2,000", "2000")]
    [InlineData("2000", "2,000")]
    [InlineData("1,500.5", "1500.5")]
    [InlineData("1500.5", "1,500.5")]
    [InlineData("1000000", "1,000,000")]
    [InlineData("12500", "12,500")]
    public void ANumberHasItsOtherWriting(string written, string other) => Assert.Equal(other, NumberFormsFilter.OtherForm(written));

    [Theory]
    [InlineData("200")]     // no thousands to group
    [InlineData("0800")]    // a time or a code
    [InlineData("2,00")]    // not a grouping
    [InlineData("protest")]
    [InlineData("g7")]
    public void OtherWordsHaveNone(string word) => Assert.Null(NumberFormsFilter.OtherForm(word));

    [Theory]
    [InlineData("2000")]
    [InlineData("2,000")]
    [InlineData("2000 protesters")]
    [InlineData("\"2000 protesters\"")]
    [InlineData("\"2,000 protesters\"")]
    public void EitherWritingFindsBoth(string query)
    {
        var hits = _index.Searcher.Search(new SearchRequest { Query = query }).Hits;
        Assert.Equal(["grouped", "plain"], hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheOtherWritingIsMarked()
    {
        var hit = _index.Searcher.Search(new SearchRequest { Query = "2000 protesters" }).Hits.Single(h => h.Id == "grouped");
        Assert.True(hit.Snippets.Any(s => s.Html.Contains("<mark>2,000", StringComparison.Ordinal)), string.Join(" / ", hit.Snippets.Select(s => s.Html)));
        var passages = _index.Passages.Search(new SearchRequest { Query = "12500" }).Hits;
        Assert.Contains("<mark>12,500</mark>", Assert.Single(passages).Html);
    }

    [Fact]
    public void AnExcludedNumberExcludesBothWritings()
    {
        var hits = _index.Searcher.Search(new SearchRequest { Query = "protesters -2000" }).Hits;
        Assert.Empty(hits);
    }

    public void Dispose() => _index.Dispose();
}
