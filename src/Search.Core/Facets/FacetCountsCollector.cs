using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Facets;

/// <summary>
/// Collects one query's hits and facet counts in a single pass, with drill-sideways semantics: the
/// query runs without the facet filters; a document passing every filter is a hit (forwarded to
/// <paramref name="hits"/>) and counts in every dimension; a document failing exactly one dimension's
/// filter counts in that dimension only, so a dimension's counts show what selecting another of its
/// values would give. Documents failing two or more filters are ignored.
/// </summary>
/// <remarks>
/// NOTE: per query; not thread-safe; dispose it to return its count arrays to the pool. Counting cost grows
/// with the number of documents the query matches: each hit's values come from the segment's in-memory
/// <see cref="FacetColumn"/> (the filters read the same) and cost an array increment each; the map to global
/// ordinals is paid once per distinct value and segment (<see cref="SegmentOrdinalCounts"/>).
/// </remarks>
internal sealed class FacetCountsCollector : ICollector, IDisposable
{
    private readonly FacetOrdinals _ordinals;
    private readonly IReadOnlyList<FacetDimension> _dimensions;
    private readonly int[] _positions;
    private readonly DimensionFilter[] _filters;
    private readonly int[] _filterDimension;
    private readonly ICollector _hits;
    private int[] _counts;
    private readonly int[] _missing;
    // Hits by the set of dimensions they have values in (bits by place in FacetDimension.All), when every dimension is counted.
    private readonly int[] _hitsByDimensions = new int[1 << FacetDimension.All.Count];
    private readonly bool _countsEveryDimension;
    private readonly SegmentFacetValues _values = new();
    private readonly SegmentOrdinalCounts _segmentCounts = new();
    private readonly int[] _starts;
    private readonly int[] _ends;

    private Func<int, bool>[] _tests = [];
    private int _segment = -1;

    public FacetCountsCollector(FacetOrdinals ordinals, IReadOnlyList<FacetDimension> dimensions,
        IReadOnlyList<DimensionFilter> filters, ICollector hits)
    {
        _ordinals = ordinals;
        _dimensions = dimensions;
        _positions = dimensions.Select(d => d.Position).ToArray();
        _filters = filters.ToArray();
        _filterDimension = _filters.Select(f => IndexOf(f.Dimension)).ToArray();
        _hits = hits;
        // Pooled: at a million articles the day and person dimensions have tens of thousands of values, and a
        // fresh array per query would be garbage for every search.
        _counts = dimensions.Count == 0 ? [] : ArrayPool<int>.Shared.Rent(ordinals.ValueCount);
        Array.Clear(_counts, 0, dimensions.Count == 0 ? 0 : ordinals.ValueCount);
        _missing = new int[dimensions.Count];
        _countsEveryDimension = FacetDimension.All.All(dimensions.Contains);
        _starts = new int[dimensions.Count];
        _ends = new int[dimensions.Count];
    }

    /// <summary>Documents that matched the query and every filter.</summary>
    public int TotalHits { get; private set; }

