using Search.Core.Search;

namespace Search.Core.Tests.Search;

/// <summary><c>person:*</c> and <c>_exists_:person</c>: the seed articles with any value in a field.</summary>
public class FieldExistsTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private SearchResult Search(string query, Func<SearchRequest, SearchRequest>? change = null)
    {
        var request = new SearchRequest { Query = query };
        return seeds.Searcher.Search(change?.Invoke(request) ?? request);
    }

    [Theory]
    // A QA session: "author:*" was searched as the word "author", and found the "authorities" of 82 Reuters stories.
    [InlineData("source:*", new[] { Seeds.Afp, Seeds.Dpa, Seeds.Cnn })]
    [InlineData("_exists_:source", new[] { Seeds.Afp, Seeds.Dpa, Seeds.Cnn })]
    [InlineData("killed -source:*", new[] { Seeds.Efe, Seeds.Headline })]
    [InlineData("org:* AND person:*", new[] { Seeds.Efe, Seeds.Afp, Seeds.Headline, Seeds.Dpa, Seeds.Cnn })]
    [InlineData("title:*", new[] { Seeds.Efe, Seeds.Afp, Seeds.Headline, Seeds.Dpa, Seeds.Cnn })]
    public void AFieldWithAStarOrExistsFindsTheArticlesWithAnyValueInIt(string query, string[] expected)
    {
        var result = Search(query, r => r with { Size = 10 });
        Assert.Null(result.Notice);
        Assert.Equal(expected.Order(), result.Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void ADateWithAStarFindsTheDatedArticlesAndAnUnknownFieldAfterExistsSaysSo()
    {
        var dated = Search("date:*", r => r with { Size = 10 });
        Assert.Equal(3, dated.Total);
        Assert.All(dated.Hits, h => Assert.NotNull(h.Date));
        Assert.StartsWith("The query could not be read ('colour:' is not a field", Search("_exists_:colour").Notice);
    }
}
