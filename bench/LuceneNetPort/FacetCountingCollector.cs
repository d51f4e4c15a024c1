using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LuceneNetPort;

/// <summary>
/// Counts the facet values of every hit as Lucene's SortedSetDocValuesFacetCounts does: into an array of the
/// segment's ordinals, mapped to global ordinals once per segment.
/// </summary>
internal sealed class FacetCountingCollector(FacetState state) : ICollector
{
    private readonly int[] _counts = new int[state.Count];
    private SortedSetDocValues? _segmentValues;
    private int[] _segmentCounts = [];
    private int _segment = -1;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void Collect(int doc)
    {
        if (_segmentValues is null) return;
        _segmentValues.SetDocument(doc);
        long ord;
        while ((ord = _segmentValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) _segmentCounts[ord]++;
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _segment = context.Ord;
        _segmentValues = context.AtomicReader.GetSortedSetDocValues(KitLayout.FacetField);
        int size = _segmentValues is null ? 0 : (int)_segmentValues.ValueCount;
        if (_segmentCounts.Length < size) _segmentCounts = new int[size];
        else Array.Clear(_segmentCounts, 0, size);
    }

    /// <summary>The top <paramref name="n"/> values of a dimension, by count and then by value, as "dim:value=count,…"; null when no hit has one.</summary>
    public string? Top(string dimension, int n)
    {
        FlushSegment();
        if (!state.Ranges.TryGetValue(dimension, out var range)) return null;
        // A small sorted list, as Lucene's queue of the top n: higher counts first, then lower ordinals (values in order).
        var top = new List<int>(n + 1);
        for (int ord = range.Start; ord < range.End; ord++)
        {
            int count = _counts[ord];
            if (count == 0 || (top.Count == n && count <= _counts[top[^1]])) continue;
            int at = top.Count;
            while (at > 0 && _counts[top[at - 1]] < count) at--;
            top.Insert(at, ord);
            if (top.Count > n) top.RemoveAt(n);
        }
        if (top.Count == 0) return null; // as Lucene's getTopChildren, which has no result for a dimension no hit has
        var line = new System.Text.StringBuilder(dimension).Append(':');
        foreach (int ord in top) line.Append(state.Label(ord)).Append('=').Append(_counts[ord]).Append(',');
        return line.ToString();
    }

    private void FlushSegment()
    {
        if (_segmentValues is null) return;
        int size = (int)_segmentValues.ValueCount;
        for (int ord = 0; ord < size; ord++)
        {
            if (_segmentCounts[ord] == 0) continue;
            long global = state.Map is null ? ord : state.Map.GetGlobalOrd(_segment, ord);
            _counts[global] += _segmentCounts[ord];
            _segmentCounts[ord] = 0;
        }
        _segmentValues = null;
    }
}
