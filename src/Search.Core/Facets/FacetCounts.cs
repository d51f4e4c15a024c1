namespace Search.Core.Facets;

/// <summary>
/// One value of a facet dimension: its label, how many results have it, and whether a filter selects it
/// or excludes it. The <see cref="MissingValue"/> bucket counts the results with no value in the dimension
/// (an unknown source, no date) and is selected and excluded like any value.
/// </summary>
public sealed record FacetValue(string Value, int Count, bool Selected)
{
    /// <summary>The value that stands for "no value in this dimension", in filters and in the counts.</summary>
    public const string MissingValue = "(none)";

    /// <summary>True when a filter excludes this value (NOT).</summary>
    public bool Excluded { get; init; }

    /// <summary>True for the bucket of results with no value in the dimension.</summary>
    public bool Missing => Value == MissingValue;

    public override string ToString() => Selected ? $"[{Value}]={Count}" : Excluded ? $"-{Value}={Count}" : $"{Value}={Count}";
}

/// <summary>The counted values of one dimension for one query, most frequent first, then any selected values; <see cref="Distinct"/> counts all values with hits.</summary>
public sealed record FacetCounts(string Dimension, IReadOnlyList<FacetValue> Values, int Distinct)
{
    public override string ToString() => $"{Dimension}: {string.Join(", ", Values)}";
}
