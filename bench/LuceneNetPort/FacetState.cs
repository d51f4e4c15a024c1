using Lucene.Net.Index;
using Lucene.Net.Util;

namespace LuceneNetPort;

/// <summary>
/// What Lucene's DefaultSortedSetDocValuesReaderState holds: the facet values across segments, their map from each
/// segment's ordinals to global ones, and each dimension's range of global ordinals (values sort by dimension first).
/// </summary>
internal sealed class FacetState
{
    private FacetState(SortedSetDocValues values, MultiDocValues.OrdinalMap? map, Dictionary<string, (int Start, int End)> ranges)
    {
        Values = values;
        Map = map;
        Ranges = ranges;
    }

    public SortedSetDocValues Values { get; }

    /// <summary>Null for a single segment, whose ordinals are the global ones.</summary>
    public MultiDocValues.OrdinalMap? Map { get; }

    public IReadOnlyDictionary<string, (int Start, int End)> Ranges { get; }

    public int Count => (int)Values.ValueCount;

    public static FacetState? Open(DirectoryReader reader)
    {
        var values = MultiDocValues.GetSortedSetValues(reader, KitLayout.FacetField);
        if (values is null) return null;
        var map = (values as MultiDocValues.MultiSortedSetDocValues)?.Mapping;
        var ranges = new Dictionary<string, (int Start, int End)>();
        var term = new BytesRef();
        for (int ord = 0; ord < values.ValueCount; ord++)
        {
            values.LookupOrd(ord, term);
            string path = term.Utf8ToString();
            string dimension = path[..path.IndexOf(KitLayout.FacetSeparator)];
            ranges[dimension] = ranges.TryGetValue(dimension, out var range) ? (range.Start, ord + 1) : (ord, ord + 1);
        }
        return new FacetState(values, map, ranges);
    }

    public string Label(int ord)
    {
        var term = new BytesRef();
        Values.LookupOrd(ord, term);
        string path = term.Utf8ToString();
        return path[(path.IndexOf(KitLayout.FacetSeparator) + 1)..];
    }
}
