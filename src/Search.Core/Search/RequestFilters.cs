using Search.Core.Facets;

namespace Search.Core.Search;

/// <summary>A request's filters and exclusions as the collectors apply them: one per filtered dimension, and one for the dates.</summary>
internal static class RequestFilters
{
    public static List<DimensionFilter> Of(SearchRequest request, FacetOrdinals ordinals)
    {
        var filters = new List<DimensionFilter>();
        foreach (var dimension in FacetDimension.ValueFiltered)
        {
            // A name filters by every spelling the index has of it ("Arévalo", "Arevalo"), as it counts.
            var selected = ordinals[dimension].SpellingsOf(request.FilterValues(dimension.Name));
            var excluded = ordinals[dimension].SpellingsOf(request.ExcludedValues(dimension.Name));
            if (selected.Count > 0 || excluded.Count > 0) filters.Add(new ValueFilter(dimension, selected, excluded));
        }
        var selectedDays = request.FilterValues(FacetDimension.Date.Name);
        var excludedDays = request.ExcludedValues(FacetDimension.Date.Name);
        if (request.From != null || request.To != null || selectedDays.Count > 0 || excludedDays.Count > 0)
            filters.Add(new DateFilter(request.From, request.To, selectedDays.Contains(FacetValue.MissingValue), excludedDays.Contains(FacetValue.MissingValue))
            {
                Days = selectedDays.Select(IndexedDay.Parse).OfType<DateOnly>().ToHashSet(),
                ExcludedDays = excludedDays.Select(IndexedDay.Parse).OfType<DateOnly>().ToHashSet(),
            });
        return filters;
    }
}
