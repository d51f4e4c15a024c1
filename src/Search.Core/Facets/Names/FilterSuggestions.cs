using Search.Core.Extraction;

namespace Search.Core.Facets;

/// <summary>
/// A facet value offered for a filter or exclusion value that names none: its dimension, the value given, the value offered,
/// whether the given value was excluded, and how many results the offered value has under the search (null when not counted).
/// </summary>
public sealed record FilterSuggestion(string Dimension, string Given, string Value, bool Excluded, int? Count);

/// <summary>
/// The values offered for filter values that name none ("baker" is part of six people's names), most results first, and how
/// many more hold the words; <see cref="Sentence"/> ends the search's notice.
/// </summary>
public sealed record FilterSuggestions(IReadOnlyList<FilterSuggestion> Values, int More)
{
    /// <summary>At most this many values are offered.</summary>
    public const int MostOffered = 5;

    /// <summary>The offer as the notice ends with it: "Did you mean “James Baker”, “Howard Baker”, or 1 more?"</summary>
    public string Sentence => $"Did you mean {string.Join(", ", Values.Select(v => $"“{v.Value}”"))}" + (More > 0 ? $", or {More} more" : "") + "?";

    /// <summary>
    /// The values that hold the words of each unknown value of the request, those with results under the search first, by how
    /// many (<paramref name="counts"/>: each value's drill-sideways count in a dimension, which leaves out the dimension's own
    /// filter, so it is what choosing the value would find when the value stands alone in its dimension); a value with none is
    /// left out. Otherwise, and for an excluded value, uncounted and by name. Null when none is offered.
    /// </summary>
    internal static FilterSuggestions? For(Search.SearchRequest request, FacetOrdinals ordinals, Func<FacetDimension, IReadOnlyDictionary<string, int>>? counts)
    {
        var chosen = request.Filters.Values.Concat(request.Exclusions.Values).SelectMany(v => v).ToHashSet(StringComparer.Ordinal);
        var unknown = FacetValueNames.Unknown(request.FilterValues, ordinals).Select(u => (u.Dimension, u.Value, Excluded: false))
            .Concat(FacetValueNames.Unknown(request.ExcludedValues, ordinals).Select(u => (u.Dimension, u.Value, Excluded: true)));
        var offered = new List<FilterSuggestion>();
        foreach (var (dimension, given, excluded) in unknown)
        {
            // A value's drill-sideways count leaves out its dimension's whole filter: it is what choosing the value finds only
            // when the dimension has no other value chosen or excluded, and it says nothing of what excluding a value leaves.
            bool alone = !excluded && request.FilterValues(dimension.Name).Count == 1 && request.ExcludedValues(dimension.Name).Count == 0;
            var counted = alone ? counts?.Invoke(dimension) : null;
            foreach (string value in Holding(ordinals[dimension], given).Where(h => !chosen.Contains(h)))
            {
                int? count = counted == null ? null : counted.GetValueOrDefault(value);
                if (count != 0) offered.Add(new FilterSuggestion(dimension.Name, given, value, excluded, count));
            }
        }
        var distinct = offered.DistinctBy(s => (s.Dimension, s.Value))
            .OrderByDescending(s => s.Count ?? 0).ThenBy(s => s.Value, StringComparer.Ordinal).ToList();
        return distinct.Count == 0 ? null : new FilterSuggestions(distinct.Take(MostOffered).ToList(), Math.Max(0, distinct.Count - MostOffered));
    }

    /// <summary>The notice with the offer at its end, where the pages find it to make its values links.</summary>
    internal static string? Ending(string? notice, FilterSuggestions? offer) =>
        offer == null ? notice : notice == null ? offer.Sentence : notice + " " + offer.Sentence;

    /// <summary>The counts a facet collector holds, by value, as <see cref="For"/> reads them.</summary>
    internal static Func<FacetDimension, IReadOnlyDictionary<string, int>> CountsOf(FacetCountsCollector collector) =>
        dimension => collector.AllCounts(dimension).Values.ToDictionary(v => v.Label, v => v.Count, StringComparer.Ordinal);

    // The dimension's values whose words hold every word of the given value, by name.
    private static IEnumerable<string> Holding(DimensionOrdinals values, string given)
    {
        var words = Letters(NameKey.Of(given));
        if (words.Length == 0) return [];
        return values.Labels.Where(label => label.Contains(words[0], StringComparison.OrdinalIgnoreCase))
            .Where(label => Letters(NameKey.Of(label)) is var own && words.All(own.Contains)).Select(values.ShownAs).Distinct().Order(StringComparer.Ordinal);
    }

    // A key's words without their punctuation: "Baker, James" holds "baker" and "james".
    private static string[] Letters(string key) =>
        new string(key.Select(c => char.IsLetterOrDigit(c) || c == '\'' ? c : ' ').ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
