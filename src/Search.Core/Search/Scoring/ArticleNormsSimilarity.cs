using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Search.Core.Search;

/// <summary>
/// The searcher's similarity: <paramref name="scoring"/> (BM25, <see cref="Indexing.Documents.ArticleSimilarity"/>) in
/// every respect, except that documents are scored against <see cref="ArticleNormsReader"/>, whose article norms are
/// compact. BM25's scorer reads nothing from the segment but norms, and it is sealed, hence the wrapper.
/// </summary>
internal sealed class ArticleNormsSimilarity(Similarity scoring) : Similarity
{
    public override long ComputeNorm(FieldInvertState state) => scoring.ComputeNorm(state);

    public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats) =>
        scoring.ComputeWeight(queryBoost, collectionStats, termStats);

    public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context) =>
        scoring.GetSimScorer(weight, ArticleNormsReader.ContextFor(context.AtomicReader));

    public override float Coord(int overlap, int maxOverlap) => scoring.Coord(overlap, maxOverlap);

    public override float QueryNorm(float valueForNormalization) => scoring.QueryNorm(valueForNormalization);
}
