using System.Diagnostics;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;
using Search.Core.Analysis;
using Search.Core.Facets;
using Search.Core.Highlighting;
using Search.Core.Indexing;
using Search.Core.Linking.Related;
using Search.Core.Indexing.Documents;

namespace Search.Core.Search;

/// <summary>
/// Runs a <see cref="SearchRequest"/>: builds the query, collects the page of hits and the facet counts
/// in one pass (<see cref="FacetCountsCollector"/>), and highlights each hit's best passages.
/// </summary>
/// <remarks>Singleton; thread-safe. Borrows a searcher from <see cref="IndexHost"/> per call.</remarks>
public sealed class ArticleSearcher : IDisposable
{
    private static readonly HashSet<string> StoredForHits = [ArticleFields.Id, ArticleFields.Title, ArticleFields.Source, ArticleFields.Day, ArticleFields.Body];
    private static readonly HashSet<string> MetadataOnly = [ArticleFields.Metadata];
    /// <summary>The fields the news synonyms widen: the side-by-side view ranks an outlet's articles as this search does.</summary>
    internal static readonly HashSet<string> TextFields = [.. ArticleFields.DefaultSearchFields];

    public const string LongQueryNotice =
        "This long query was searched for any of its words, the articles with the most and rarest of them first (mode=any).";

    private readonly IndexHost _host;
    private readonly SearchOptions _options;
    private readonly QueryBuilder _queries;
    private readonly SearchRequestValidator _validator;
    private readonly QueryBudget _budget;
    private readonly FacetReport _facets;
    private readonly Extraction.Gazetteer? _gazetteer;
    private readonly Linking.Corroboration.NewsSynonyms _synonyms;

    public ArticleSearcher(IndexHost host, IOptions<SearchOptions> options)
        : this(host, options.Value, TextAnalysis.Default)
    {
    }

    /// <summary>
    /// A searcher whose facet value search also matches the gazetteer's aliases of each value, and whose capitalised words find
    /// an entity's other names when they name a known entity (<see cref="QueryBuilder.Gazetteer"/>).
    /// </summary>
    public ArticleSearcher(IndexHost host, IOptions<SearchOptions> options, Extraction.Gazetteer gazetteer)
        : this(host, options.Value, TextAnalysis.Default, gazetteer)
    {
        _facets = new FacetReport(options.Value, new FacetValueNames(gazetteer));
        _gazetteer = gazetteer;
    }

    /// <summary>A searcher whose queries are analyzed as the index was (the ranking evaluation varies the analysis).</summary>
    internal ArticleSearcher(IndexHost host, SearchOptions options, TextAnalysis analysis, Extraction.Gazetteer? gazetteer = null)
    {
        _host = host;
        _options = options;
        _queries = new QueryBuilder(_options, analysis) { Gazetteer = gazetteer };
        _validator = new SearchRequestValidator(_options);
        _budget = new QueryBudget(_options);
        _facets = new FacetReport(_options, new FacetValueNames(null));
        // Stemmed as the queries are: the ranking evaluation varies the analysis.
        using var stems = new NewsAnalyzer(analysis);
        _synonyms = _options.NewsSynonyms ? Linking.Corroboration.NewsSynonyms.Load(stems) : Linking.Corroboration.NewsSynonyms.None;
    }

    public SearchRequestValidator Validator => _validator;

