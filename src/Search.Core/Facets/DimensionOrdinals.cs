using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Search.Core.Facets;

/// <summary>
/// One dimension's global ordinals over a top-level reader: the map from each segment's ordinals to
/// global ones and the label of every global ordinal.
/// </summary>
/// <remarks>NOTE: built once per reader (see <see cref="FacetOrdinals"/>); immutable and safe to share across queries and threads.</remarks>
internal sealed class DimensionOrdinals
{
    private readonly MultiDocValues.OrdinalMap? _map;
    private readonly Dictionary<string, int> _byLabel;

    private DimensionOrdinals(MultiDocValues.OrdinalMap? map, string[] labels)
    {
        _map = map;
        Labels = labels;
        _byLabel = new Dictionary<string, int>(labels.Length, StringComparer.Ordinal);
        for (int i = 0; i < labels.Length; i++) _byLabel[labels[i]] = i;
    }

    /// <summary>Label of each global ordinal, in ordinal (byte) order.</summary>
    public string[] Labels { get; }

    public int ValueCount => Labels.Length;

    public int ToGlobal(int segment, long segmentOrd) => (int)(_map?.GetGlobalOrd(segment, segmentOrd) ?? segmentOrd);

    public int? OrdinalOf(string label) => _byLabel.TryGetValue(label, out int ord) ? ord : null;

    public static DimensionOrdinals Build(IndexReader reader, string field)
    {
        var values = MultiDocValues.GetSortedSetValues(reader, field);
        if (values == null) return new DimensionOrdinals(null, []);
        var labels = new string[values.ValueCount];
        var scratch = new BytesRef();
        for (long ord = 0; ord < labels.Length; ord++)
        {
            values.LookupOrd(ord, scratch);
            labels[ord] = scratch.Utf8ToString();
        }
        var map = values is MultiDocValues.MultiSortedSetDocValues multi ? multi.Mapping : null;
        return new DimensionOrdinals(map, labels);
    }
}
