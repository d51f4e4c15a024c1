namespace Search.Core.Search;

/// <summary>How results are ordered.</summary>
public enum SortOrder
{
    /// <summary>By BM25 score; an empty query falls back to <see cref="Newest"/>.</summary>
    Relevance,
    Newest,
    Oldest,
}

/// <summary>
/// One search, as the pages and the API both ask it: query text, facet filters (values OR-ed within a
/// dimension, dimensions AND-ed), a date range, the order and the page. Free of Lucene types.
/// </summary>
public sealed record SearchRequest
{
    /// <summary>Query in classic Lucene syntax; empty lists every article. Composed, without invisible joiners, typographic quotes as quotes (<see cref="QueryText"/>).</summary>
    public string? Query { get; init => field = QueryText.Normalize(value); }

    /// <summary>
    /// All words required, or any word enough. Null chooses: all words, unless the query is longer than
    /// <see cref="SearchOptions.MaxQueryLength"/> (a pasted paragraph), which is searched for any of its words.
    /// </summary>
    public QueryMode? Mode { get; init; }

    /// <summary>Whether hits carry snippets; off for callers that only rank (the ranking evaluation, benchmarks).</summary>
    public bool Snippets { get; init; } = true;

    /// <summary>Whether copies of one story (<see cref="Linking.Related.SimHash"/>) are grouped under its best-ranked hit, so one agency story does not fill a page.</summary>
    public bool GroupCopies { get; init; } = true;
    /// <summary>
    /// Whether hits carry their stored fields (id, title, source, date). Off, a hit is only its score, with
    /// empty text and no snippets: for callers that time the ranking and the count alone (the benchmark's
    /// <c>nofetch</c>), since loading stored fields is a cost of its own.
    /// </summary>
    public bool HitFields { get; init; } = true;

    /// <summary>Whether facet counts are collected.</summary>
    public bool Facets { get; init; } = true;

    /// <summary>Per dimension, how many values to list instead of <see cref="SearchOptions.FacetValues"/> ("show more").</summary>
    public IReadOnlyDictionary<string, int> FacetLimits { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// Per dimension, the text its values must start with, by canonical name or any alias (typing <c>OTS</c>
    /// offers the CSTO through its alias OTSC): facet value search.
    /// </summary>
    public IReadOnlyDictionary<string, string> FacetPrefixes { get; init; } = new Dictionary<string, string>();

    /// <summary>Selected values per dimension name (<c>source</c>, <c>person</c>, <c>org</c>, <c>place</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>
    /// Excluded values per dimension name (NOT): an article with any of them is left out. They take part
    /// in drill-sideways like selections. <see cref="Facets.FacetValue.MissingValue"/> excludes the articles
    /// with no value in the dimension (<c>date</c> included: excluding it keeps only dated articles).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Exclusions { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>First day included, or null.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day included, or null.</summary>
    public DateOnly? To { get; init; }

    public SortOrder Sort { get; init; } = SortOrder.Relevance;

    /// <summary>1-based page number.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Hits per page.</summary>
    public int Size { get; init; } = 10;

    public IReadOnlyList<string> FilterValues(string dimension) =>
        Filters.TryGetValue(dimension, out var values) ? values : [];

    public IReadOnlyList<string> ExcludedValues(string dimension) =>
        Exclusions.TryGetValue(dimension, out var values) ? values : [];

    public bool HasQuery => !string.IsNullOrWhiteSpace(Query);
}
