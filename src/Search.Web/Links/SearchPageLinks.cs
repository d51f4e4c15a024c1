using Search.Core.Facets;
using Search.Core.Search;

namespace Search.Web.Links;

/// <summary>
/// The links of a page of searches (the search page at <c>/</c>, the side-by-side view at <c>/compare</c>, the passages at
/// <c>/passages</c>), each the current
/// request with one thing changed; page 1 unless paging.
/// </summary>
public sealed class SearchPageLinks(SearchRequest current, string path = "/")
{
    private string Url(SearchRequest request) => path + SearchQueryString.Format(request);

    /// <summary>The page these links lead to: where its forms (a facet's search box) submit.</summary>
    public string Path => path;

    /// <summary>How many facet values the search includes or excludes: the count the "keep" box and the phone's fold show.</summary>
    /// <summary>The values selected or excluded: what "Keep the N filters" keeps (the days stay in the form's own fields).</summary>
    public int ActiveFilters => current.Filters.Values.Sum(v => v.Count) + current.Exclusions.Values.Sum(v => v.Count);

    /// <summary>Every filter in force, the date range counting as one: as many as the chips above the results.</summary>
    public int FiltersInForce => ActiveFilters + (HasDates ? 1 : 0);

    /// <summary>Whether the search is narrowed to a range of days.</summary>
    public bool HasDates => current.From != null || current.To != null;

    /// <summary>Whether the search is narrowed to some days: a range, or days selected as the date facet's values.</summary>
    public bool ChoosesDays => HasDates || SelectedDays.Any();

    /// <summary>
    /// Whether a period of the histogram holds days the search is narrowed to. The histogram counts drill-sideways (it ignores
    /// the dates it helps to choose), so it shows which of its bars the results come from.
    /// </summary>
    public bool Chosen(DateOnly from, DateOnly to) =>
        HasDates && (current.From == null || to >= current.From) && (current.To == null || from <= current.To)
        || SelectedDays.Any(day => day >= from && day <= to);

    private IEnumerable<DateOnly> SelectedDays => current.FilterValues(FacetDimension.Date.Name)
        .Select(v => DateOnly.TryParseExact(v, SearchQueryString.DateFormat, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day) ? day : (DateOnly?)null)
        .OfType<DateOnly>();

