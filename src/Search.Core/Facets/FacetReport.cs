using System.Globalization;
using Search.Core.Search;

namespace Search.Core.Facets;

/// <summary>
/// What a search's collector counted, as the request asks to see it: each dimension's top values (as many as the request
/// lists, within the bound), its selected and excluded values, the values matching the facet's search box, and the date
/// histogram. Shared by the article search and the passage search, so their facets read alike.
/// </summary>
internal sealed class FacetReport(SearchOptions options, FacetValueNames names)
{
    /// <summary>The dimensions a collector must count for the request: every one when it shows facets or filters by any.</summary>
    public static IReadOnlyList<FacetDimension> DimensionsFor(SearchRequest request, IReadOnlyList<DimensionFilter> filters) =>
        request.Facets ? FacetDimension.All : DimensionsFor(filters);

    /// <summary>The dimensions a collector that shows no facets must still count: drill-sideways tells filters apart by dimension.</summary>
    public static IReadOnlyList<FacetDimension> DimensionsFor(IReadOnlyList<DimensionFilter> filters) => filters.Count > 0 ? FacetDimension.All : [];

    /// <summary>The request with its filter values read as the facet values they name (<see cref="FacetValueNames.Resolve"/>).</summary>
    public SearchRequest Resolve(SearchRequest request, FacetOrdinals ordinals) =>
        request.Filters.Count == 0 && request.Exclusions.Count == 0 ? request : names.Resolve(request, ordinals);

    public IReadOnlyList<FacetCounts> Counts(FacetCountsCollector collector, SearchRequest request) => !request.Facets ? [] :
        FacetDimension.All.Select(d => collector.GetCounts(d, Math.Min(options.MaxFacetValues, request.FacetLimits.GetValueOrDefault(d.Name, options.FacetValues)),
            Selected(d, request), request.ExcludedValues(d.Name).ToHashSet(StringComparer.Ordinal),
            request.FacetPrefixes.TryGetValue(d.Name, out string? prefix) && prefix.Trim().Length > 0 ? names.Matcher(d, prefix) : null)).ToList();

    public static DateHistogram Histogram(FacetCountsCollector collector, SearchRequest request)
    {
        if (!request.Facets) return DateHistogram.Empty;
        var (days, undated) = collector.AllCounts(FacetDimension.Date);
        return DateHistogram.From(days.Select(d => (IndexedDay.Parse(d.Label) ?? throw new FormatException($"'{d.Label}' is not a day"), d.Count)).ToList(), undated);
    }

    private static IReadOnlySet<string> Selected(FacetDimension dimension, SearchRequest request)
    {
        var selected = request.FilterValues(dimension.Name).ToHashSet(StringComparer.Ordinal);
        // A day counts as selected when the range is exactly that day.
        if (dimension == FacetDimension.Date && request.From is { } from && request.From == request.To)
            selected.Add(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return selected;
    }
}