    /// <exception cref="InvalidSearchRequestException">The request breaks a rule of <see cref="SearchRequestValidator"/>.</exception>
    public SearchResult Search(SearchRequest request)
    {
        var errors = _validator.Validate(request);
        if (errors.Count > 0) throw new InvalidSearchRequestException(errors);
        var clock = Stopwatch.StartNew();
        var mode = QueryModes.For(request.Query, request.Mode, _options.MaxQueryLength);
        using var lease = _host.Acquire();
        var searcher = lease.Searcher;
        var (text, namesNotice) = _queries.WithNames(request.Query, searcher.IndexReader);
        var (query, notice) = _queries.Build(text, mode, searcher.IndexReader);
        notice ??= namesNotice;
        if (QueryModes.ChosenForLength(request.Mode, mode)) notice = notice == null ? LongQueryNotice : $"{LongQueryNotice} {notice}";
        // With nothing to rank by (no query, or exclusions only: every score alike), the newest come first.
        var sort = request.Sort == SortOrder.Relevance && (!request.HasQuery || QueryBuilder.RanksNothing(query)) ? SortOrder.Newest : request.Sort;

        request = _facets.Resolve(request, lease.Ordinals); // source=cnn is CNN
        _budget.Check(query, searcher.IndexReader);
        // The terms are extracted only when used: a prefix expands against the index.
        bool mayExpand = _options.Feedback && sort == SortOrder.Relevance && RelevanceFeedback.MayApply(query, _options);
        var terms = request.Snippets || mayExpand
            ? QueryTerms.Extract(query, searcher.IndexReader, ArticleFields.DefaultSearchFields, ArticleFields.Body)
            : QueryTerms.None;
        bool fedBack = mayExpand && RelevanceFeedback.Applies(query, terms, _options);
        var typed = query;
        if (fedBack) query = _queries.Expand(searcher, query);
        // Synonyms widen the words typed and those feedback added; only the words typed and their synonyms are marked.
        var synonyms = new SynonymExpansion(_synonyms, searcher.IndexReader);
        var widened = synonyms.Expand(typed, TextFields);
        if (synonyms.Widened)
        {
            query = fedBack ? synonyms.Expand(query, TextFields) : widened;
            if (request.Snippets) terms = QueryTerms.Extract(widened, searcher.IndexReader, ArticleFields.DefaultSearchFields, ArticleFields.Body);
        }
        if (_options.ProximityScored) query = Proximity.Rewarded(query, ArticleFields.Body);
        var filters = RequestFilters.Of(request, lease.Ordinals);
        var dimensions = FacetReport.DimensionsFor(request, filters);
        ITopDocsCollector Ranking(int wanted) => sort == SortOrder.Relevance
            ? TopScoreDocCollector.Create(wanted, false)
            : TopFieldCollector.Create(DateSort(sort), wanted, false, true, true, false);
        var rewritten = QueryBudget.Rewritten(searcher, query); // run alike however often grouping reads further
        void Run(ICollector into) => QueryBudget.Search(searcher, ArticlesOnly.Only(rewritten), into);

        // Grouping copies reads far beyond the requested page at once, so the page stays full when hits fold into others: a
        // longer ranking costs little more to collect, while reading further later runs the search again.
        int needed = request.Page * request.Size;
        int wanted = request.GroupCopies ? FurtherReading.FirstRead(needed, request.Size, _options.MaxResultWindow) : needed;
        var top = Ranking(wanted);
        using var collector = new FacetCountsCollector(lease.Ordinals, dimensions, filters, top);
        Run(collector);

        // A further read of the ranking for grouping: the filters without the facet counts.
        ScoreDoc[] RankedTo(int further)
        {
            var ranking = Ranking(further);
            using (var again = new FacetCountsCollector(lease.Ordinals, FacetReport.DimensionsFor(filters), filters, ranking))
                Run(again);
            return ranking.GetTopDocs().ScoreDocs;
        }
        var groups = request.GroupCopies
            ? CopyGroups.Fill(searcher, top.GetTopDocs().ScoreDocs, collector.TotalHits, needed + 1, _options.MaxResultWindow, RankedTo) // one past: is there a next page?
            : null;
        var (page, copies) = groups != null
            ? groups.Page(searcher, request.Page, request.Size)
            : (top.GetTopDocs((request.Page - 1) * request.Size, request.Size).ScoreDocs, []);
        var asked = AskedEntities.Of(request, query, _gazetteer, searcher.IndexReader);
        // One offsets reader for the page: its enumerators are reused from hit to hit.
        var offsets = TermOffsetsReader.For(searcher.IndexReader, terms);
        var fields = new HitFields(searcher);
        var hits = !request.HitFields ? page.Select(ScoreOnly).ToList() : page.Select(d => (asked.IsEmpty || !request.Snippets
                ? (request.Snippets ? ToHit(searcher, d, terms, offsets) : ListedHit(fields, d))
                : ToHit(searcher, d, WithMentions(searcher, d.Doc, terms, asked), null))
            with { Published = fields.Published(d.Doc), Copies = copies.GetValueOrDefault(d.Doc).Listed ?? [], CopyCount = copies.GetValueOrDefault(d.Doc).Count }).ToList();
        if (collector.TotalHits == 0) notice ??= ResultNotices.WhyNothing(request, typed, searcher.IndexReader);
        var spelled = collector.TotalHits == 0 && notice == null ? SpellingSuggestion.For(request.Query, typed, searcher.IndexReader, _queries.TypedWords(text)) : null;
        notice ??= spelled?.Notice;
        notice = FacetValueNames.UnknownValuesNotice(request, lease.Ordinals) is { } unknown ? Joined(unknown, notice) : notice;
        bool hasNext = groups != null ? groups.Count > needed && needed < _options.MaxResultWindow : request.Page * request.Size < Math.Min(collector.TotalHits, _options.MaxResultWindow);
        if (hits.Count == 0 && collector.TotalHits > 0 && request.Page > 1)
            notice ??= groups?.PastTheLastPage(request.Page, request.Size, collector.TotalHits) ?? ResultNotices.PastTheLastPage(request, collector.TotalHits);
        else if (hits.Count > 0 && !hasNext && collector.TotalHits > _options.MaxResultWindow)
            notice ??= ResultNotices.LastReachablePage(_options.MaxResultWindow, collector.TotalHits, "results");
        var offer = FilterSuggestions.For(request, lease.Ordinals, FilterSuggestions.CountsOf(collector));
        return new SearchResult(request.Query ?? "", FilterSuggestions.Ending(notice, offer), collector.TotalHits, clock.ElapsedMilliseconds,
            request.Page, request.Size, sort, hits, _facets.Counts(collector, request))
        {
            Histogram = FacetReport.Histogram(collector, request),
            Stories = groups?.Stories(collector.TotalHits),
            Synonyms = synonyms.FoundWords(_queries.TypedWords(text)),
            DidYouMean = spelled?.Query,
            ResultWindow = _options.MaxResultWindow,
            // Past the result window, the stories of the hits within it are the pages paging reaches: "Go to the last page" led
            // to page 100 of a window whose stories made 98.
            ReachableStories = groups != null && groups.Read >= Math.Min(collector.TotalHits, _options.MaxResultWindow) ? groups.Count : null,
            PageCountIsExact = groups == null || groups.Read >= Math.Min(collector.TotalHits, _options.MaxResultWindow),
            Suggestions = offer,
            HasNextPage = hasNext,
        };
    }

