using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Search.Core.Facets;

/// <summary>
/// The facet values of the segment being collected: a document's ordinals of
/// <see cref="FacetDimension.ValuesField"/> are read once, and the filters and the counts of that document
/// share them.
/// </summary>
/// <remarks>NOTE: per query; not thread-safe; the span <see cref="Of"/> returns is valid until the next document.</remarks>
internal sealed class SegmentFacetValues
{
    private SortedSetDocValues? _values;
    private int[] _ords = new int[16];
    private int _count;
    private int _doc = -1;
    private OrdinalRanges? _ranges;

    public AtomicReader Reader { get; private set; } = null!;

    /// <summary>Ordinals in the segment, over every dimension.</summary>
    public int ValueCount => _values == null ? 0 : checked((int)_values.ValueCount);

    public void Start(AtomicReaderContext context, FacetOrdinals ordinals)
    {
        Reader = context.AtomicReader;
        _values = Reader.GetSortedSetDocValues(FacetDimension.ValuesField);
        _ranges = ordinals.Segment(context.Ord);
        _doc = -1;
        _count = 0;
    }

    /// <summary>The segment ordinals of the document's values, ascending (so grouped by dimension).</summary>
    public ReadOnlySpan<int> Of(int doc)
    {
        if (doc == _doc) return _ords.AsSpan(0, _count);
        _doc = doc;
        _count = 0;
        if (_values == null) return [];
        _values.SetDocument(doc);
        for (long ord = _values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = _values.NextOrd())
        {
            if (_count == _ords.Length) Array.Resize(ref _ords, _count * 2);
            _ords[_count++] = (int)ord;
        }
        return _ords.AsSpan(0, _count);
    }

    /// <summary>The segment's range of ordinals for a dimension (an index in <see cref="FacetDimension.All"/>).</summary>
    public (int Start, int End) RangeOf(int dimension) => _ranges!.Of(dimension);

    /// <summary>The segment ordinal of a dimension's value, or -1 when no document of the segment has it.</summary>
    public int OrdinalOf(FacetDimension dimension, string value)
    {
        if (_values == null) return -1;
        long ord = _values.LookupTerm(new BytesRef(dimension.Encode(value)));
        return ord >= 0 ? checked((int)ord) : -1;
    }
}
