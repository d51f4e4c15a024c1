using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Search.Core.Facets;
using Search.Core.Search;

namespace Search.Web.Links;

/// <summary>
/// The one mapping between URL query parameters and <see cref="SearchRequest"/>, used by the search page,
/// the API and every link they render, so pages and API read the same parameters the same way:
/// <c>q, mode, source, person, org, place</c> (repeatable), <c>from, to</c> (yyyy-MM-dd), <c>sort, page, size</c>.
/// </summary>
public static class SearchQueryString
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>Every parameter with what it means, for the API description; Parse and Format read the same names.</summary>
    public static readonly IReadOnlyList<(string Name, string Description, bool Repeatable)> Parameters =
    [
        ("q", "Query in classic Lucene syntax; empty lists every article, newest first.", false),
        ("mode", "all (every word required; the default for queries up to 500 characters) or any (any word, best matches first; the default for longer ones, up to 10,000 characters).", false),
        ("source", "Source outlet to keep; repeat to keep several (OR).", true),
        ("person", "Person (canonical name) to keep; repeat to keep several (OR).", true),
        ("org", "Organization (canonical name) to keep; repeat to keep several (OR).", true),
        ("place", "Place (canonical name) to keep; repeat to keep several (OR).", true),
        ("date", "Day (yyyy-MM-dd, as the date facet lists it) to keep, or '(none)' for undated articles; repeat to keep several (OR), beside any from/to range.", true),
        ("exclude.source", "Source outlet to leave out (NOT); repeatable. '(none)' leaves out articles of unknown source. Likewise exclude.person, exclude.org, exclude.place, and exclude.date=(none) for dated articles only.", true),
        ("exclude.person", "Person to leave out; repeatable.", true),
        ("exclude.org", "Organization to leave out; repeatable.", true),
        ("exclude.place", "Place to leave out; repeatable.", true),
        ("exclude.date", "Day to leave out, or '(none)' to leave out undated articles; repeatable.", true),
        // Each facet's own: a client reads the names from here, so none is left to a "likewise".
        .. FacetDimension.All.Select(d => (MorePrefix + d.Name, $"How many values the {d.Name} facet lists, up to 100; default 10.", false)),
        .. FacetDimension.ValueFiltered.Select(d => (FindPrefix + d.Name,
            $"Value search in the {d.Name} facet: only its values with a word starting with this text, by name or alias (find.org=OTS offers the CSTO).", false)),
        ("from", "First publication day included, yyyy-MM-dd.", false),
        ("to", "Last publication day included, yyyy-MM-dd.", false),
        ("sort", "relevance (default), newest or oldest.", false),
        ("page", "1-based page number, default 1.", false),
        ("size", "Hits per page, 1 to 100, default 10.", false),
    ];

    /// <summary>Reads a request from query parameters; unreadable parameters are reported by name.</summary>
    public static (SearchRequest Request, IReadOnlyList<SearchError> Errors) Parse(IQueryCollection query)
    {
        var errors = new List<SearchError>();
        var filters = new Dictionary<string, IReadOnlyList<string>>();
        var exclusions = new Dictionary<string, IReadOnlyList<string>>();
        var limits = new Dictionary<string, int>();
        var prefixes = new Dictionary<string, string>();
        foreach (var dimension in FacetDimension.All)
        {
            if (query.ContainsKey(MorePrefix + dimension.Name)) limits[dimension.Name] = ParseInt(query, MorePrefix + dimension.Name, 10, errors);
            if (query[FindPrefix + dimension.Name].FirstOrDefault() is { Length: > 0 } find) prefixes[dimension.Name] = find;
            var values = Values(query, dimension.Name);
            if (values.Count > 0) filters[dimension.Name] = values;
            var excluded = Values(query, ExcludePrefix + dimension.Name);
            if (excluded.Count > 0) exclusions[dimension.Name] = excluded;
        }
        errors.AddRange(ParameterNames.Mistyped(query));
        // A query of control characters or noncharacters (U+FFFE) alone was cleaned to nothing and listed every article, as no
        // query does; so did a pasted zero-width space (U+200B), an invisible format character.
        if (query["q"].FirstOrDefault() is { Length: > 0 } raw && !string.IsNullOrWhiteSpace(raw)
            && raw.All(c => char.IsControl(c) || char.IsWhiteSpace(c) || Search.Core.Ingestion.Text.TextCleaner.IsNoncharacter(c)
                || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format))
            errors.Add(new SearchError("q", "The query holds only control characters, invisible characters or noncharacters, which are not searched; give a word."));
        var request = new SearchRequest
        {
            Query = query["q"].FirstOrDefault()?.Trim(),
            Mode = ParseMode(query, errors),
            Filters = filters,
            Exclusions = exclusions,
            FacetLimits = limits,
            FacetPrefixes = prefixes,
            From = ParseDate(query, "from", errors),
            To = ParseDate(query, "to", errors),
            Sort = ParseSort(query, errors),
            Page = ParseInt(query, "page", 1, errors),
            Size = ParseInt(query, "size", 10, errors),
        };
        return (request, errors);
    }

    /// <summary>The query string ("?q=…") that reproduces a request; defaults are left out.</summary>
    public static string Format(SearchRequest request)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (request.HasQuery) pairs.Add(new("q", request.Query));
        if (request.Mode is { } mode) pairs.Add(new("mode", mode.ToString().ToLowerInvariant()));
        foreach (var dimension in FacetDimension.All)
        {
            pairs.AddRange(request.FilterValues(dimension.Name).Select(v => new KeyValuePair<string, string?>(dimension.Name, v)));
            pairs.AddRange(request.ExcludedValues(dimension.Name).Select(v => new KeyValuePair<string, string?>(ExcludePrefix + dimension.Name, v)));
            if (request.FacetLimits.TryGetValue(dimension.Name, out int more)) pairs.Add(new(MorePrefix + dimension.Name, more.ToString(CultureInfo.InvariantCulture)));
            if (request.FacetPrefixes.TryGetValue(dimension.Name, out string? find)) pairs.Add(new(FindPrefix + dimension.Name, find));
        }
        if (request.From is { } from) pairs.Add(new("from", from.ToString(DateFormat, CultureInfo.InvariantCulture)));
        if (request.To is { } to) pairs.Add(new("to", to.ToString(DateFormat, CultureInfo.InvariantCulture)));
        if (request.Sort != SortOrder.Relevance) pairs.Add(new("sort", request.Sort.ToString().ToLowerInvariant()));
        if (request.Page != 1) pairs.Add(new("page", request.Page.ToString(CultureInfo.InvariantCulture)));
        if (request.Size != 10) pairs.Add(new("size", request.Size.ToString(CultureInfo.InvariantCulture)));
        return QueryString.Create(pairs).ToString();
    }

    /// <summary>The parameter prefix of an exclusion: <c>exclude.source=CNN</c> leaves CNN out.</summary>
    public const string ExcludePrefix = "exclude.";

    /// <summary>The parameter prefix of "show more": <c>more.person=20</c> lists 20 people.</summary>
    public const string MorePrefix = "more.";

    /// <summary>The parameter prefix of a facet value search: <c>find.org=OTS</c>.</summary>
    public const string FindPrefix = "find.";

    private static List<string> Values(IQueryCollection query, string name) =>
        query[name].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).Distinct().ToList();

    /// <summary>The parameter of an article's link that names the view it was opened from, for "Back to search".</summary>
    public const string ViewParameter = "view";

    /// <summary>The views an article can be opened from besides the search page: the passages and the side-by-side view.</summary>
    public static readonly IReadOnlySet<string> Views = new HashSet<string>(StringComparer.Ordinal) { "passages", "compare" };

    /// <summary>
    /// An article opened from a search: its link carries the whole search (filters, sort, page), so the article marks what
    /// the search asked about and "Back to search" returns to the same page of the same view (<paramref name="view"/>, one of
    /// <see cref="Views"/>, or the search page when null).
    /// </summary>
    public static string ArticleUrlFrom(SearchRequest search, string id, string? anchor = null, string? view = null)
    {
        string url = "/article/" + Uri.EscapeDataString(id) + Format(search);
        if (view != null && Views.Contains(view)) url = QueryHelpers.AddQueryString(url, ViewParameter, view);
        return string.IsNullOrEmpty(anchor) ? url : url + "#" + Uri.EscapeDataString(anchor);
    }

    /// <summary>
    /// An API hit's link: with filters, the whole search (<see cref="ArticleUrlFrom"/>), so the article marks the entity a filter
    /// names (<c>person=tokayev</c>); else the query alone (<see cref="ArticleUrl"/>).
    /// </summary>
    public static string ArticleUrlOf(SearchRequest search, string id, string? anchor = null, string? view = null) => search.Filters.Count > 0
        ? ArticleUrlFrom(search, id, anchor, view)
        : ArticleUrl(id, search.Query, anchor, view);

    /// <summary>
    /// An article's page, with the query's words marked when there is one, scrolled to a passage when an anchor is given; opened
    /// from the passages or the side-by-side view (<paramref name="view"/>), it marks the synonyms they searched as well.
    /// </summary>
    public static string ArticleUrl(string id, string? query, string? anchor = null, string? view = null)
    {
        string url = "/article/" + Uri.EscapeDataString(id);
        if (!string.IsNullOrWhiteSpace(query)) url = QueryHelpers.AddQueryString(url, "q", query);
        if (!string.IsNullOrWhiteSpace(query) && view != null && Views.Contains(view)) url = QueryHelpers.AddQueryString(url, ViewParameter, view);
        return string.IsNullOrEmpty(anchor) ? url : url + "#" + Uri.EscapeDataString(anchor);
    }

    private static DateOnly? ParseDate(IQueryCollection query, string name, List<SearchError> errors)
    {
        string? text = query[name].FirstOrDefault();
        if (string.IsNullOrEmpty(text)) return null;
        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors.Add(new SearchError(name, $"'{text}' is not a date in the form yyyy-MM-dd."));
        return null;
    }

    private static int ParseInt(IQueryCollection query, string name, int fallback, List<SearchError> errors)
    {
        string? text = query[name].FirstOrDefault();
        if (string.IsNullOrEmpty(text)) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value)) return value;
        errors.Add(NumberProblem(name, text));
        return fallback;
    }

    /// <summary>
    /// The request with control characters dropped from its filter values, for a page that answers it with a 400: the page's
    /// hidden fields and chips wrote a NUL as "&amp;#x0;", which HTML forbids.
    /// </summary>
    public static SearchRequest Printable(SearchRequest request)
    {
        static IReadOnlyDictionary<string, IReadOnlyList<string>> Clean(IReadOnlyDictionary<string, IReadOnlyList<string>> values) =>
            values.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value.Select(v => new string(v.Where(c => !char.IsControl(c)).ToArray()))
                .Where(v => v.Length > 0).ToList());
        return request with { Filters = Clean(request.Filters), Exclusions = Clean(request.Exclusions) };
    }

    /// <summary>What is wrong with a count that does not read: "-1" and "2147483648" are whole numbers out of range, "abc" is none.</summary>
    public static SearchError NumberProblem(string name, string text)
    {
        bool digits = text.TrimStart('-').Length > 0 && text.TrimStart('-').All(char.IsAsciiDigit) && text.LastIndexOf('-') <= 0;
        return new SearchError(name, !digits ? $"'{text}' is not a whole number."
            : text.StartsWith('-') ? $"'{text}' is below 1; {name} counts from 1."
            : $"'{text}' is too large for {name}.");
    }

    private static QueryMode? ParseMode(IQueryCollection query, List<SearchError> errors)
    {
        string? text = query["mode"].FirstOrDefault();
        switch (text)
        {
            case null or "": return null;
            case "all": return QueryMode.All;
            case "any": return QueryMode.Any;
            default:
                errors.Add(new SearchError("mode", $"'{text}' is not a query mode; use all or any."));
                return null;
        }
    }

    private static SortOrder ParseSort(IQueryCollection query, List<SearchError> errors)
    {
        string? text = query["sort"].FirstOrDefault();
        switch (text)
        {
            case null or "" or "relevance": return SortOrder.Relevance;
            case "newest": return SortOrder.Newest;
            case "oldest": return SortOrder.Oldest;
            default:
                errors.Add(new SearchError("sort", $"'{text}' is not a sort order; use relevance, newest or oldest."));
                return SortOrder.Relevance;
        }
    }
}
