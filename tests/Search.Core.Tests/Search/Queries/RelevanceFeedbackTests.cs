using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;
using Search.Core.Extraction;
using Search.Core.Indexing.Documents;
using Search.Core.Search;

namespace Search.Core.Tests.Search;

/// <summary>Pseudo-relevance feedback: long any-words queries are ranked with the words of their best matches too; keyword queries never change.</summary>
public sealed class RelevanceFeedbackTests : IDisposable
{
    // Two articles about glacier melt use "meltwater"; the question never says it. A third never mentions glaciers but is all meltwater.
    private readonly TestIndex _index = new(
    [
        TestIndex.Article("a", "Glaciers in the Alps are shrinking fast. Meltwater floods the valleys every summer."),
        TestIndex.Article("b", "Scientists measured how glaciers shrink. Meltwater lakes grow behind moraines."),
        TestIndex.Article("c", "Meltwater management plans for reservoirs and irrigation canals."),
        TestIndex.Article("d", "Bread prices rose again this month in the capital."),
    ]);

    private SearchResult Search(bool feedback, QueryMode mode)
    {
        using var searcher = new ArticleSearcher(_index.Host, Options.Create(new SearchOptions { Feedback = feedback, FeedbackDocuments = 2, FeedbackTerms = 5 }));
        return searcher.Search(new SearchRequest { Query = "why are glaciers shrinking", Mode = mode });
    }

    [Fact]
    public void FeedbackRanksWhatTheQueryMatchesAndMatchesNothingOfItsOwn()
    {
        // Its words once matched on their own: "coffee OR cocoa OR sugar" found 18,513 of Reuters' 19,043 stories by
        // relevance and 485 by date, and its facets counted the whole archive.
        var plain = Search(feedback: false, QueryMode.Any);
        var expanded = Search(feedback: true, QueryMode.Any);
        Assert.Equal(plain.Total, expanded.Total);
        Assert.Equal(plain.Hits.Select(h => h.Id).Order(), expanded.Hits.Select(h => h.Id).Order());
        Assert.DoesNotContain(expanded.Hits, h => h.Id == "c"); // all meltwater, but none of the question's words
    }

    [Fact]
    public void FeedbackRaisesAMatchThatSharesTheAnswersVocabulary()
    {
        // f and g each share one word of the question; g, shorter, ranks first on it alone. The best matches speak of
        // meltwater, and so does f.
        using var index = new TestIndex(
        [
            TestIndex.Article("a", "Glaciers in the Alps are shrinking fast. Meltwater floods the valleys every summer."),
            TestIndex.Article("b", "Scientists measured how glaciers shrink. Meltwater lakes grow behind moraines."),
            TestIndex.Article("f", "Meltwater feeds the rivers below the glaciers in spring."),
            TestIndex.Article("g", "Glaciers, a novel."),
        ]);
        List<string> Order(bool feedback)
        {
            using var searcher = new ArticleSearcher(index.Host, Options.Create(new SearchOptions { Feedback = feedback, FeedbackDocuments = 2, FeedbackTerms = 5 }));
            return searcher.Search(new SearchRequest { Query = "why are glaciers shrinking", Mode = QueryMode.Any }).Hits.Select(h => h.Id).ToList();
        }
        var plain = Order(feedback: false);
        var expanded = Order(feedback: true);
        Assert.True(plain.IndexOf("g") < plain.IndexOf("f"));
        Assert.True(expanded.IndexOf("f") < expanded.IndexOf("g"));
    }

    [Fact]
    public void AKeywordQueryIsNeverExpanded()
    {
        Assert.Equal(Search(false, QueryMode.All).Hits.Select(h => h.Id), Search(true, QueryMode.All).Hits.Select(h => h.Id));
    }

    [Fact]
    public void APrefixIsNeverWidenedByFeedback()
    {
        // "s*" expands over title and body to a disjunction of many terms (shrink, summer, scientist…); feedback once widened it to the meltwater-only article.
        using var searcher = new ArticleSearcher(_index.Host, Options.Create(new SearchOptions { FeedbackDocuments = 2, FeedbackTerms = 5 }));
        var result = searcher.Search(new SearchRequest { Query = "s*", Mode = QueryMode.All });
        Assert.Equal(["a", "b"], result.Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void TheFirstSearchOfALongQueryRunsOnItsRarestWords()
    {
        using var lease = _index.Host.Acquire();
        var reader = lease.Searcher.IndexReader;
        // "meltwater" (stemmed "meltwat") is in three articles, "glacier" in two, "bread" and "capital" in one.
        static Query Word(string stem) => new TermQuery(new Term(ArticleFields.Body, stem));
        var query = new BooleanQuery(disableCoord: true);
        foreach (string stem in new[] { "meltwat", "glacier", "bread", "capit" }) query.Add(Word(stem), Occur.SHOULD);
        query.Add(new PrefixQuery(new Term(ArticleFields.Body, "s")), Occur.SHOULD);
        Assert.Equal([3, 2, 1, 1], query.Clauses.Take(4).Select(c => reader.DocFreq(((TermQuery)c.Query).Term)));

        // The rarest three, in the query's order; a prefix, whose words are not known until it expands, is kept.
        var first = (BooleanQuery)RelevanceFeedback.FirstPass(query, reader, 3);
        Assert.Equal(["body:bread", "body:capit", "body:s*"], first.Clauses.Select(c => c.Query.ToString()));
        // A query of no more clauses than that, or no bound, runs whole.
        Assert.Same(query, RelevanceFeedback.FirstPass(query, reader, 5));
        Assert.Same(query, RelevanceFeedback.FirstPass(query, reader, 0));
    }

    public void Dispose() => _index.Dispose();
}