    // Counting and the filters read each document's values at random (FacetColumn, doc values), so the order does not
    // matter here; when the top-docs collector takes any order too, Lucene may score a disjunction (one word over title
    // and body, a prefix) a window of documents at a time (BooleanScorer), which took half the time of a plain query.
    public bool AcceptsDocsOutOfOrder => _hits.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => _hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _segment = context.Ord;
        _values.Start(context);
        _tests = _filters.Select(f => f.Bind(_values)).ToArray();
        for (int d = 0; d < _dimensions.Count; d++) (_starts[d], _ends[d]) = _values.RangeOf(_positions[d]);
        if (_dimensions.Count > 0) _segmentCounts.Start(_values.ValueCount, _ordinals.SpellingGroupsOf(_segment));
        _hits.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        int failed = -1;
        for (int i = 0; i < _tests.Length; i++)
        {
            if (_tests[i](doc)) continue;
            if (failed >= 0) return; // fails two dimensions: counts nowhere
            failed = _filterDimension[i];
        }
        if (failed >= 0)
        {
            CountIn(failed, doc);
            return;
        }
        TotalHits++;
        _hits.Collect(doc);
        if (_dimensions.Count > 0) CountAll(doc);
    }

    // A hit counts in every dimension it has values in, and as missing in the others.
    private void CountAll(int doc)
    {
        if (_countsEveryDimension)
        {
            // Every value counts, and the missing ones are worked out from the sets of dimensions when counts are read.
            var ords = _values.Of(doc, out int dimensions);
            foreach (int ord in ords) _segmentCounts.Add(ord, doc);
            _hitsByDimensions[dimensions]++;
            return;
        }
        int seen = 0;
        foreach (int ord in _values.Of(doc))
        {
            for (int d = 0; d < _dimensions.Count; d++)
            {
                if (ord < _starts[d] || ord >= _ends[d]) continue;
                seen |= 1 << d;
                _segmentCounts.Add(ord, doc);
                break;
            }
        }
        for (int d = 0; d < _dimensions.Count; d++)
            if ((seen & (1 << d)) == 0) _missing[d]++;
    }

    private void CountIn(int dimension, int doc)
    {
        bool any = false;
        foreach (int ord in _values.Of(doc))
        {
            if (ord < _starts[dimension] || ord >= _ends[dimension]) continue;
            any = true;
            _segmentCounts.Add(ord, doc);
        }
        if (!any) _missing[dimension]++;
    }

    // Adds the last segment's counts to the global ones; called on the next segment and before counts are read.
    private void Flush()
    {
        if (_segment < 0) return;
        if (_dimensions.Count > 0) _segmentCounts.FlushInto(_counts, _ordinals, _segment);
        _segment = -1;
    }

    /// <summary>
    /// The counts of one dimension: its top <paramref name="limit"/> values by count then label, plus every
    /// selected or excluded value (with 0 if it has no hits), plus the <see cref="FacetValue.MissingValue"/>
    /// bucket when results lack a value or it is selected or excluded. Selection keeps a heap of
    /// <paramref name="limit"/> values, so it costs O(values · log limit) however many values the dimension has.
    /// </summary>
    public FacetCounts GetCounts(FacetDimension dimension, int limit, IReadOnlySet<string> selected, IReadOnlySet<string>? excluded = null,
        Func<string, bool>? matches = null)
    {
        excluded ??= new HashSet<string>();
        if (matches != null) return Matching(dimension, limit, selected, excluded, matches);
        Flush();
        int d = IndexOf(dimension);
        var ordinals = _ordinals[dimension];
        var counts = _counts;
        // Ordinals are in label order, so the lower ordinal wins a tie; the heap's top is the weakest value kept.
        var weakestFirst = Comparer<int>.Create((a, b) => counts[a] != counts[b] ? counts[a].CompareTo(counts[b]) : b.CompareTo(a));
        var heap = new PriorityQueue<int, int>(limit + 1, weakestFirst);
        int distinct = 0;
        for (int ord = ordinals.Start; ord < ordinals.Start + ordinals.ValueCount; ord++)
        {
            if (counts[ord] == 0) continue;
            distinct++;
            if (heap.Count < limit) heap.Enqueue(ord, ord);
            else if (weakestFirst.Compare(ord, heap.Peek()) > 0) heap.EnqueueDequeue(ord, ord);
        }
        var top = new List<int>(heap.Count);
        while (heap.Count > 0) top.Add(heap.Dequeue());
        top.Reverse();

        FacetValue Value(string label, int count) =>
            new(label, count, selected.Contains(label)) { Excluded = excluded.Contains(label) };
        var values = top.Select(ord => Value(ordinals.Labels[ord - ordinals.Start], counts[ord])).ToList();
        foreach (string label in selected.Concat(excluded).Where(l => l != FacetValue.MissingValue && values.All(v => v.Value != l)).Distinct().Order(StringComparer.Ordinal))
            values.Add(Value(label, ordinals.OrdinalOf(label) is { } ord ? counts[ord] : 0));
        int missing = Missing(d);
        if (missing > 0 || selected.Contains(FacetValue.MissingValue) || excluded.Contains(FacetValue.MissingValue))
            values.Add(Value(FacetValue.MissingValue, missing));
        return new FacetCounts(dimension.Name, values, distinct);
    }

    // Facet value search: only values that match, most frequent first; the selection and the missing bucket are not added.
    private FacetCounts Matching(FacetDimension dimension, int limit, IReadOnlySet<string> selected, IReadOnlySet<string> excluded, Func<string, bool> matches)
    {
        var (all, _) = AllCounts(dimension);
        var found = all.Where(v => matches(v.Label)).ToList();
        var values = found.OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.Ordinal).Take(limit)
            .Select(v => new FacetValue(v.Label, v.Count, selected.Contains(v.Label)) { Excluded = excluded.Contains(v.Label) }).ToList();
        return new FacetCounts(dimension.Name, values, found.Count);
    }

    /// <summary>Every value of a dimension with hits, and the results with no value: for the date histogram.</summary>
    public (IReadOnlyList<(string Label, int Count)> Values, int Missing) AllCounts(FacetDimension dimension)
    {
        Flush();
        int d = IndexOf(dimension);
        var ordinals = _ordinals[dimension];
        var values = new List<(string, int)>();
        for (int i = 0; i < ordinals.ValueCount; i++)
            if (_counts[ordinals.Start + i] > 0) values.Add((ordinals.Labels[i], _counts[ordinals.Start + i]));
        return (values, Missing(d));
    }

    private int Missing(int dimension)
    {
        int missing = _missing[dimension], bit = 1 << _positions[dimension];
        for (int set = 0; set < _hitsByDimensions.Length; set++)
            if ((set & bit) == 0) missing += _hitsByDimensions[set];
        return missing;
    }

    private int IndexOf(FacetDimension dimension)
    {
        for (int i = 0; i < _dimensions.Count; i++)
            if (_dimensions[i] == dimension) return i;
        throw new ArgumentException($"Dimension {dimension.Name} is not counted by this collector.", nameof(dimension));
    }

    public void Dispose()
    {
        Flush();
        if (_counts.Length > 0) ArrayPool<int>.Shared.Return(_counts);
        _counts = [];
    }
}
