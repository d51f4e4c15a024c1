using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Search.Core.Facets;

/// <summary>
/// The facet values of the segment being collected, for one query: each document's ordinals from the
/// segment's <see cref="FacetColumn"/>, and look-ups of the values a filter names.
/// </summary>
/// <remarks>NOTE: per query; not thread-safe.</remarks>
internal sealed class SegmentFacetValues
{
    private FacetColumn _column = null!;
    private SortedSetDocValues? _lookup;
    private bool _lookupOpened;

    public AtomicReader Reader { get; private set; } = null!;

    /// <summary>Ordinals in the segment, over every dimension.</summary>
    public int ValueCount => _column.ValueCount;

    public void Start(AtomicReaderContext context)
    {
        Reader = context.AtomicReader;
        _column = FacetColumn.For(Reader);
        _lookup = null;
        _lookupOpened = false;
    }

    /// <summary>The segment ordinals of the document's values, ascending (so grouped by dimension).</summary>
    public ReadOnlySpan<int> Of(int doc) => _column.Of(doc, out _);

    /// <summary>The document's values, and the dimensions it has values in as bits by place in <see cref="FacetDimension.All"/>.</summary>
    public ReadOnlySpan<int> Of(int doc, out int dimensions) => _column.Of(doc, out dimensions);

    /// <summary>The document whose values a document has: itself, or a passage's article.</summary>
    public int ArticleOf(int doc) => _column.ArticleOf(doc);

    /// <summary>The segment's range of ordinals for a dimension (an index in <see cref="FacetDimension.All"/>).</summary>
    public (int Start, int End) RangeOf(int dimension) => _column.Ranges.Of(dimension);

    /// <summary>The segment ordinal of a dimension's value, or -1 when no document of the segment has it.</summary>
    public int OrdinalOf(FacetDimension dimension, string value)
    {
        // Doc values are opened for look-ups only, and only when a filter asks.
        if (!_lookupOpened)
        {
            _lookup = Reader.GetSortedSetDocValues(FacetDimension.ValuesField);
            _lookupOpened = true;
        }
        if (_lookup == null) return -1;
        long ord = _lookup.LookupTerm(new BytesRef(dimension.Encode(value)));
        return ord >= 0 ? checked((int)ord) : -1;
    }
}
