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
    private int[]? _groups;
    private int[] _lastDoc = []; // per group, the document (plus one) it was last counted for

    /// <summary>
    /// Starts a segment with <paramref name="valueCount"/> ordinals; <paramref name="groups"/> (<see cref="FacetOrdinals.SpellingGroupsOf"/>)
    /// makes the spellings of one name count once per document.
    /// </summary>
    public void Start(int valueCount, int[]? groups = null)
    {
        _counts = valueCount == 0 ? [] : ArrayPool<int>.Shared.Rent(valueCount);
        _touched = valueCount == 0 ? [] : ArrayPool<int>.Shared.Rent(valueCount);
        Array.Clear(_counts, 0, valueCount);
        _touchedCount = 0;
        _groups = valueCount == 0 ? null : groups;
        if (_groups == null) return;
        _lastDoc = ArrayPool<int>.Shared.Rent(valueCount);
        Array.Clear(_lastDoc, 0, valueCount);
    }

    public void Add(int ord, int doc)
    {
        if (_groups != null)
        {
            ord = _groups[ord];
            if (_lastDoc[ord] == doc + 1) return;
            _lastDoc[ord] = doc + 1;
        }
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
        if (_groups != null) ArrayPool<int>.Shared.Return(_lastDoc);
        _counts = [];
        _touched = [];
        _touchedCount = 0;
        (_groups, _lastDoc) = (null, []);
    }
}
