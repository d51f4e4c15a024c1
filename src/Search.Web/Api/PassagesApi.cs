using Microsoft.AspNetCore.Http.HttpResults;
using Search.Core.Facets;
using Search.Core.Linking.Corroboration;
using Search.Core.Linking.Coverage;
using Search.Core.Linking.Passages;
using Search.Core.Search;
using Search.Web.Links;

namespace Search.Web.Api;

/// <summary>
/// A passage hit as the API returns it: its article and the article's title, outlet, date, paragraph, anchor, permalink, safe
/// HTML and score; and the copies of the same paragraph in other articles, folded under it (the first 20, and how many).
/// </summary>
public sealed record PassageResponse(string ArticleId, string Title, string? Source, DateOnly? Date, int Paragraph, string Anchor, string Url, string Html, float Score,
    IReadOnlyList<PassageCopyResponse> Copies, int CopyCount)
{
    /// <summary>Its article's moment of publication with the offset it was written in, when the input gave the hour; else null.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <param name="view">The view the passage was found by ("passages" or "compare"), so its article marks the synonyms searched.</param>
    /// <param name="search">The search asked: with filters, the links carry them, as the pages' do, so the article marks the entity a filter names.</param>
    public static PassageResponse From(PassageHit h, SearchRequest search, string view) =>
        new(h.ArticleId, h.Title, h.Source, h.Date, h.Number, h.Anchor, SearchQueryString.ArticleUrlOf(search, h.ArticleId, h.Anchor, view), h.Html, h.Score,
            h.Copies.Select(c => new PassageCopyResponse(c.ArticleId, c.Source, c.Date, c.Number, c.Anchor,
                SearchQueryString.ArticleUrlOf(search, c.ArticleId, c.Anchor, view))).ToList(),
            h.CopyCount)
        {
            Published = h.Published,
        };

}

/// <summary>Another article's copy of a passage hit: its article, outlet, date, paragraph, anchor and permalink.</summary>
public sealed record PassageCopyResponse(string ArticleId, string? Source, DateOnly? Date, int Paragraph, string Anchor, string Url);

/// <summary>
/// The body of <c>GET /api/passages</c>: the page of passages, and the matching passages counted by each dimension and over
/// time, as <c>GET /api/search</c> counts articles.
/// </summary>
public sealed record PassagesResponse(string Query, int Total, IReadOnlyList<PassageResponse> Passages,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets, HistogramResponse Histogram)
{
    /// <summary>How the query was read, when not as typed (a long text searched for any of its words); else null.</summary>
    public string? Notice { get; init; }

    /// <summary>The values offered for filter values that name none (the notice ends with them), most results first; and how many more hold the words.</summary>
    public IReadOnlyList<FilterSuggestion> Suggestions { get; init; } = [];

    /// <inheritdoc cref="Suggestions"/>
    public int MoreSuggestions { get; init; }

    /// <summary>The news synonyms searched as well as the words typed, that some passage holds ("decapitated" for beheaded).</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>The page and page size served, and the order, as <c>GET /api/search</c> echoes them.</summary>
    public int Page { get; init; }

    /// <inheritdoc cref="Page"/>
    public int Size { get; init; }

    /// <inheritdoc cref="Page"/>
    public string Sort { get; init; } = "relevance";

    /// <summary>How long the search took, in milliseconds.</summary>
    public long TookMs { get; init; }

    /// <summary>Whether the next page holds a passage: copies fold into one hit, so the total does not tell.</summary>
    public bool HasNextPage { get; init; }
}

/// <summary>
/// One outlet in <c>GET /api/compare</c>: its best passage for the query, how many of its passages match, and the outlet listed
/// before it whose best passage is the same text word for word, if any.
/// </summary>
public sealed record OutletResponse(string Outlet, PassageResponse Best, int Passages, string? WordForWordAs);

/// <summary>
/// The body of <c>GET /api/compare</c>: the reporting outlets, best first (the first 100), how many more report it, the outlets
/// with no matching passage, and how many articles of unknown source have none.
/// </summary>
public sealed record CompareResponse(string Query, IReadOnlyList<OutletResponse> Reporting, int MoreReporting, IReadOnlyList<string> Silent, int SilentUnknownSource,
    IReadOnlyList<FigureDisagreementResponse> FiguresDiffer)
{
    /// <summary>The matching passages counted by each dimension, as <c>GET /api/passages</c> counts them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets { get; init; } = new Dictionary<string, IReadOnlyList<FacetValue>>();

    /// <summary>The matching passages over time.</summary>
    public HistogramResponse? Histogram { get; init; }

    /// <summary>How the query was read, when not as typed (a long text searched for any of its words); else null.</summary>
    public string? Notice { get; init; }

    /// <summary>The values offered for filter values that name none (the notice ends with them), most results first; and how many more hold the words.</summary>
    public IReadOnlyList<FilterSuggestion> Suggestions { get; init; } = [];

    /// <inheritdoc cref="Suggestions"/>
    public int MoreSuggestions { get; init; }

    /// <summary>The news synonyms searched as well as the words typed, that some passage holds ("decapitated" for beheaded).</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>The outlets with no matching passage whose articles the article search finds (the words spread over paragraphs): not silent.</summary>
    public IReadOnlyList<string> Apart { get; init; } = [];

    /// <summary>How many articles of unknown source are such articles.</summary>
    public int ApartUnknownSource { get; init; }

    /// <summary>For a pasted text searched for any of its words: the outlets left out because their best passage holds only a few of them.</summary>
    public int Faint { get; init; }

    /// <summary>The silent articles of unknown source, when there are at most 10 and the query has no clause on articles; else empty.</summary>
    public IReadOnlyList<UnknownSourceArticleResponse> SilentUnknownSourceArticles { get; init; } = [];
}