    private static SearchHit ScoreOnly(ScoreDoc scoreDoc) => new("", "", "", null, null, float.IsNaN(scoreDoc.Score) ? 0 : scoreDoc.Score, []);

    // A hit without snippets: what the result list shows, from doc values.
    private static SearchHit ListedHit(HitFields fields, ScoreDoc scoreDoc)
    {
        var (id, title, source, day) = fields.Of(scoreDoc.Doc);
        return new SearchHit(id, title, System.Net.WebUtility.HtmlEncode(title), source, IndexedDay.Parse(day), float.IsNaN(scoreDoc.Score) ? 0 : scoreDoc.Score, [])
        {
            Published = fields.Published(scoreDoc.Doc),
        };
    }

    private SearchHit ToHit(IndexSearcher searcher, ScoreDoc scoreDoc, QueryTerms terms, TermOffsetsReader? offsets)
    {
        var stored = searcher.Doc(scoreDoc.Doc, StoredForHits);
        string title = stored.Get(ArticleFields.Title);
        string body = stored.Get(ArticleFields.Body) ?? "";
        offsets ??= TermOffsetsReader.For(searcher.IndexReader, terms);
        var bodyMatches = offsets.Read(scoreDoc.Doc, ArticleFields.Body, Highlighter.MaxScanChars);
        var snippets = Highlighter.Snippets(body, bodyMatches, _options.SnippetsPerHit, terms.Weight);
        if (snippets.Count > 0)
        {
            var anchors = Linking.Passages.ArticlePassages.ParagraphAnchors(body, snippets.Max(s => s.Paragraph));
            snippets = snippets.Select(s => s with { Anchor = anchors[s.Paragraph - 1] }).ToList();
        }
        string titleHtml = Highlighter.MarkWhole(title, TitleMatches(offsets.Read(scoreDoc.Doc, ArticleFields.Title), title, body, bodyMatches));
        return new SearchHit(stored.Get(ArticleFields.Id), title, titleHtml, stored.Get(ArticleFields.Source),
            IndexedDay.Parse(stored.Get(ArticleFields.Day)), float.IsNaN(scoreDoc.Score) ? 0 : scoreDoc.Score, snippets);
    }

