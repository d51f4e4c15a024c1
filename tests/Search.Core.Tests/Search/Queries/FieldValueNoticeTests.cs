using Search.Core.Extraction;
using Search.Core.Search;

namespace Search.Core.Tests.Search.Queries;

/// <summary>
/// An outlet or entity clause that names nothing in the index (<c>source:nyt</c>) says so when the page is empty, as a filter
/// value that names nothing does. It said nothing.
/// </summary>
public sealed class FieldValueNoticeTests : IDisposable
{
    private readonly TestIndex _index = new([
        TestIndex.Article("a", "Troops were sent to Almaty on Thursday.", "CNN", null, (EntityType.Place, "Almaty")),
        TestIndex.Article("b", "The airport was closed for a second day.", "Reuters"),
    ]);

    private string? Notice(string query) => _index.Searcher.Search(new SearchRequest { Query = query }).Notice;

    [Fact]
    public void ARequiredClauseThatNamesNothingIsTold()
    {
        Assert.Equal("No article has the outlet “nyt” (source:nyt), so the query finds nothing.", Notice("source:nyt"));
        Assert.Equal("No article has the outlet “nyt” (source:nyt), so the query finds nothing.", Notice("troops source:nyt"));
        Assert.Equal("No article has the place “paris” (place:paris), so the query finds nothing.", Notice("place:paris"));
        Assert.Contains("(source:nyt)", _index.Passages.Search(new SearchRequest { Query = "troops source:nyt" }).Notice);
    }

    [Fact]
    public void AClauseThatNamesSomethingOrIsNotRequiredIsNot()
    {
        // CNN exists: the page is empty for the word's sake.
        Assert.Null(Notice("airport source:cnn"));
        Assert.Null(Notice("troops -source:nyt"));
        Assert.Null(Notice("source:nyt OR source:cnn"));
    }

    public void Dispose() => _index.Dispose();
}