/// <summary>An article of unknown source: its id, title, day and page.</summary>
public sealed record UnknownSourceArticleResponse(string Id, string Title, DateOnly? Date, string Url);

/// <summary>A count that the outlets' passages give differently: what is counted, and each figure with the passages that give it.</summary>
public sealed record FigureDisagreementResponse(string Counted, IReadOnlyList<IReadOnlyList<ReportedFigureResponse>> Figures)
{
    public static FigureDisagreementResponse From(FigureDisagreement d, string? query) =>
        new(d.Counted, d.Figures.Select(f => (IReadOnlyList<ReportedFigureResponse>)f.Select(r =>
            new ReportedFigureResponse(r.ArticleId, r.Title, r.Source, r.Date, r.Number, r.Anchor, SearchQueryString.ArticleUrl(r.ArticleId, query, r.Anchor, "compare"), r.Text)).ToList()).ToList());
}

/// <summary>One passage's figure: its article and the article's title, outlet and date, its paragraph, anchor and permalink, and its words for the count.</summary>
public sealed record ReportedFigureResponse(string ArticleId, string Title, string? Source, DateOnly? Date, int Paragraph, string Anchor, string Url, string Text);

/// <summary><c>GET /api/passages</c> (passages ranked for a query, with the article search's filters) and <c>GET /api/compare</c> (the side-by-side view's JSON twin).</summary>
internal static class PassagesApi
{
    public static IEndpointRouteBuilder MapPassagesApi(this IEndpointRouteBuilder app)
    {
        app.MapGetAndHead("/api/passages", Passages).WithName("Passages").WithSummary("Passages (paragraphs) ranked for a query, with the same filters as /api/search.");
        app.MapGetAndHead("/api/compare", Compare).WithName("Compare").WithSummary("Each outlet's best passage for a query, and the outlets that do not mention it.");
        return app;
    }

    private static Results<Ok<PassagesResponse>, ValidationProblem> Passages(HttpRequest http, PassageSearcher passages, ArticleSearcher articles)
    {
        var (request, result, errors) = SearchExecution.Run(http.Query, articles.Validator, passages.Search);
        return result == null
            ? ProblemMapping.ToValidationProblem(errors)
            : TypedResults.Ok(new PassagesResponse(result.Query, result.Total, result.Hits.Select(h => PassageResponse.From(h, request, "passages")).ToList(),
                result.Facets.ToDictionary(f => f.Dimension, f => f.Values), HistogramResponse.From(result.Histogram))
                {
                    Notice = result.Notice, Synonyms = result.Synonyms,
                    Suggestions = result.Suggestions?.Values ?? [], MoreSuggestions = result.Suggestions?.More ?? 0,
                    Page = request.Page, Size = request.Size, Sort = request.Sort.ToString().ToLowerInvariant(), TookMs = result.TookMs,
                    HasNextPage = result.HasNextPage,
                });
    }

    private static Results<Ok<CompareResponse>, ValidationProblem> Compare(HttpRequest http, CoverageComparison coverage, ArticleSearcher articles)
    {
        var (request, result, errors) = SearchExecution.Run(http.Query, articles.Validator, coverage.Compare, NotTakenParameters.Compare);
        return result == null
            ? ProblemMapping.ToValidationProblem(errors)
            : TypedResults.Ok(new CompareResponse(result.Query,
                result.Reporting.Select(r => new OutletResponse(r.Outlet, PassageResponse.From(r.Best, request, "compare"), r.Passages, r.WordForWordAs)).ToList(),
                result.MoreReporting, result.Silent, result.SilentUnnamed, result.FiguresDiffer.Select(d => FigureDisagreementResponse.From(d, request.Query)).ToList())
                {
                    Notice = result.Notice, Synonyms = result.Synonyms,
                    Suggestions = result.Suggestions?.Values ?? [], MoreSuggestions = result.Suggestions?.More ?? 0,
                    Facets = result.Facets.ToDictionary(f => f.Dimension, f => f.Values), Histogram = HistogramResponse.From(result.Histogram),
                    Apart = result.Apart, ApartUnknownSource = result.ApartUnnamed, Faint = result.Faint,
                    SilentUnknownSourceArticles = result.SilentUnnamedArticles
                        .Select(a => new UnknownSourceArticleResponse(a.Id, a.Title, a.Date, SearchQueryString.ArticleUrlOf(request, a.Id, null, "compare"))).ToList(),
                });
    }
}