    // A search by entity (a filter, or person:…) marks where this article names it, in every spelling it used.
    private QueryTerms WithMentions(IndexSearcher searcher, int doc, QueryTerms terms, AskedEntities asked)
    {
        var metadata = ArticleMetadata.FromJson(searcher.Doc(doc, MetadataOnly).Get(ArticleFields.Metadata));
        return terms.With(_queries.MentionPhrases(asked, metadata.Entities));
    }

    /// <summary>Two notices, the one that explains an empty page first: "baker" named no person, and "odkb" was read as a name.</summary>
    internal static string Joined(string first, string? then) => then == null ? first : first + " " + then;

    /// <summary>
    /// The request with each filter value named as its facet names it (<c>source=afp</c> is Agence France-Presse, <c>person=azirbek</c>
    /// Saltanat Azirbek), so that a page's links and chips use the value the facet shows: its box, selected through the alias,
    /// linked to the alias plus the value and could not be unchecked.
    /// </summary>
    public SearchRequest WithValuesNamed(SearchRequest request)
    {
        if (request.Filters.Count == 0 && request.Exclusions.Count == 0) return request;
        using var lease = _host.Acquire();
        return _facets.Resolve(request, lease.Ordinals);
    }

    /// <summary>The marks of a title: its own, or, for a title taken from the lead (not indexed apart, as its words would count twice), the lead's.</summary>
    internal static IReadOnlyList<TermMatch> TitleMatches(IReadOnlyList<TermMatch> own, string title, string body, IReadOnlyList<TermMatch> bodyMatches)
    {
        if (own.Count > 0) return own;
        string lead = title.TrimEnd('…');
        return body.StartsWith(lead, StringComparison.Ordinal) ? bodyMatches.Where(m => m.End <= lead.Length).ToList() : [];
    }

    // Undated articles go last in both orders. Within a day, the hour orders the articles that give it, before those that do
    // not; relevance orders the rest.
    private static Sort DateSort(SortOrder order)
    {
        bool newest = order == SortOrder.Newest;
        var byDate = new SortField(ArticleFields.Date, SortFieldType.INT32, newest);
        byDate.SetMissingValue(newest ? int.MinValue : int.MaxValue);
        var byHour = new SortField(ArticleFields.Published, SortFieldType.INT64, newest);
        byHour.SetMissingValue(newest ? long.MinValue : long.MaxValue);
        return new Sort(byDate, byHour, SortField.FIELD_SCORE, SortField.FIELD_DOC);
    }

    public void Dispose() => _queries.Dispose();
}
