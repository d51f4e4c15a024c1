using Search.Core.Facets;
using Search.Core.Highlighting;

namespace Search.Core.Search;

/// <summary>
/// One result: article id, title (also as safe HTML with the query's words marked), source and date
/// (null when unknown), score and highlighted snippets.
/// </summary>
public sealed record SearchHit(string Id, string Title, string TitleHtml, string? Source, DateOnly? Date, float Score, IReadOnlyList<Snippet> Snippets)
{
    /// <summary>
    /// Copies of this story in other results (the same body republished), grouped under it rather than listed apart; the first
    /// <see cref="Linking.Related.CopyGroups.MaxListed"/> of them.
    /// </summary>
    public IReadOnlyList<CopyOfHit> Copies { get; init; } = [];

    /// <summary>How many copies are grouped under this hit, listed or not.</summary>
    public int CopyCount { get; init; }

    /// <summary>The moment of publication as the input wrote it (with its offset from UTC), when it gave the time of day.</summary>
    public DateTimeOffset? Published { get; init; }
}

/// <summary>A copy grouped under a hit: its article id and outlet.</summary>
public sealed record CopyOfHit(string Id, string? Source)
{
    /// <summary>The copy's day, when known: an outlet's own repeat of a story is named by it.</summary>
    public DateOnly? Date { get; init; }
}

/// <summary>
/// The answer to a <see cref="SearchRequest"/>: total hits, the requested page of hits and facet counts
/// per dimension. <see cref="Notice"/> tells the user when the query was read differently than typed.
/// </summary>
public sealed record SearchResult(
    string Query,
    string? Notice,
    int Total,
    long TookMs,
    int Page,
    int Size,
    SortOrder Sort,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<FacetCounts> Facets)
{
    /// <summary>The results over time (dated and undated), with drill-sideways counts; empty without facets.</summary>
    public DateHistogram Histogram { get; init; } = DateHistogram.Empty;

    /// <summary>
    /// How many stories the results make with the copies of each grouped, when every hit was read for grouping; null when
    /// copies are not grouped or not every hit was read. A page holds this many stories, not articles.
    /// </summary>
    public int? Stories { get; init; }

    /// <summary>Most results a search pages to (<see cref="SearchOptions.MaxResultWindow"/>): no page past it can be reached.</summary>
    public int ResultWindow { get; init; } = int.MaxValue;

    /// <summary>
    /// Pages that can be reached: the results (or stories) a page, within <see cref="ResultWindow"/>. With copies grouped and
    /// not every hit read, the stories are not counted yet and this is an upper bound (<see cref="PageCountIsExact"/>).
    /// </summary>
    public int PageCount => Total == 0 ? 0 : Math.Min(((ReachableStories ?? Stories ?? Total) + Size - 1) / Size, Math.Max(1, ResultWindow / Size));

    /// <summary>
    /// How many stories the hits within <see cref="ResultWindow"/> make, when every one of them was read for grouping (a page past
    /// the end reads them all): the last page paging can reach. Null otherwise.
    /// </summary>
    public int? ReachableStories { get; init; }

    /// <summary>False when copies fold into stories not yet counted: the last pages may hold fewer stories, or none.</summary>
    public bool PageCountIsExact { get; init; } = true;

    /// <summary>
    /// Whether the next page holds a result. With copies grouped, the search reads one story past the page, so that "next"
    /// never leads to an empty page while the page count is still an upper bound.
    /// </summary>
    public bool HasNextPage { get => _hasNextPage ?? Page < PageCount; init => _hasNextPage = value; }

    private readonly bool? _hasNextPage;

    /// <summary>The news synonyms searched besides the words typed that some article holds ("decapitated" for beheaded).</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>The values offered for filter values that name none, which the notice ends with; else null.</summary>
    public FilterSuggestions? Suggestions { get; init; }

    /// <summary>The query with its words that no article holds spelled as the nearest words articles hold, when it found nothing; else null.</summary>
    public string? DidYouMean { get; init; }

    public FacetCounts FacetsOf(string dimension) => Facets.First(f => f.Dimension == dimension);

    public override string ToString() =>
        $"{Total} hits: {string.Join(", ", Hits.Select(h => h.Id))}; {string.Join("; ", Facets)}";
}
