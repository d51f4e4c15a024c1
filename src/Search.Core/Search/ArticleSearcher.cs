using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;
using Search.Core.Facets;
using Search.Core.Highlighting;
using Search.Core.Indexing;

namespace Search.Core.Search;

/// <summary>
/// Runs a <see cref="SearchRequest"/>: builds the query, collects the page of hits and the facet counts
/// in one pass (<see cref="FacetCountsCollector"/>), and highlights each hit's best passages.
/// </summary>
/// <remarks>Singleton; thread-safe. Borrows a searcher from <see cref="IndexHost"/> per call.</remarks>
public sealed class ArticleSearcher : IDisposable
{
    private static readonly HashSet<string> StoredForHits = [ArticleFields.Id, ArticleFields.Title, ArticleFields.Source, ArticleFields.Day, ArticleFields.Body];

    private readonly IndexHost _host;
    private readonly SearchOptions _options;
    private readonly QueryBuilder _queries;
    private readonly SearchRequestValidator _validator;

    public ArticleSearcher(IndexHost host, IOptions<SearchOptions> options)
    {
        _host = host;
        _options = options.Value;
        _queries = new QueryBuilder(_options);
        _validator = new SearchRequestValidator(_options);
    }

    public SearchRequestValidator Validator => _validator;

    /// <exception cref="InvalidSearchRequestException">The request breaks a rule of <see cref="SearchRequestValidator"/>.</exception>
    public SearchResult Search(SearchRequest request)
    {
        var errors = _validator.Validate(request);
        if (errors.Count > 0) throw new InvalidSearchRequestException(errors);
        var clock = Stopwatch.StartNew();
        var (query, notice) = _queries.Build(request.Query);
        var sort = request.Sort == SortOrder.Relevance && !request.HasQuery ? SortOrder.Newest : request.Sort;

        using var lease = _host.Acquire();
        var searcher = lease.Searcher;
        int wanted = request.Page * request.Size;
        ITopDocsCollector top = sort == SortOrder.Relevance
            ? TopScoreDocCollector.Create(wanted, false)
            : TopFieldCollector.Create(DateSort(sort), wanted, false, true, true, false);
        var filters = Filters(request);
        var collector = new FacetCountsCollector(lease.Ordinals, FacetDimension.All, filters, top);
        try
        {
            searcher.Search(query, collector);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new InvalidSearchRequestException([new SearchError("q", "The query expands to too many terms; make it more specific.")]);
        }

        var page = top.GetTopDocs((request.Page - 1) * request.Size, request.Size).ScoreDocs;
        var terms = QueryTerms.Extract(query, searcher.IndexReader, ArticleFields.DefaultSearchFields, ArticleFields.Body);
        var hits = page.Select(d => ToHit(searcher, d, terms)).ToList();
        var facets = FacetDimension.All
            .Select(d => collector.GetCounts(d, _options.FacetValues, Selected(d, request)))
            .ToList();
        return new SearchResult(request.Query ?? "", notice, collector.TotalHits, clock.ElapsedMilliseconds,
            request.Page, request.Size, sort, hits, facets);
    }

    private SearchHit ToHit(IndexSearcher searcher, ScoreDoc scoreDoc, QueryTerms terms)
    {
        var stored = searcher.Doc(scoreDoc.Doc, StoredForHits);
        var reader = searcher.IndexReader;
        var bodyMatches = TermOffsetsReader.Read(reader, scoreDoc.Doc, ArticleFields.Body, terms, Highlighter.MaxScanChars);
        var snippets = Highlighter.Snippets(stored.Get(ArticleFields.Body) ?? "", bodyMatches, _options.SnippetsPerHit, terms.Weight);
        string title = stored.Get(ArticleFields.Title);
        string titleHtml = Highlighter.MarkWhole(title, TermOffsetsReader.Read(reader, scoreDoc.Doc, ArticleFields.Title, terms));
        return new SearchHit(stored.Get(ArticleFields.Id), title, titleHtml, stored.Get(ArticleFields.Source),
            ParseDay(stored.Get(ArticleFields.Day)), float.IsNaN(scoreDoc.Score) ? 0 : scoreDoc.Score, snippets);
    }

    private static List<DimensionFilter> Filters(SearchRequest request)
    {
        var filters = new List<DimensionFilter>();
        foreach (var dimension in FacetDimension.ValueFiltered)
        {
            var values = request.FilterValues(dimension.Name);
            if (values.Count > 0) filters.Add(new ValueFilter(dimension, values));
        }
        if (request.From != null || request.To != null) filters.Add(new DateRangeFilter(request.From, request.To));
        return filters;
    }

    private static IReadOnlySet<string> Selected(FacetDimension dimension, SearchRequest request)
    {
        if (dimension != FacetDimension.Date) return request.FilterValues(dimension.Name).ToHashSet(StringComparer.Ordinal);
        // A day counts as selected when the range is exactly that day.
        return request.From is { } from && request.From == request.To
            ? new HashSet<string> { from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }
            : new HashSet<string>();
    }

    // Undated articles go last in both orders.
    private static Sort DateSort(SortOrder order)
    {
        bool newest = order == SortOrder.Newest;
        var byDate = new SortField(ArticleFields.Date, SortFieldType.INT32, newest);
        byDate.SetMissingValue(newest ? int.MinValue : int.MaxValue);
        return new Sort(byDate, SortField.FIELD_SCORE, SortField.FIELD_DOC);
    }

    internal static DateOnly? ParseDay(string? day) =>
        day != null && DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public void Dispose() => _queries.Dispose();
}
