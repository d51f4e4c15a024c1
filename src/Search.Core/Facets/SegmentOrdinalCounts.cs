using System.Buffers;

namespace Search.Core.Facets;

/// <summary>
/// The counts within the segment being collected, by segment ordinal, and the list of ordinals touched;
/// <see cref="FlushInto"/> maps each touched ordinal to its global one once and adds its count, as Lucene's
/// facet module does, instead of a global-ordinal look-up per hit and value.
/// </summary>
/// <remarks>
/// NOTE: per query and segment; not thread-safe. The arrays come from <see cref="ArrayPool{T}"/> and go back
/// on flush, so a query allocates no per-segment arrays (at a million articles a segment holds tens of
/// thousands of values). The cost of a flush follows the distinct values touched, not the segment's value
/// count, so a query with few hits stays cheap.
/// </remarks>
internal sealed class SegmentOrdinalCounts
{
    private int[] _counts = [];
    private int[] _touched = [];
    private int _touchedCount;

    /// <summary>Starts a segment with <paramref name="valueCount"/> ordinals.</summary>
    public void Start(int valueCount)
    {
        _counts = valueCount == 0 ? [] : ArrayPool<int>.Shared.Rent(valueCount);
        _touched = valueCount == 0 ? [] : ArrayPool<int>.Shared.Rent(valueCount);
        Array.Clear(_counts, 0, valueCount);
        _touchedCount = 0;
    }

    public void Add(int ord)
    {
        if (_counts[ord]++ == 0) _touched[_touchedCount++] = ord;
    }

    /// <summary>Adds this segment's counts to <paramref name="global"/> through the reader's ordinal map, and returns the arrays to the pool.</summary>
    public void FlushInto(int[] global, FacetOrdinals ordinals, int segment)
    {
        for (int i = 0; i < _touchedCount; i++)
        {
            int ord = _touched[i];
            global[ordinals.CountedAs(segment, ord)] += _counts[ord];
        }
        if (_counts.Length > 0)
        {
            ArrayPool<int>.Shared.Return(_counts);
            ArrayPool<int>.Shared.Return(_touched);
        }
        _counts = [];
        _touched = [];
        _touchedCount = 0;
    }
}
