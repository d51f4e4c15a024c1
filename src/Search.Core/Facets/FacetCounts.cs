namespace Search.Core.Facets;

/// <summary>One value of a facet dimension: its label, how many results have it, and whether a filter selects it.</summary>
public sealed record FacetValue(string Value, int Count, bool Selected)
{
    public override string ToString() => Selected ? $"[{Value}]={Count}" : $"{Value}={Count}";
}

/// <summary>The counted values of one dimension for one query, most frequent first, then any selected values; <see cref="Distinct"/> counts all values with hits.</summary>
public sealed record FacetCounts(string Dimension, IReadOnlyList<FacetValue> Values, int Distinct)
{
    public override string ToString() => $"{Dimension}: {string.Join(", ", Values)}";
}
