using Search.Core.Search;

namespace Search.Core.Tests.Search.Queries;

/// <summary>
/// A pattern gave every match one score, so "best match first" listed its matches in index order. Its words are now scored
/// as one word: by BM25, each at the document frequency of the most common of them.
/// </summary>
public sealed class PatternScoringTests : IDisposable
{
    private readonly TestIndex _index = new([
        TestIndex.Article("once", "A protest was held in the square on Monday, and the market stayed open all day long."),
        TestIndex.Article("typo", "A lone protestr stood outside the ministry while traffic went by on the avenue, and police officers watched him from across the road for an hour or more."),
        TestIndex.Article("often", "The protest grew. Protesters marched, and the protest spread to three more cities."),
        TestIndex.Article("other", "Prices of grain rose on Tuesday at the market in the capital."),
    ]);

    private List<string> Ranked(string query) => _index.Searcher.Search(new SearchRequest { Query = query }).Hits.Select(h => h.Id).ToList();

    [Theory]
    [InlineData("protest*")]
    [InlineData("/protest.*/")]
    [InlineData("prot?st*")]
    public void TheArticleThatSaysItMostComesFirstAndARareSpellingDoesNotOutrankIt(string query)
    {
        var ranked = Ranked(query);
        Assert.Equal(3, ranked.Count);
        Assert.Equal("often", ranked[0]);
        // "protestr" is in one article, "protest" in two: at its own idf the typo would score above the word.
        Assert.Equal("typo", ranked[2]);
    }

    [Fact]
    public void PassagesAreScoredTheSameWay()
    {
        var passages = _index.Passages.Search(new SearchRequest { Query = "protest*" }).Hits;
        Assert.Equal("often", passages[0].ArticleId);
        Assert.True(passages[0].Score > passages[^1].Score);
    }

    [Fact]
    public void TurnedOffEveryMatchScoresAlikeAsInLucene()
    {
        var hits = _index.Searcher.Search(new SearchRequest { Query = "protest*" }).Hits;
        Assert.True(hits[0].Score > hits[^1].Score);
        using var queries = new QueryBuilder(new SearchOptions { PatternsScored = false });
        Assert.Equal(Lucene.Net.Search.MultiTermQuery.CONSTANT_SCORE_AUTO_REWRITE_DEFAULT,
            ((Lucene.Net.Search.MultiTermQuery)((Lucene.Net.Search.BooleanQuery)queries.Build("protest*").Query).Clauses[0].Query).MultiTermRewriteMethod);
    }

    public void Dispose() => _index.Dispose();
}
