using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;
using Search.Core.Extraction;
using Search.Core.Indexing.Documents;
using Search.Core.Search;

namespace Search.Core.Tests.Search;

/// <summary>Pseudo-relevance feedback: long any-words queries gain the words of their best matches; keyword queries never change.</summary>
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
    public void AnAnyWordsQueryFindsAnArticleThatSharesOnlyItsAnswersVocabulary()
    {
        Assert.DoesNotContain(Search(feedback: false, QueryMode.Any).Hits, h => h.Id == "c");
        var expanded = Search(feedback: true, QueryMode.Any);
        Assert.Contains(expanded.Hits, h => h.Id == "c");
        var order = expanded.Hits.Select(h => h.Id).ToList();
        Assert.Equal(["a", "b"], order.Take(2).Order());
        // The unrelated article shares at most the test titles' word "title": it never outranks the meltwater one.
        Assert.True(!order.Contains("d") || order.IndexOf("d") > order.IndexOf("c"));
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
