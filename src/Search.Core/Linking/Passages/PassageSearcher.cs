using Lucene.Net.Search;
using Microsoft.Extensions.Options;
using Search.Core.Facets;
using Search.Core.Highlighting;
using Search.Core.Indexing;
using Search.Core.Search;
using Search.Core.Indexing.Documents;
using Search.Core.Linking.Related;

namespace Search.Core.Linking.Passages;

/// <summary>
/// Searches the passage documents (<c>GET /api/passages</c>, and the side-by-side view): the query's
/// words, each with its news synonyms, on each paragraph's text, ranked by BM25, with the same filters
/// as an article search. The copies of one paragraph (the same text in several articles, as when outlets republish an agency
/// story) fold under the best of them, unless the request lists copies apart (<see cref="SearchRequest.GroupCopies"/>).
/// </summary>
/// <remarks>Singleton; thread-safe.</remarks>
public sealed class PassageSearcher : IDisposable
{
    /// <summary>
    /// How many characters of article bodies grouping copies reads before it stops reading further down the ranking
    /// (about 25,000 news stories): it bounds the cost when the copies of a few paragraphs make up thousands of hits.
    /// </summary>
    public const long MaxCharsRead = 20_000_000;

    public const string LongQueryNotice =
        "This long query was searched for any of its words, the passages with the most and rarest of them first (mode=any).";

    /// <summary>A word excluded on passages leaves out a paragraph, where on articles it leaves out the article: said, as the counts differ.</summary>
    public const string ExcludedWordsNotice =
        "An excluded word leaves out the paragraphs that hold it, not their articles: another paragraph of the same article may be listed. Search articles to leave out whole articles.";

    private readonly IndexHost _host;
    private readonly QueryBuilder _queries;
    private readonly SearchRequestValidator _validator;
    private readonly QueryBudget _budget;
    // Per field: the passage text as the body, entity names as the entity fields (EntityNamePhrases reads both).
    private readonly Lucene.Net.Analysis.Analyzer _analyzer = Analysis.ArticleAnalyzer.Create();
    private readonly Corroboration.NewsSynonyms _synonyms;
    private readonly SearchOptions _options;
    private readonly FacetReport _facets;
    private readonly EntityNamePhrases? _names;
    private readonly PassageNotices _notices;

    /// <param name="gazetteer">
    /// Lets a facet's search box match the aliases of each value, and a typed alias find the entity's other names in the
    /// passages, as the article search's do.
    /// </param>
    public PassageSearcher(IndexHost host, IOptions<SearchOptions> options, Extraction.Gazetteer? gazetteer = null)
    {
        _host = host;
        _options = options.Value;
        _facets = new FacetReport(options.Value, new FacetValueNames(gazetteer));
        _queries = new QueryBuilder(options.Value) { Gazetteer = gazetteer };
        _validator = new SearchRequestValidator(options.Value);
        _budget = new QueryBudget(options.Value);
        _synonyms = Corroboration.NewsSynonyms.Load(_analyzer);
        _names = gazetteer == null ? null : new EntityNamePhrases(gazetteer, _analyzer);
        _notices = new PassageNotices(_options.NewsSynonyms ? _synonyms : Corroboration.NewsSynonyms.None);
    }

    /// <summary>
    /// The request's page of passages, with their facets (its query, filters, page, size and facets), ranked by relevance or
    /// ordered by their article's date and hour.
    /// </summary>
    /// <exception cref="InvalidSearchRequestException">The request breaks a rule, or searches a field passages do not have.</exception>
    public PassageResult Search(SearchRequest request)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var lease = _host.Acquire();
        var searcher = lease.Searcher;
        request = _facets.Resolve(request, lease.Ordinals); // source=cnn is CNN
        var (query, terms, filters, notice, articleQuery, synonyms, excludesWords, _) = Prepare(request, searcher, lease.Ordinals);
        // Any order: the collectors below do not need documents in order (see FacetCountsCollector.AcceptsDocsOutOfOrder).
        // Grouping copies reads far beyond the requested page at once, as the article search does, so the page stays full when
        // hits fold into others without running the search again.
        int needed = request.Page * request.Size;
        bool byRelevance = request.Sort == SortOrder.Relevance;
        ITopDocsCollector Ranking(int wanted) => byRelevance
            ? TopScoreDocCollector.Create(wanted, docsScoredInOrder: false)
            : TopFieldCollector.Create(PassageDateSort.For(request.Sort), wanted, false, true, true, false);
        var top = Ranking(request.GroupCopies ? FurtherReading.FirstRead(needed, request.Size, _options.MaxResultWindow) : needed);
        using var collector = new FacetCountsCollector(lease.Ordinals, FacetReport.DimensionsFor(request, filters), filters, top);
        QueryBudget.Search(searcher, query, collector);
        ScoreDoc[] RankedTo(int further)
        {
            var ranking = Ranking(further);
            using (var again = new FacetCountsCollector(lease.Ordinals, FacetReport.DimensionsFor(filters), filters, ranking))
                QueryBudget.Search(searcher, query, again);
            return ranking.GetTopDocs().ScoreDocs;
        }

