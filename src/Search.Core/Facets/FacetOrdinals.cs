using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Search.Core.Facets;

/// <summary>
/// The facet state of one top-level reader, the counterpart of Lucene's <c>SortedSetDocValuesReaderState</c>:
/// the map from each segment's ordinals of <see cref="FacetDimension.ValuesField"/> to global ones, and every
/// dimension's global range and labels. Each segment's own ordinals are in its <see cref="FacetColumn"/>.
/// </summary>
/// <remarks>
/// NOTE: building it reads every facet value of the index (tens of ms at a million articles), so it is
/// built once per reader when the searcher is opened and reused by every query on that reader; it is
/// immutable and safe to share across threads. Using it with another reader gives wrong counts;
/// <see cref="Indexing.IndexHost"/> keeps the pairing.
/// </remarks>
internal sealed class FacetOrdinals
{
    private readonly MultiDocValues.OrdinalMap? _map;
    private readonly Dictionary<string, DimensionOrdinals> _dimensions;
    // The global ordinal each value counts under (DimensionOrdinals.CountedAs); null when every value counts as itself.
    private readonly int[]? _countedAs;

    private FacetOrdinals(IndexReader reader, MultiDocValues.OrdinalMap? map, int valueCount, Dictionary<string, DimensionOrdinals> dimensions)
    {
        Reader = reader;
        _map = map;
        ValueCount = valueCount;
        _dimensions = dimensions;
        if (!dimensions.Values.Any(d => d.HasSpellings)) return;
        _countedAs = new int[valueCount];
        for (int ord = 0; ord < valueCount; ord++) _countedAs[ord] = ord;
        foreach (var d in dimensions.Values.Where(d => d.HasSpellings))
            for (int ord = d.Start; ord < d.Start + d.ValueCount; ord++) _countedAs[ord] = d.CountedAs(ord);
        _spellingGroups = [.. reader.Leaves.Select(leaf => SpellingGroups(leaf.Ord, FacetColumn.For(leaf.AtomicReader).ValueCount))];
    }

    // For each segment, each of its ordinals' first ordinal in the segment that counts as the same value: a report that names
    // "Albion" and "Albion Airways" counts once under Albion Airways, not twice (a QA pass found Holtmann at 9 for 5 reports).
    private readonly int[][]? _spellingGroups;

    private int[] SpellingGroups(int segment, int segmentValues)
    {
        var groups = new int[segmentValues];
        var first = new Dictionary<int, int>();
        for (int ord = 0; ord < segmentValues; ord++)
        {
            int value = CountedAs(segment, ord);
            groups[ord] = first.TryAdd(value, ord) ? ord : first[value];
        }
        return groups;
    }

    /// <summary>For a segment, the ordinal each of its values counts once per document under; null when every value is its own.</summary>
    public int[]? SpellingGroupsOf(int segment) => _spellingGroups?[segment];

    public IndexReader Reader { get; }

    /// <summary>Global ordinals over every dimension.</summary>
    public int ValueCount { get; }

    public DimensionOrdinals this[FacetDimension dimension] => _dimensions[dimension.Name];

    public int ToGlobal(int segment, int segmentOrd) => (int)(_map?.GetGlobalOrd(segment, segmentOrd) ?? segmentOrd);

    /// <summary>The global ordinal a segment's value counts under: spellings of one name count as one value.</summary>
    public int CountedAs(int segment, int segmentOrd) => ToGlobal(segment, segmentOrd) is var global && _countedAs != null ? _countedAs[global] : global;

    public static FacetOrdinals Build(IndexReader reader)
    {
        // Each segment's column is read now, when the reader opens, not by the first query to meet it.
        foreach (var leaf in reader.Leaves) FacetColumn.For(leaf.AtomicReader);
        var values = MultiDocValues.GetSortedSetValues(reader, FacetDimension.ValuesField);
        int valueCount = values == null ? 0 : checked((int)values.ValueCount);
        // Ordinals are in byte order, so each dimension's values are one run of them.
        var labels = FacetDimension.All.ToDictionary(d => d.Name, _ => new List<string>());
        var starts = new Dictionary<string, int>();
        var scratch = new BytesRef();
        for (int ord = 0; ord < valueCount; ord++)
        {
            values!.LookupOrd(ord, scratch);
            if (FacetDimension.Decode(scratch.Utf8ToString()) is not var (dimension, value)) continue;
            starts.TryAdd(dimension.Name, ord);
            labels[dimension.Name].Add(value);
        }
        var dimensions = FacetDimension.All.ToDictionary(d => d.Name,
            d => new DimensionOrdinals(starts.GetValueOrDefault(d.Name), labels[d.Name].ToArray(), (d.EntityType != null, d == FacetDimension.Organization)));
        var map = values is MultiDocValues.MultiSortedSetDocValues multi ? multi.Mapping : null;
        return new FacetOrdinals(reader, map, valueCount, dimensions);
    }
}
