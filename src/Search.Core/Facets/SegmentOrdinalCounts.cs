using System.Buffers;
using Lucene.Net.Index;

namespace Search.Core.Facets;

/// <summary>
/// One dimension's counts within the segment being collected, by segment ordinal, and the list of
/// ordinals touched; <see cref="FlushInto"/> maps each touched ordinal to its global one once and adds its
/// count, as Lucene's facet module does, instead of a global-ordinal look-up per hit and value.
/// </summary>
/// <remarks>
/// NOTE: per query and segment; not thread-safe. The arrays come from <see cref="ArrayPool{T}"/> and go back
/// on flush, so a query allocates no per-segment arrays (at a million articles a person dimension has tens
/// of thousands of values per segment). The cost of a flush follows the distinct values touched, not the
/// segment's value count, so a query with few hits stays cheap.
/// </remarks>
internal sealed class SegmentOrdinalCounts
{
    private int[] _counts = [];
    private int[] _touched = [];
    private int _touchedCount;
    private SortedSetDocValues? _values;
    private SortedDocValues? _single;

    /// <summary>Hits of the segment with no value in the dimension.</summary>
    public int Missing { get; private set; }

    /// <summary>Starts a segment: its doc values of the dimension, or null when it has none.</summary>
    public void Start(SortedSetDocValues? values)
    {
        _values = values;
        // Single-valued dimensions (source, day) are read without the per-document ordinal iterator when the codec keeps them as such.
        _single = values == null ? null : DocValues.UnwrapSingleton(values);
        int valueCount = values == null ? 0 : checked((int)values.ValueCount);
        _counts = valueCount == 0 ? [] : ArrayPool<int>.Shared.Rent(valueCount);
        _touched = valueCount == 0 ? [] : ArrayPool<int>.Shared.Rent(valueCount);
        Array.Clear(_counts, 0, valueCount);
        _touchedCount = 0;
        Missing = 0;
    }

    public void Count(int doc)
    {
        if (_single != null)
        {
            int ord = _single.GetOrd(doc);
            if (ord < 0) Missing++;
            else Add(ord);
            return;
        }
        if (_values == null)
        {
            Missing++;
            return;
        }
        _values.SetDocument(doc);
        long next = _values.NextOrd();
        if (next == SortedSetDocValues.NO_MORE_ORDS)
        {
            Missing++;
            return;
        }
        for (; next != SortedSetDocValues.NO_MORE_ORDS; next = _values.NextOrd()) Add((int)next);
    }

    private void Add(int ord)
    {
        if (_counts[ord]++ == 0) _touched[_touchedCount++] = ord;
    }

    /// <summary>Adds this segment's counts to <paramref name="global"/> through the reader's ordinal map, and returns the arrays to the pool.</summary>
    public void FlushInto(int[] global, DimensionOrdinals ordinals, int segment)
    {
        for (int i = 0; i < _touchedCount; i++)
        {
            int ord = _touched[i];
            global[ordinals.ToGlobal(segment, ord)] += _counts[ord];
        }
        if (_counts.Length > 0)
        {
            ArrayPool<int>.Shared.Return(_counts);
            ArrayPool<int>.Shared.Return(_touched);
        }
        _counts = [];
        _touched = [];
        _touchedCount = 0;
        _values = null;
        _single = null;
    }
}