        var articles = new PassageArticles(searcher);
        List<List<LocatedPassage>> Groups(ScoreDoc[] ranked) => ranked.Select(articles.Locate).GroupBy(l => l.CopyKey).Select(g => g.ToList()).ToList();
        // Copies of one paragraph score alike (the same words, the same length), so the copies of the page's last hit are all
        // read once a lower score is. Hits that all tie (an empty query) are read only so far, and bodies only to a bound. By
        // date, copies lie apart (each on its article's day), so the page's copies are counted as far as that bound reads.
        // One group past the page is read as well, so the page knows whether a next one holds a hit.
        bool Enough(List<List<LocatedPassage>> groups, ScoreDoc[] ranked) => articles.CharsRead >= MaxCharsRead || (groups.Count > needed
            && ((byRelevance && ranked[^1].Score < groups[needed - 1][0].Hit.Score) || ranked.Length >= Math.Max(256, needed * 32)));
        // Read to the page's end or to the last hit: a page short of its end holds the last group.
        var read = request.GroupCopies
            ? FurtherReading.Until(top.GetTopDocs().ScoreDocs, collector.TotalHits, _options.MaxResultWindow, RankedTo, Groups, Enough, groups => (double)groups.Count / needed)
            : null;
        var page = read != null
            ? read.Skip((request.Page - 1) * request.Size).Take(request.Size).ToList()
            : top.GetTopDocs((request.Page - 1) * request.Size, request.Size).ScoreDocs.Select(d => new List<LocatedPassage> { articles.Locate(d) }).ToList();
        int reachable = Math.Min(collector.TotalHits, _options.MaxResultWindow);
        bool readAll = read == null || read.Sum(g => g.Count) >= reachable;
        int lastPage = Math.Max(1, ((read?.Count ?? reachable) + request.Size - 1) / request.Size);
        var hits = page.Select(group => Hit(searcher, group[0], articles, terms) with
        {
            Copies = group.Skip(1).Take(CopyGroups.MaxListed).Select(c => c.Copy()).ToList(),
            CopyCount = group.Count - 1,
        }).ToList();
        notice = _notices.WhyEmpty(notice, request, searcher, lease.Ordinals, articleQuery, filters, found: collector.TotalHits > 0, _queries.TypedWords(request.Query));
        // Said, as the article search says it: an empty page past the end is not "no passage matches".
        if (hits.Count == 0 && collector.TotalHits > 0 && request.Page > 1)
            notice ??= collector.TotalHits > _options.MaxResultWindow
                ? $"Page {request.Page} is past the last page the first {_options.MaxResultWindow:N0} of the {collector.TotalHits:N0} passages that match make once copies of one paragraph are folded (page {lastPage}); narrow the search to see further."
                : $"Page {request.Page} is past the last page of the passages that match ({collector.TotalHits:N0}, copies included); the last is page {lastPage}.";
        // A read stopped short (an empty query's ties, the bound on text read) with the page just full may leave hits beyond.
        bool hasNext = read != null ? read.Count > needed || (read.Count == needed && !readAll) : needed < reachable;
        if (hits.Count > 0 && !hasNext && collector.TotalHits > _options.MaxResultWindow)
            notice ??= ResultNotices.LastReachablePage(_options.MaxResultWindow, collector.TotalHits, "passages that match");
        if (excludesWords) notice ??= ExcludedWordsNotice; // last: why nothing matches says more
        notice = PassageNotices.WithUnknownValues(notice, request, lease.Ordinals);
        var offer = FilterSuggestions.For(request, lease.Ordinals, FilterSuggestions.CountsOf(collector));
        return new PassageResult(request.Query ?? "", collector.TotalHits, hits)
        {
            Notice = FilterSuggestions.Ending(notice, offer),
            Suggestions = offer,
            Facets = _facets.Counts(collector, request),
            Histogram = FacetReport.Histogram(collector, request),
            ResultWindow = _options.MaxResultWindow,
            PageCount = reachable == 0 ? 0 : readAll ? lastPage : Math.Max(lastPage, (reachable + request.Size - 1) / request.Size),
            PageCountIsExact = readAll,
            HasNextPage = hasNext,
            Synonyms = synonyms,
            TookMs = clock.ElapsedMilliseconds,
        };
    }

    /// <summary>
    /// Each outlet's best passage for the request's query (its filters apply; page, size and sort do not), with how many of
    /// its passages match, best outlet first: every outlet with a matching passage counts, however many passages of others
    /// rank above its best. An article of no outlet stands alone. The best <paramref name="maxOutlets"/> are shown.
    /// </summary>
    /// <exception cref="InvalidSearchRequestException">The request breaks a rule, or searches a field passages do not have.</exception>
    public OutletPassages ByOutlet(SearchRequest request, int maxOutlets)
    {
        using var lease = _host.Acquire();
        var searcher = lease.Searcher;
        request = _facets.Resolve(request, lease.Ordinals); // source=cnn is CNN
        var (query, terms, filters, notice, articleQuery, synonyms, excludesWords, ofArticles) = Prepare(request, searcher, lease.Ordinals);
        var outlets = new OutletBestCollector(lease.Ordinals, maxOutlets, OutletArticles.PassagesTried);
        // The passages counted by each dimension as a passage search counts them, so the view can be narrowed where it is.
        using var collector = new FacetCountsCollector(lease.Ordinals, FacetReport.DimensionsFor(request, filters), filters, outlets);
        QueryBudget.Search(searcher, query, collector);

        // Only the outlets shown are read from the stored articles.
        var named = OutletArticles.BestPassages(searcher, lease.Ordinals, outlets.Named(), outlets.Ranked(), query, RankedAsArticles(articleQuery, searcher), filters);
        var best = named.Values.Select(b => (Best: b, Named: true)).Concat(outlets.Unnamed().Select(b => (Best: b, Named: false)))
            .OrderByDescending(b => b.Best.Score).ThenBy(b => b.Best.Doc).Take(maxOutlets);
        var articles = new PassageArticles(searcher);
        var shown = new List<OutletPassage>();
        foreach (var (hit, isNamed) in best)
        {
            var located = articles.Locate(new ScoreDoc(hit.Doc, hit.Score));
            int passages = !isNamed && located.Article is { } article ? outlets.PassagesOf(article.Doc, article.Paragraphs.Count) : hit.Passages;
            shown.Add(new OutletPassage(Hit(searcher, located, articles, terms), passages));
        }
        notice = _notices.WhyEmpty(notice, request, searcher, lease.Ordinals, articleQuery, filters, found: shown.Count > 0, _queries.TypedWords(request.Query));
        if (excludesWords) notice ??= ExcludedWordsNotice;
        notice = PassageNotices.WithUnknownValues(notice, request, lease.Ordinals);
        var offer = FilterSuggestions.For(request, lease.Ordinals, FilterSuggestions.CountsOf(collector));
        // A query with no word to search (the, a name in another script), or that excludes what it asks and found nothing, asked
        // nothing: no outlet can be said to be silent on it.
        bool searched = !request.HasQuery || !QueryBuilder.IsEmpty(articleQuery) && ScriptNotice.For(request.Query) == null
            && !(shown.Count == 0 && SelfContradiction.In(articleQuery));
        return new OutletPassages(request.Query ?? "", shown, named.Keys.ToHashSet(StringComparer.Ordinal), outlets.UnnamedArticles)
        {
            Searched = searched,
            Notice = FilterSuggestions.Ending(notice, offer),
            Suggestions = offer,
            Synonyms = synonyms,
            Facets = _facets.Counts(collector, request),
            Histogram = FacetReport.Histogram(collector, request),
            InView = ofArticles == null ? null : OutletArticles.InView(searcher, lease.Ordinals, ofArticles, filters),
        };
    }

    private (Query Query, QueryTerms Terms, IReadOnlyList<DimensionFilter> Filters, string? Notice, Query ArticleQuery, IReadOnlyList<string> Synonyms,
        bool ExcludesWords, Query? OfArticles) Prepare(SearchRequest request, IndexSearcher searcher, Facets.FacetOrdinals ordinals)
    {
        var errors = _validator.Validate(request);
        if (errors.Count > 0) throw new InvalidSearchRequestException(errors);
        // A pasted paragraph is searched for any of its words, as the article search does: no passage holds every word of it.
        var mode = QueryModes.For(request.Query, request.Mode, _options.MaxQueryLength);
        var (text, namesNotice) = _queries.WithNames(request.Query, searcher.IndexReader);
        var (articleQuery, notice) = _queries.Build(text, mode, searcher.IndexReader);
        notice ??= namesNotice;
        if (QueryModes.ChosenForLength(request.Mode, mode)) notice = notice == null ? LongQueryNotice : $"{LongQueryNotice} {notice}";
        var filtered = FacetDimension.ValueFiltered.Where(d => d.EntityType != null && request.FilterValues(d.Name).Count > 0)
            .Select(d => (d.Field, ordinals[d].SpellingsOf(request.FilterValues(d.Name)))).ToList();
        var (query, unsupported, synonyms, excludesWords, ofArticles) = PassageQuery.From(articleQuery, _synonyms, searcher.IndexReader, _names,
            _queries.TypedWords(text), ordinals, filtered);
        if (query == null)
            throw new InvalidSearchRequestException([new SearchError("q", $"Passages cannot be searched by the field '{unsupported}'; use the filters (source=, person=, org=, place=, from=, to=) instead.")]);
        _budget.Check(articleQuery, searcher.IndexReader);
        // The passage query's own terms, synonyms included, so "decapitated" is marked in a search for beheaded.
        var terms = QueryTerms.Extract(query, searcher.IndexReader, [PassageFields.Text], PassageFields.Text);
        // Rewritten once, so every further read of the ranking (grouping copies) scores as the first did.
        return (QueryBudget.Rewritten(searcher, query), terms, RequestFilters.Of(request, ordinals), notice, articleQuery, synonyms, excludesWords, ofArticles);
    }

    // The article query as the search page ranks it, its synonyms and its words close together rewarded, so each outlet's card
    // quotes the article the search page ranks first: on `Ghana inflation`, Bloomberg's card was its rate cut of February,
    // which the bare words ranked above its report of the month's inflation (a QA pass).
    private Query RankedAsArticles(Query articleQuery, IndexSearcher searcher)
    {
        var query = _options.NewsSynonyms ? new SynonymExpansion(_synonyms, searcher.IndexReader).Expand(articleQuery, ArticleSearcher.TextFields) : articleQuery;
        return _options.ProximityScored ? Proximity.Rewarded(query, ArticleFields.Body) : query;
    }

    // The words are marked from the body's postings within the paragraph (the passage field keeps no offsets).
    private static PassageHit Hit(IndexSearcher searcher, LocatedPassage hit, PassageArticles articles, QueryTerms terms)
    {
        if (!hit.Found) return new PassageHit(hit.ArticleId, hit.Article?.Source, hit.Article?.Date, hit.Number, "", "", Score(hit));
        var article = hit.Article!;
        string text = PassageText.Of(articles.Body(article), article.Paragraphs, hit.Number);
        var matches = TermOffsetsReader.ReadWithin(searcher.IndexReader, article.Doc, ArticleFields.Body, terms, article.Paragraphs[hit.Number - 1]);
        return new PassageHit(hit.ArticleId, article.Source, article.Date, hit.Number, hit.Anchor, Highlighter.MarkWhole(text, matches), Score(hit))
        {
            Title = article.Title,
            Published = article.Published,
        };
    }

    private static float Score(LocatedPassage hit) => float.IsNaN(hit.Hit.Score) ? 0 : hit.Hit.Score;

    public void Dispose()
    {
        _queries.Dispose();
        _analyzer.Dispose();
    }
}
