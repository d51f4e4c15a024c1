using Search.Core.Search;

namespace Search.Core.Tests.Search;

public sealed class SearchResultTests
{
    private static SearchResult Result(int total, int size, int? stories = null) =>
        new("q", null, total, 0, 1, size, SortOrder.Relevance, [], []) { Stories = stories, ResultWindow = 10_000 };

    [Fact]
    public void ThePageCountStopsAtTheLastPageThatCanBeReached()
    {
        // Reuters' 19,043 stories announced "Page 1 of 1906", though paging stops at the first 10,000 results.
        Assert.Equal(1_000, Result(19_043, 10).PageCount);
        Assert.Equal(100, Result(19_043, 100).PageCount);
        Assert.Equal(3, Result(25, 10).PageCount);
        Assert.Equal(2, Result(25, 10, stories: 12).PageCount); // copies folded into stories
        Assert.Equal(0, Result(0, 10).PageCount);
    }
}
