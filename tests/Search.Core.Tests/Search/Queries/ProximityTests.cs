using Search.Core.Search;

namespace Search.Core.Tests.Search;

/// <summary>
/// Passages and articles whose words stand together rank above those where they stand apart, as with Elasticsearch's
/// sloppy phrase clause: for <c>security forces</c> the side-by-side view showed dpa's "Collective Security Treaty …
/// peacekeeping force" as its best passage, not "members of the Kazakh security forces have been killed".
/// </summary>
public sealed class ProximityTests
{
    [Fact]
    public void WordsTogetherRankAboveWordsApartAndMatchNothingMore()
    {
        using var index = new TestIndex([
            // Longer, so by BM25 alone it ranks below the short paragraph that has the words apart.
            TestIndex.Article("together", "Witnesses said the security forces fired on the crowd near the central square late on Wednesday evening, and several people fell."),
            TestIndex.Article("apart", "Security is tight in the capital; air forces are on alert."),
            TestIndex.Article("one-word", "Security was tight."),
        ]);

        var hits = index.Passages.Search(new SearchRequest { Query = "security forces" }).Hits;

        Assert.Equal(["together", "apart"], hits.Select(h => h.ArticleId));
        Assert.Equal(["together", "apart"], index.Passages.Search(new SearchRequest { Query = "security forces", Mode = QueryMode.Any }).Hits.Take(2).Select(h => h.ArticleId));
        using var named = new Core.Linking.Passages.PassageSearcher(index.Host, Microsoft.Extensions.Options.Options.Create(index.Search), Seeds.Gazetteer);
        Assert.Equal(["together", "apart"], named.Search(new SearchRequest { Query = "Security forces" }).Hits.Select(h => h.ArticleId));
    }

    [Fact]
    public void TheArticleSearchRanksWordsTogetherFirstToo()
    {
        using var index = new TestIndex([
            TestIndex.Article("together", "Witnesses said the security forces fired on the crowd near the central square late on Wednesday evening, and several people fell."),
            TestIndex.Article("apart", "Security is tight in the capital as leaders of the region meet; air forces are on alert."),
        ]);
        Assert.Equal(["together", "apart"], index.Searcher.Search(new SearchRequest { Query = "security forces" }).Hits.Select(h => h.Id));
        // A capitalised word is also looked up among the entities, and still counts as the word.
        Assert.Equal(["together", "apart"], index.Searcher.Search(new SearchRequest { Query = "Security forces" }).Hits.Select(h => h.Id));

        using var plain = new ArticleSearcher(index.Host, Microsoft.Extensions.Options.Options.Create(new SearchOptions { ProximityScored = false }));
        Assert.Equal(["apart", "together"], plain.Search(new SearchRequest { Query = "security forces" }).Hits.Select(h => h.Id));
    }

    [Fact]
    public void WordsJoinedByOrMakeNoPhrase()
    {
        var query = new Lucene.Net.Search.BooleanQuery
        {
            { new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term("passage", "secur")), Lucene.Net.Search.Occur.MUST },
            { new Lucene.Net.Search.BooleanQuery
                {
                    { new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term("passage", "forc")), Lucene.Net.Search.Occur.SHOULD },
                    { new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term("passage", "polic")), Lucene.Net.Search.Occur.SHOULD },
                }, Lucene.Net.Search.Occur.MUST },
        };
        Assert.Same(query, Proximity.Rewarded(query, "passage"));
    }
}
