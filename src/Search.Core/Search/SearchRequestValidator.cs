using Search.Core.Facets;

namespace Search.Core.Search;

/// <summary>Checks a <see cref="SearchRequest"/> against <see cref="SearchOptions"/>; the one place the query-cost caps are enforced.</summary>
public sealed class SearchRequestValidator(SearchOptions options)
{
    public IReadOnlyList<SearchError> Validate(SearchRequest request)
    {
        var errors = new List<SearchError>();
        if (request.Query is { Length: var length })
        {
            if (request.Mode == QueryMode.All && length > options.MaxQueryLength)
                errors.Add(new("q", $"The query is {length} characters long; at most {options.MaxQueryLength} are searched for all of their words. Use mode=any to search a longer text for any of its words."));
            else if (length > options.MaxLongQueryLength)
                errors.Add(new("q", $"The query is {length} characters long; at most {options.MaxLongQueryLength} are accepted."));
        }
        if (request.Size < 1 || request.Size > options.MaxPageSize)
            errors.Add(new("size", $"size must be between 1 and {options.MaxPageSize}."));
        bool sizeValid = request.Size >= 1 && request.Size <= options.MaxPageSize;
        if (request.Page < 1)
            errors.Add(new("page", $"'{request.Page}' is below 1; page counts from 1.")); // as '-1' is told, when it is read
        // With a bad size the window is not checked: one problem per parameter, the size's.
        else if (sizeValid && (long)request.Page * request.Size > options.MaxResultWindow)
            errors.Add(new("page", $"Results beyond the first {options.MaxResultWindow} cannot be paged to; narrow the search."));
        if (request.From is { } from && request.To is { } to && from > to)
            errors.Add(new("from", $"The start date ({from:yyyy-MM-dd}) is after the end date ({to:yyyy-MM-dd})."));
        foreach (var (dimension, values) in request.Filters.Concat(request.Exclusions.Select(e => KeyValuePair.Create("exclude." + e.Key, e.Value))))
        {
            string name = dimension.StartsWith("exclude.", StringComparison.Ordinal) ? dimension["exclude.".Length..] : dimension;
            if (name == FacetDimension.Date.Name)
            {
                // The facet's values: days, and the undated bucket.
                if (values.FirstOrDefault(v => v != FacetValue.MissingValue && IndexedDay.Parse(v) == null) is { } bad)
                    errors.Add(new(dimension, $"'{Ingestion.PrintableText.Of(bad, 40)}' is not a day: the date filter takes days (yyyy-MM-dd) and '{FacetValue.MissingValue}' (undated articles); for a span of days, use from and to."));
                else if (values.Count > options.MaxFilterValues)
                    errors.Add(new(dimension, $"At most {options.MaxFilterValues} values can be selected."));
            }
            else if (FacetDimension.ValueFiltered.All(d => d.Name != name))
                errors.Add(new(dimension, $"'{name}' is not a filter; use source, person, org or place."));
            else if (values.Count > options.MaxFilterValues)
                errors.Add(new(dimension, $"At most {options.MaxFilterValues} values can be selected."));
            else if (values.Any(v => string.IsNullOrWhiteSpace(v) || v.Length > 200))
                errors.Add(new(dimension, "Filter values must be 1 to 200 characters."));
            // No value of the index holds one (extraction cleans them out), and a page echoed NUL as "&#x0;", which HTML forbids.
            else if (values.Any(v => v.Any(char.IsControl)))
                errors.Add(new(dimension, "Filter values cannot hold control characters."));
        }
        var counts = request.Filters.Select(f => (Name: f.Key, f.Value.Count))
            .Concat(request.Exclusions.Select(e => (Name: "exclude." + e.Key, e.Value.Count))).ToList();
        if (counts.Sum(c => c.Count) is var inAll && inAll > options.MaxFilterValuesInAll)
            errors.Add(new(counts.MaxBy(c => c.Count).Name, $"At most {options.MaxFilterValuesInAll} filter values, selected and excluded, can be in force at once; this search has {inAll}."));
        foreach (var (dimension, limit) in request.FacetLimits)
            if (limit < 1 || limit > options.MaxFacetValues)
                errors.Add(new("more." + dimension, $"A facet lists 1 to {options.MaxFacetValues} values."));
        foreach (var (dimension, prefix) in request.FacetPrefixes)
            if (prefix.Length > 100)
                errors.Add(new("find." + dimension, "A facet search is at most 100 characters."));
        return errors;
    }
}
