using Search.Core.Facets;
using Search.Core.Search;
using Search.Web.Links;

namespace Search.Web.Api;

/// <summary>A snippet as the API returns it: safe HTML, its 1-based paragraph, that paragraph's text-derived anchor, and the permalink to it.</summary>
public sealed record SnippetResponse(string Html, int Paragraph, string Anchor, string Url);

/// <summary>A hit as the API returns it; <c>titleHtml</c> is the title with the query's words marked; <c>source</c> and <c>date</c> are null when unknown.</summary>
public sealed record HitResponse(string Id, string Title, string TitleHtml, string? Source, DateOnly? Date, float Score, string Url, IReadOnlyList<SnippetResponse> Snippets)
{
    /// <summary>Copies of this story (the same body in other outlets), grouped under this hit instead of listed apart; the first 20.</summary>
    public IReadOnlyList<CopyOfHit> Copies { get; init; } = [];

    /// <summary>How many copies are grouped under this hit, listed or not.</summary>
    public int CopyCount { get; init; }

    /// <summary>The moment of publication as the input wrote it (with its offset from UTC), when it gave the time of day; null otherwise.</summary>
    public DateTimeOffset? Published { get; init; }
}

/// <summary>The date histogram as the API returns it: the bar width (day, week, month, year), the bars, and the undated count.</summary>
public sealed record HistogramResponse(string Interval, IReadOnlyList<DateBucket> Buckets, int Undated)
{
    public static HistogramResponse From(DateHistogram histogram) => new(histogram.Interval.ToString().ToLowerInvariant(), histogram.Buckets, histogram.Undated);
}

/// <summary>The body of <c>GET /api/search</c>: <see cref="SearchResult"/> one to one, plus links.</summary>
public sealed record SearchResponse(
    string Query,
    string? Notice,
    int Total,
    long TookMs,
    int Page,
    int Size,
    string Sort,
    IReadOnlyList<HitResponse> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets)
{
    public HistogramResponse Histogram { get; init; } = new("day", [], 0);

    /// <summary>How many stories the results make with each one's copies grouped, when known (every hit was read); else null.</summary>
    public int? Stories { get; init; }

    /// <summary>The news synonyms searched besides the words typed that some article holds ("decapitated" for beheaded).</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>Whether the next page holds a result: with copies grouped, the total does not tell.</summary>
    public bool HasNextPage { get; init; }

    /// <summary>The values offered for filter values that name none (the notice ends with them), most results first; and how many more hold the words.</summary>
    public IReadOnlyList<FilterSuggestion> Suggestions { get; init; } = [];

    /// <inheritdoc cref="Suggestions"/>
    public int MoreSuggestions { get; init; }

    /// <summary>When nothing was found: the query with the words no article holds spelled as the nearest words articles hold ("protesters" for "protestrs"); else null.</summary>
    public string? DidYouMean { get; init; }

    /// <param name="request">The search asked: a hit's link carries its filters, as the page's does, so the article marks the
    /// entity a filter asked for (<c>person=tokayev</c>); without filters the link carries the query alone.</param>
    public static SearchResponse From(SearchResult result, SearchRequest? request = null)
    {
        string Link(string id, string? anchor = null) =>
            request != null ? SearchQueryString.ArticleUrlOf(request, id, anchor) : SearchQueryString.ArticleUrl(id, result.Query, anchor);
        return new(
            result.Query,
            result.Notice,
            result.Total,
            result.TookMs,
            result.Page,
            result.Size,
            result.Sort.ToString().ToLowerInvariant(),
            result.Hits.Select(h => new HitResponse(h.Id, h.Title, h.TitleHtml, h.Source, h.Date, h.Score,
                Link(h.Id),
                h.Snippets.Select(s => new SnippetResponse(s.Html, s.Paragraph, s.Anchor, Link(h.Id, s.Anchor))).ToList())
                { Copies = h.Copies, CopyCount = h.CopyCount, Published = h.Published }).ToList(),
            result.Facets.ToDictionary(f => f.Dimension, f => f.Values))
        {
            Histogram = HistogramResponse.From(result.Histogram),
            Stories = result.Stories,
            Synonyms = result.Synonyms,
            HasNextPage = result.HasNextPage,
            Suggestions = result.Suggestions?.Values ?? [],
            MoreSuggestions = result.Suggestions?.More ?? 0,
            DidYouMean = result.DidYouMean,
        };
    }
}
