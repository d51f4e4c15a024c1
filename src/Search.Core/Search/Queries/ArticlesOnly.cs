using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Linking.Passages;

namespace Search.Core.Search;

/// <summary>
/// Restricts a search to article documents, so the passage documents beside them (<see cref="PassageFields"/>)
/// never change an article count, a facet count or a ranking. Every article search goes through
/// <see cref="Only"/>: the restriction is part of the query, not a consequence of which fields a passage lacks.
/// </summary>
/// <remarks>
/// The filter is "not a passage" rather than "is an article", so an index written before passages
/// existed searches as before; its bit set is cached per segment, and the query leads the iteration.
/// </remarks>
internal static class ArticlesOnly
{
    public static Filter Filter { get; } = new CachingWrapperFilter(new NotPassageFilter());

    /// <summary>The query over article documents only; "everything" becomes the cached set of articles itself.</summary>
    public static Query Only(Query query) =>
        query is MatchAllDocsQuery ? new ConstantScoreQuery(Filter) : new FilteredQuery(query, Filter);

    /// <summary>Live articles in the reader: its live documents less its live passages.</summary>
    public static int Count(IndexReader reader)
    {
        var passages = new TotalHitCountCollector();
        new IndexSearcher(reader).Search(new TermQuery(PassageFields.KindTerm), passages);
        return reader.NumDocs - passages.TotalHits;
    }

    private sealed class NotPassageFilter : Filter
    {
        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
        {
            var reader = context.AtomicReader;
            var articles = new FixedBitSet(reader.MaxDoc);
            articles.Set(0, reader.MaxDoc);
            var passages = reader.GetTermDocsEnum(PassageFields.KindTerm);
            if (passages != null)
                for (int doc = passages.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = passages.NextDoc())
                    articles.Clear(doc);
            return BitsFilteredDocIdSet.Wrap(articles, acceptDocs);
        }
    }
}