    /// <summary>Selects or clears one value of a dimension (values of one dimension are OR-ed); selecting an excluded value stops excluding it.</summary>
    public string ToggleFacet(string dimension, string value)
    {
        // A day is chosen as a range of one day, unless it is selected by value (date=2022-01-06, from the API): that value
        // goes. A day that does not read (date=x, refused with a 400) is toggled as a plain value too: its chip removes it.
        if (dimension == FacetDimension.Date.Name && value != FacetValue.MissingValue && !current.FilterValues(dimension).Contains(value)
            && DateOnly.TryParseExact(value, SearchQueryString.DateFormat, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
            return ToggleDay(day);
        return Url(current with
        {
            Filters = Toggle(current.Filters, dimension, value),
            Exclusions = Without(current.Exclusions, dimension, value),
            Page = 1,
        });
    }

    /// <summary>
    /// Whether a value can be excluded: any but a day, which is chosen with from and to (a day excluded from a range
    /// would be two ranges, which the date filter does not take); the undated bucket can.
    /// </summary>
    public static bool CanExclude(string dimension, string value) =>
        dimension != FacetDimension.Date.Name || value == FacetValue.MissingValue;

    /// <summary>Excludes one value (NOT), or stops excluding it; excluding a selected value unselects it.</summary>
    public string ToggleExclusion(string dimension, string value) =>
        Url(current with
        {
            Exclusions = Toggle(current.Exclusions, dimension, value),
            Filters = Without(current.Filters, dimension, value),
            Page = 1,
        });

    /// <summary>The same search with a filter (or excluded) value that names nothing replaced by a value offered for it.</summary>
    public string Replacing(FilterSuggestion offered)
    {
        var all = offered.Excluded ? current.Exclusions : current.Filters;
        var values = (all.TryGetValue(offered.Dimension, out var list) ? list : []).Select(v => v == offered.Given ? offered.Value : v).Distinct().ToList();
        var replaced = With(all, offered.Dimension, values);
        return Url(offered.Excluded ? current with { Exclusions = replaced, Page = 1 } : current with { Filters = replaced, Page = 1 });
    }

    private static Dictionary<string, IReadOnlyList<string>> Toggle(IReadOnlyDictionary<string, IReadOnlyList<string>> all, string dimension, string value)
    {
        var values = (all.TryGetValue(dimension, out var list) ? list : []).ToList();
        if (!values.Remove(value)) values.Add(value);
        return With(all, dimension, values);
    }

    private static Dictionary<string, IReadOnlyList<string>> Without(IReadOnlyDictionary<string, IReadOnlyList<string>> all, string dimension, string value) =>
        With(all, dimension, (all.TryGetValue(dimension, out var list) ? list : []).Where(v => v != value).ToList());

    private static Dictionary<string, IReadOnlyList<string>> With(IReadOnlyDictionary<string, IReadOnlyList<string>> all, string dimension, List<string> values)
    {
        var result = all.ToDictionary(f => f.Key, f => f.Value);
        if (values.Count == 0) result.Remove(dimension);
        else result[dimension] = values;
        return result;
    }

    /// <summary>How a facet value reads on the page: the missing bucket gets words of its own.</summary>
    public static string ValueLabel(string dimension, string value) => value != FacetValue.MissingValue ? value : dimension switch
    {
        "source" => "Unknown source",
        "date" => "Undated",
        "person" => "No person named",
        "org" => "No organization named",
        "place" => "No place named",
        _ => "None",
    };

    /// <summary>Selecting a day sets the range to that day; selecting it again clears the range.</summary>
    private string ToggleDay(DateOnly date)
    {
        bool selected = current.From == date && current.To == date;
        return Url(current with { From = selected ? null : date, To = selected ? null : date, Page = 1 });
    }

    /// <summary>What the facet's search box holds.</summary>
    public string? FindText(string dimension) => current.FacetPrefixes.GetValueOrDefault(dimension);

    /// <summary>The same search listing ten more values of a dimension.</summary>
    public string ShowMore(string dimension, int listed)
    {
        var limits = current.FacetLimits.ToDictionary(l => l.Key, l => l.Value);
        limits[dimension] = Math.Min(100, listed + 10);
        return Url(current with { FacetLimits = limits }) + "#" + FacetHeading(dimension);
    }

    /// <summary>The id of a facet's heading, which "show more" and its value search return to.</summary>
    public static string FacetHeading(string dimension) => "facet-" + dimension;

    /// <summary>Whether the page was asked for more of a facet's values than it lists by default, or for those matching some text.</summary>
    public bool AsksForFacetValues => current.FacetLimits.Count > 0 || current.FacetPrefixes.Count > 0;

    /// <summary>The current search as hidden form fields, but for the parameters the form asks for itself (a facet's search text).</summary>
    /// <remarks>A date filter's value that is not a day is left out: a form that carried it would be refused again.</remarks>
    public IEnumerable<KeyValuePair<string, string?>> HiddenFieldsWithout(params string[] asked) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(SearchQueryString.Format(current))
            .Where(p => !asked.Contains(p.Key))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Where(p => !(p.Key is "date" or "exclude.date") || p.Value == FacetValue.MissingValue
                || DateOnly.TryParseExact(p.Value, SearchQueryString.DateFormat, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _));

    /// <summary>The same search narrowed to a range of days (a bar of the date histogram).</summary>
    public string DateRange(DateOnly from, DateOnly to) => Url(current with { From = from, To = to, Page = 1 });

    public string ClearDates() => Url(current with { From = null, To = null, Page = 1 });

    /// <summary>The same search with every filter removed: the query, its mode, the order and the page size stay.</summary>
    public string ClearAll() =>
        Url(current with { Filters = new Dictionary<string, IReadOnlyList<string>>(), Exclusions = new Dictionary<string, IReadOnlyList<string>>(), From = null, To = null, Page = 1 });

    /// <summary>Every active filter as a chip: what it says, and the link that removes it alone.</summary>
    public IReadOnlyList<(string Label, string Remove)> Chips()
    {
        var chips = new List<(string, string)>();
        foreach (var dimension in FacetDimension.All)
        {
            string name = DimensionLabel(dimension.Name);
            // A chip removes its value: a day among the filters (date=2022-01-06) is not narrowed to, as its facet link does.
            foreach (string value in current.FilterValues(dimension.Name))
                chips.Add(($"{name}: {ValueLabel(dimension.Name, value)}", Url(current with { Filters = Toggle(current.Filters, dimension.Name, value), Page = 1 })));
            // A "not" chip removes the exclusion alone: a value both chosen and excluded (by hand, or from the API) kept its chip.
            foreach (string value in current.ExcludedValues(dimension.Name))
                chips.Add(($"{name}: not {ValueLabel(dimension.Name, value)}", Url(current with { Exclusions = Toggle(current.Exclusions, dimension.Name, value), Page = 1 })));
        }
        if (HasDates)
            chips.Add(($"Date: {current.From?.ToString(SearchQueryString.DateFormat) ?? "…"} to {current.To?.ToString(SearchQueryString.DateFormat) ?? "…"}", ClearDates()));
        return chips;
    }

    public string Page(int page) => Url(current with { Page = page });

    /// <summary>The side-by-side view of the same query under the same filters, in the same order.</summary>
    public string Compare() => "/compare" + SearchQueryString.Format(Narrowing(current));

    /// <summary>The passages of the same query under the same filters, in the same order.</summary>
    public string Passages() => "/passages" + SearchQueryString.Format(Narrowing(current));

    /// <summary>The article search of the same query under the same filters, in the same order.</summary>
    public string Articles() => "/" + SearchQueryString.Format(Narrowing(current));

    // The query, its mode, its filters and its order: what a search and the side-by-side view have in common.
    private static SearchRequest Narrowing(SearchRequest request) => new()
    {
        Query = request.Query, Mode = request.Mode, Filters = request.Filters, Exclusions = request.Exclusions,
        From = request.From, To = request.To, Sort = request.Sort,
    };

    /// <summary>The same search with another query (a spelling offered for one that found nothing), from its first page.</summary>
    public string WithQuery(string query) => Url(current with { Query = query, Page = 1 });

    /// <summary>The same search for any of its words, offered when an all-words search of several words found nothing; else null.</summary>
    public string? AnyWords() =>
        current.Mode != QueryMode.Any && AskedWords(current.Query) > 1
            ? Url(current with { Mode = QueryMode.Any, Page = 1 })
            : null;

    // The words a query asks for, its exclusions and operators aside: "-killed -police" asks for none, and any of them found
    // nothing again.
    private static int AskedWords(string? query)
    {
        var words = query?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) ?? [];
        return words.Where((w, i) => w is not ("AND" or "OR" or "NOT" or "&&" or "||") && w[0] is not ('-' or '!')
            && (i == 0 || words[i - 1] is not ("NOT" or "!"))).Count();
    }

    /// <summary>A query as a page's heading quotes it: a pasted paragraph is cut to its first words.</summary>
    public static string Quoted(string query)
    {
        if (query.Length <= MaxQuoted) return query;
        int space = query.LastIndexOf(' ', MaxQuoted);
        int end = space > 0 ? space : char.IsHighSurrogate(query[MaxQuoted - 1]) ? MaxQuoted - 1 : MaxQuoted; // never half a character
        return query[..end].TrimEnd() + "…";
    }

    private const int MaxQuoted = 120;

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
