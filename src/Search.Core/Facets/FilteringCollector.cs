using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Facets;

/// <summary>
/// Passes on to <paramref name="hits"/> only the documents that pass one <see cref="DimensionFilter"/>, and counts nothing:
/// for searches that need a filter on the facet values but no facets, such as the candidates of a passage's links.
/// </summary>
/// <remarks>Per search; not thread-safe.</remarks>
internal sealed class FilteringCollector(DimensionFilter filter, ICollector hits) : ICollector
{
    private readonly SegmentFacetValues _values = new();
    private Func<int, bool> _test = _ => true;

    public bool AcceptsDocsOutOfOrder => hits.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        _values.Start(context);
        _test = filter.Bind(_values);
        hits.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (_test(doc)) hits.Collect(doc);
    }
}
