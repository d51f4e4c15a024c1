using Search.Core.Facets;

namespace Search.Core.Linking.Passages;

/// <summary>A passage hit: its article (and its title), outlet, date, paragraph number and anchor, its text as safe HTML with the query's words marked, and its score.</summary>
public sealed record PassageHit(string ArticleId, string? Source, DateOnly? Date, int Number, string Anchor, string Html, float Score)
{
    /// <summary>Its article's title, plain text.</summary>
    public string Title { get; init; } = "";

    /// <summary>The same paragraph, word for word, in other articles ranked below it (an agency story republished): the first <see cref="Related.CopyGroups.MaxListed"/>.</summary>
    public IReadOnlyList<PassageCopy> Copies { get; init; } = [];

    /// <summary>How many copies were folded under this hit, listed or not.</summary>
    public int CopyCount { get; init; }

    /// <summary>Its article's moment of publication, when the input gave the hour.</summary>
    public DateTimeOffset? Published { get; init; }
}

/// <summary>Another article's copy of a passage hit: where it is, and whose it is.</summary>
public sealed record PassageCopy(string ArticleId, string? Source, DateOnly? Date, int Number, string Anchor);

/// <summary>An outlet's best passage for a query, and how many of its passages match.</summary>
public sealed record OutletPassage(PassageHit Best, int Passages);

/// <summary>
/// Each outlet's best passage for a query, best first (an article of no outlet alone); the names of every outlet with a
/// matching passage; and how many articles of no outlet have one.
/// </summary>
public sealed record OutletPassages(string Query, IReadOnlyList<OutletPassage> Outlets, IReadOnlySet<string> Named, int UnnamedArticles)
{
    /// <summary>How the query was read, when not as typed (a long text searched for any of its words; syntax not understood); else null.</summary>
    public string? Notice { get; init; }

    /// <summary>The values offered for filter values that name none, which the notice ends with; else null.</summary>
    public FilterSuggestions? Suggestions { get; init; }

    /// <summary>How many outlets (an article of no outlet counting as one) have a matching passage but were not shown.</summary>
    public int NotShown => Named.Count + UnnamedArticles - Outlets.Count;

    /// <summary>The matching passages counted by outlet, person, organization, place and day, as a passage search counts them.</summary>
    public IReadOnlyList<FacetCounts> Facets { get; init; } = [];

    /// <summary>The matching passages over time; empty without facets.</summary>
    public DateHistogram Histogram { get; init; } = DateHistogram.Empty;

    /// <summary>
    /// The outlets the query's own clauses on articles keep in view (<c>-source:cnn</c>, <c>person:tokayev</c>), and how many
    /// such articles have no outlet; null when it has none, and every outlet under the filters is in view.
    /// </summary>
    public OutletsInView? InView { get; init; }

    /// <summary>The news synonyms searched as well as the words typed, that some passage holds ("decapitated" for beheaded).</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>False when the query had no word to search (only stop words, or another script): it asked nothing of any outlet.</summary>
    public bool Searched { get; init; } = true;
}

/// <summary>The passages that match a query, best first, and how many matched.</summary>
public sealed record PassageResult(string Query, int Total, IReadOnlyList<PassageHit> Hits)
{
    /// <summary>How the query was read, when not as typed (a long text searched for any of its words; syntax not understood); else null.</summary>
    public string? Notice { get; init; }

    /// <summary>The values offered for filter values that name none, which the notice ends with; else null.</summary>
    public FilterSuggestions? Suggestions { get; init; }

    /// <summary>The matching passages counted by outlet, person, organization, place and day, with drill-sideways counts; empty without facets.</summary>
    public IReadOnlyList<FacetCounts> Facets { get; init; } = [];

    /// <summary>The matching passages over time (dated and undated); empty without facets.</summary>
    public DateHistogram Histogram { get; init; } = DateHistogram.Empty;

    /// <summary>Most passages a search pages to (<see cref="SearchOptions.MaxResultWindow"/>): no page past it can be reached.</summary>
    public int ResultWindow { get; init; } = int.MaxValue;

    /// <summary>How long the search took, in milliseconds.</summary>
    public long TookMs { get; init; }

    /// <summary>
    /// Pages that can be reached: with copies folded, the pages the passages read make when every match was read, else the
    /// matches a page within <see cref="ResultWindow"/>, an upper bound (<see cref="PageCountIsExact"/>).
    /// </summary>
    public int PageCount { get; init; }

    /// <summary>False when copies fold into hits not yet counted: the last pages may hold fewer hits, or none.</summary>
    public bool PageCountIsExact { get; init; } = true;

    /// <summary>Whether the next page holds a hit: the search reads one hit past the page, so no "next" leads to an empty page.</summary>
    public bool HasNextPage { get; init; }

    /// <summary>The news synonyms searched as well as the words typed, that some passage holds ("decapitated" for beheaded).</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];
}

/// <summary>The outlets with an article in view of a query, and how many articles in view have no outlet.</summary>
public sealed record OutletsInView(IReadOnlySet<string> Outlets, int Unnamed);
