using Search.Core.Facets;
using Search.Core.Search;
using Search.Web.Links;

namespace Search.Web.Pages;

/// <summary>The links of the search page, each the current request with one thing changed; page 1 unless paging.</summary>
public sealed class SearchPageLinks(SearchRequest current)
{
    /// <summary>Selects or clears one value of a dimension (values of one dimension are OR-ed).</summary>
    public string ToggleFacet(string dimension, string value)
    {
        if (dimension == FacetDimension.Date.Name) return ToggleDay(value);
        var values = current.FilterValues(dimension).ToList();
        if (!values.Remove(value)) values.Add(value);
        var filters = current.Filters.ToDictionary(f => f.Key, f => f.Value);
        if (values.Count == 0) filters.Remove(dimension);
        else filters[dimension] = values;
        return "/" + SearchQueryString.Format(current with { Filters = filters, Page = 1 });
    }

    /// <summary>Selecting a day sets the range to that day; selecting it again clears the range.</summary>
    private string ToggleDay(string day)
    {
        var date = DateOnly.ParseExact(day, SearchQueryString.DateFormat);
        bool selected = current.From == date && current.To == date;
        return "/" + SearchQueryString.Format(current with { From = selected ? null : date, To = selected ? null : date, Page = 1 });
    }

    public string ClearDates() => "/" + SearchQueryString.Format(current with { From = null, To = null, Page = 1 });

    public string Page(int page) => "/" + SearchQueryString.Format(current with { Page = page });

    /// <summary>The same search for any of its words, offered when an all-words search of several words found nothing; else null.</summary>
    public string? AnyWords() =>
        current.Mode != QueryMode.Any && current.Query?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length > 1
            ? "/" + SearchQueryString.Format(current with { Mode = QueryMode.Any, Page = 1 })
            : null;

    /// <summary>A search for articles naming an entity: the entity filter alone.</summary>
    public static string ForEntity(string dimension, string name) =>
        "/" + SearchQueryString.Format(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { [dimension] = [name] } });

    public static string DimensionLabel(string dimension) => dimension switch
    {
        "source" => "Source",
        "date" => "Date",
        "person" => "People",
        "org" => "Organizations",
        "place" => "Places",
        _ => dimension,
    };
}
