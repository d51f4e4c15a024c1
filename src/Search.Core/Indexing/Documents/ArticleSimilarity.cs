using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Search.Core.Indexing.Documents;

/// <summary>
/// BM25 whose document count, for the term weights and the average field length, is the number of
/// documents that have the field, as in Lucene 6 and later, rather than every document in the index
/// (Lucene 4.8's choice). The passage documents beside the
/// articles have no title or body, so with this they leave the articles' term weights exactly as they
/// were: adding passages changes no article's score.
/// </summary>
internal sealed class ArticleSimilarity(float k1 = 1.2f, float b = 0.75f) : BM25Similarity(k1, b)
{
    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics termStats)
    {
        long docs = Documents(collectionStats);
        float idf = Idf(termStats.DocFreq, docs);
        return new Explanation(idf, $"idf(docFreq={termStats.DocFreq}, docCount={docs})");
    }

    public override Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics[] termStats)
    {
        long docs = Documents(collectionStats);
        var sum = new Explanation { Description = "idf(), sum of:" };
        float idf = 0;
        foreach (var stat in termStats)
        {
            float one = Idf(stat.DocFreq, docs);
            sum.AddDetail(new Explanation(one, $"idf(docFreq={stat.DocFreq}, docCount={docs})"));
            idf += one;
        }
        sum.Value = idf;
        return sum;
    }

    /// <summary>The field's average length over the documents that have it (Lucene 4.8 divides by every document).</summary>
    protected override float AvgFieldLength(CollectionStatistics collectionStats)
    {
        long terms = collectionStats.SumTotalTermFreq;
        return terms <= 0 ? 1f : (float)(terms / (double)Documents(collectionStats));
    }

    // DocCount is -1 when the codec does not record it; then every document counts, as before.
    private static long Documents(CollectionStatistics stats) => stats.DocCount == -1 ? stats.MaxDoc : stats.DocCount;
}
