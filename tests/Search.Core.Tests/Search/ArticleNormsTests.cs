using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Extraction;
using Search.Core.Facets;
using Search.Core.Indexing.Documents;
using Search.Core.Linking.Passages;
using Search.Core.Search;

namespace Search.Core.Tests.Search;

/// <summary>The article norms BM25 reads through <see cref="ArticleNormsReader"/> are the segment's own, so scores never change.</summary>
public sealed class ArticleNormsTests
{
    private static readonly string[] Words = ["protest", "fuel", "price", "police", "troops", "capital", "airport", "government", "minister", "curfew"];

    [Fact]
    public void EveryDocumentHasTheNormOfTheSegmentsOwnArrays()
    {
        using var index = Index();
        using var lease = index.Host.Acquire();
        var leaves = lease.Searcher.IndexReader.Leaves;
        Assert.True(leaves.Count > 3);
        foreach (var leaf in leaves)
        {
            var segment = leaf.AtomicReader;
            var compact = ArticleNormsReader.ContextFor(segment).AtomicReader;
            foreach (string field in new[] { ArticleFields.Title, ArticleFields.Body, FacetDimension.Place.Field, PassageFields.Text })
            {
                var own = segment.GetNormValues(field);
                var read = compact.GetNormValues(field);
                Assert.NotNull(own);
                Assert.NotNull(read);
                int nonZero = 0;
                for (int doc = 0; doc < segment.MaxDoc; doc++)
                {
                    Assert.Equal(own.Get(doc), read.Get(doc));
                    if (own.Get(doc) != 0) nonZero++;
                }
                Assert.True(nonZero > 0, $"{field} has norms in the segment");
            }
        }
    }

    [Fact]
    public void ScoresAndOrderAreThoseOfTheSegmentsOwnNorms()
    {
        using var index = Index();
        using var lease = index.Host.Acquire();
        var reader = lease.Searcher.IndexReader;
        Assert.IsType<ArticleNormsSimilarity>(lease.Searcher.Similarity);
        var plain = new IndexSearcher(reader) { Similarity = new ArticleSimilarity() };
        var compact = new IndexSearcher(reader) { Similarity = new ArticleNormsSimilarity(new ArticleSimilarity()) };
        var queries = new Query[]
        {
            Either("fuel"),
            new BooleanQuery { { Either("curfew"), Occur.MUST }, { Either("airport"), Occur.MUST } },
            new PhraseQuery { new Term(ArticleFields.Body, "fuel"), new Term(ArticleFields.Body, "price") },
            new PrefixQuery(new Term(ArticleFields.Body, "pro")) { MultiTermRewriteMethod = MultiTermQuery.SCORING_BOOLEAN_QUERY_REWRITE },
            new TermQuery(new Term(PassageFields.Text, "curfew")),
        };
        foreach (var query in queries)
        {
            var expected = plain.Search(query, 200);
            var found = compact.Search(query, 200);
            Assert.True(expected.TotalHits > 0, query.ToString());
            Assert.Equal(expected.TotalHits, found.TotalHits);
            Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), found.ScoreDocs.Select(d => (d.Doc, d.Score)));
        }
    }

    private static BooleanQuery Either(string word) => new()
    {
        { new TermQuery(new Term(ArticleFields.Title, word)), Occur.SHOULD },
        { new TermQuery(new Term(ArticleFields.Body, word)), Occur.SHOULD },
    };

    // Articles of different lengths, each with its passages, over several segments, some deleted.
    private static TestIndex Index()
    {
        var random = new Random(5);
        var articles = Enumerable.Range(0, 90).Select(i =>
        {
            var paragraphs = Enumerable.Range(0, 1 + random.Next(6)).Select(_ =>
                string.Join(' ', Enumerable.Range(0, 8 + random.Next(40)).Select(_ => Words[random.Next(Words.Length)])) + ".");
            return TestIndex.Article($"n{i}", string.Join("\n\n", paragraphs), null, new DateOnly(2022, 1, 1).AddDays(i % 20),
                (EntityType.Place, i % 3 == 0 ? "Almaty" : "Astana"));
        });
        return new TestIndex(articles, commitEvery: 13, deleted: new HashSet<string> { "n4", "n50", "n51" });
    }
}
