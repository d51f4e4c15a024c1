using Microsoft.Extensions.Options;
using Search.Core.Search;

namespace Search.Core.Tests.Search;

/// <summary>Issue 18: patterns are bounded by how many index words they match, and an over-budget query is a clear 400.</summary>
public sealed class QueryBudgetTests : IDisposable
{
    // Thirty words starting with "zeb", and a few others.
    private readonly TestIndex _index = new(Enumerable.Range(0, 30).Select(i => TestIndex.Article("a" + i, $"The zebra{i:00} crossed the river with zinc and zeal.")));

    private SearchResult Search(string query, int maxExpansions = 10)
    {
        using var searcher = new ArticleSearcher(_index.Host, Options.Create(new SearchOptions { MaxExpansions = maxExpansions }));
        return searcher.Search(new SearchRequest { Query = query });
    }

    [Theory]
    [InlineData("zebra*", "'zebra*'")]
    [InlineData("z*", "'z*'")]
    [InlineData("zeb?a0*", null)]
    [InlineData("/.*/", "'/.*/'")]
    [InlineData("/zebra0[0-9]/", null)]
    [InlineData("body:[a TO zz]", "body:[a TO zz]")]
    public void APatternMatchingTooManyWordsIsRefusedNamingItAndHowToNarrowIt(string query, string? refused)
    {
        if (refused == null)
        {
            Assert.True(Search(query).Total > 0);
            return;
        }
        var e = Assert.Throws<InvalidSearchRequestException>(() => Search(query));
        var error = Assert.Single(e.Errors);
        Assert.Equal("q", error.Parameter);
        Assert.Contains(refused, error.Message);
        Assert.Contains("more than 10 words", error.Message);
    }

    [Fact]
    public void TheSamePatternPassesUnderABiggerBudgetAndFuzzyQueriesAreBoundedByLucene()
    {
        Assert.Equal(30, Search("zebra*", maxExpansions: 100).Total);
        Assert.True(Search("zebra01~").Total > 0);
    }

    [Fact]
    public void TheArticlePageMarksNothingForAnOverBudgetPatternInsteadOfFailing()
    {
        using var lookup = new ArticleLookup(_index.Host, Options.Create(new SearchOptions { MaxExpansions = 10 }));
        var article = lookup.Find("a1", "z*")!;
        Assert.DoesNotContain(article.Paragraphs, p => p.Html.Contains("<mark>"));
        Assert.Contains(lookup.Find("a1", "zebra0*")!.Paragraphs, p => p.Html.Contains("<mark>"));
    }

    public void Dispose() => _index.Dispose();
}
