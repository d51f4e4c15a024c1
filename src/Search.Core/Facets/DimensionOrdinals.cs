namespace Search.Core.Facets;

/// <summary>
/// One dimension's run of global ordinals over a top-level reader (see <see cref="FacetOrdinals"/>): where
/// it starts and the label of each of its values, in ordinal (byte) order. For a dimension of names, the values that are
/// spellings of one name (<see cref="ValueSpellings"/>) count and filter as the one they are shown as.
/// </summary>
/// <remarks>NOTE: built once per reader; immutable and safe to share across queries and threads.</remarks>
internal sealed class DimensionOrdinals
{
    private readonly Dictionary<string, int> _byLabel;
    private readonly int[]? _shownAs;
    private readonly Dictionary<int, List<string>>? _spellings;

    /// <param name="spellings">Whether values that are spellings of one name are one value, and whether they are firms' names.</param>
    public DimensionOrdinals(int start, string[] labels, (bool Merged, bool Firms) spellings = default)
    {
        Start = start;
        Labels = labels;
        _byLabel = new Dictionary<string, int>(labels.Length, StringComparer.Ordinal);
        for (int i = 0; i < labels.Length; i++) _byLabel[labels[i]] = start + i;
        _shownAs = spellings.Merged ? ValueSpellings.ShownAs(labels, spellings.Firms) : null;
        if (_shownAs == null) return;
        _spellings = [];
        for (int i = 0; i < labels.Length; i++)
        {
            int shown = _shownAs[i];
            if (shown == i) continue;
            if (!_spellings.TryGetValue(shown, out var group)) _spellings[shown] = group = [labels[shown]];
            group.Add(labels[i]);
        }
    }

    /// <summary>Whether two or more of the values are spellings of one name.</summary>
    public bool HasSpellings => _shownAs != null;

    /// <summary>The dimension's first global ordinal.</summary>
    public int Start { get; }

    /// <summary>Label of each of the dimension's values: global ordinal <see cref="Start"/> + i has label i.</summary>
    public string[] Labels { get; }

    public int ValueCount => Labels.Length;

    /// <summary>The global ordinal of a label, or null when no document has it.</summary>
    public int? OrdinalOf(string label) => _byLabel.TryGetValue(label, out int ord) ? ord : null;

    /// <summary>The global ordinal a value counts under: its own, or that of the spelling its name is shown as.</summary>
    public int CountedAs(int ord) => _shownAs == null ? ord : Start + _shownAs[ord - Start];

    /// <summary>The label a value is shown as: itself, or the spelling its name is shown as. A label no document has is itself.</summary>
    public string ShownAs(string label) => OrdinalOf(label) is { } ord ? Labels[CountedAs(ord) - Start] : label;

    /// <summary>Every spelling of a value's name the index has, the value itself first when it has no other.</summary>
    public IReadOnlyList<string> SpellingsOf(string label) =>
        _spellings != null && OrdinalOf(label) is { } ord && _spellings.TryGetValue(CountedAs(ord) - Start, out var group) ? group : [label];

    /// <summary>Every spelling the index has of each of the values, once: what a filter on them reads.</summary>
    public IReadOnlyList<string> SpellingsOf(IReadOnlyList<string> values) =>
        values.Count == 0 || _spellings == null ? values : values.SelectMany(SpellingsOf).Distinct(StringComparer.Ordinal).ToList();
}
