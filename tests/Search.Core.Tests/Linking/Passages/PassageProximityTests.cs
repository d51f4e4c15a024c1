using Search.Core.Search;

namespace Search.Core.Tests.Linking.Passages;

/// <summary>
/// Passages whose words stand together rank above those where they stand apart, as with Elasticsearch's sloppy phrase
/// clause: for <c>security forces</c> the side-by-side view showed dpa's "Collective Security Treaty … peacekeeping force"
/// as its best passage, not "members of the Kazakh security forces have been killed".
/// </summary>
public sealed class PassageProximityTests
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
        Assert.Same(query, Proximity.Rewarded(query));
    }
}
