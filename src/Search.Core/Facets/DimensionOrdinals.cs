namespace Search.Core.Facets;

/// <summary>
/// One dimension's run of global ordinals over a top-level reader (see <see cref="FacetOrdinals"/>): where
/// it starts and the label of each of its values, in ordinal (byte) order.
/// </summary>
/// <remarks>NOTE: built once per reader; immutable and safe to share across queries and threads.</remarks>
internal sealed class DimensionOrdinals
{
    private readonly Dictionary<string, int> _byLabel;

    public DimensionOrdinals(int start, string[] labels)
    {
        Start = start;
        Labels = labels;
        _byLabel = new Dictionary<string, int>(labels.Length, StringComparer.Ordinal);
        for (int i = 0; i < labels.Length; i++) _byLabel[labels[i]] = start + i;
    }

    /// <summary>The dimension's first global ordinal.</summary>
    public int Start { get; }

    /// <summary>Label of each of the dimension's values: global ordinal <see cref="Start"/> + i has label i.</summary>
    public string[] Labels { get; }

    public int ValueCount => Labels.Length;

    /// <summary>The global ordinal of a label, or null when no document has it.</summary>
    public int? OrdinalOf(string label) => _byLabel.TryGetValue(label, out int ord) ? ord : null;
}
