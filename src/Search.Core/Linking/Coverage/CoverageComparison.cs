using Microsoft.Extensions.Options;
using Search.Core.Facets;
using Search.Core.Linking.Passages;
using Search.Core.Search;

namespace Search.Core.Linking.Coverage;

/// <summary>One outlet's coverage of a query: its best passage and how many of its passages match.</summary>
public sealed record OutletCoverage(string Outlet, PassageHit Best, int Passages)
{
    /// <summary>
    /// The outlet listed before this one whose best passage is the same text, word for word: an agency's paragraph that both
    /// printed is one source, not two.
    /// </summary>
    public string? WordForWordAs { get; init; }
}

/// <summary>
/// Who reported it, and how: the best <see cref="SearchOptions.MaxPageSize"/> reporting outlets, each with its best passage,
/// best first or by date; how many more outlets report it; the outlets whose articles never match; and how many articles
/// of no outlet never match.
/// </summary>
public sealed record Coverage(string Query, IReadOnlyList<OutletCoverage> Reporting, int MoreReporting, IReadOnlyList<string> Silent, int SilentUnnamed)
{
    /// <summary>The counts that the outlets' passages shown give differently ("13" killed against "at least eight").</summary>
    public IReadOnlyList<FigureDisagreement> FiguresDiffer { get; init; } = [];

    /// <summary>How the query was read, when not as typed (a long text searched for any of its words; syntax not understood); else null.</summary>
    public string? Notice { get; init; }

    /// <summary>The values offered for filter values that name none, which the notice ends with; else null.</summary>
    public FilterSuggestions? Suggestions { get; init; }

    /// <summary>The news synonyms searched as well as the words typed, that some passage holds ("decapitated" for beheaded).</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>The matching passages counted by outlet, person, organization, place and day; empty without facets.</summary>
    public IReadOnlyList<FacetCounts> Facets { get; init; } = [];

    /// <summary>The matching passages over time; empty without facets.</summary>
    public DateHistogram Histogram { get; init; } = DateHistogram.Empty;

    /// <summary>
    /// The outlets with no matching passage whose articles the article search finds all the same: the words are spread over
    /// paragraphs, in a title, or the article is tagged with a name it does not write. They are not silent.
    /// </summary>
    public IReadOnlyList<string> Apart { get; init; } = [];

    /// <summary>
    /// The outlets left out of a pasted text's view because their best passage holds only a few of its words, scoring under
    /// <see cref="CoverageComparison.FaintShare"/> of the best (a text searched for any of its words for its length).
    /// </summary>
    public int Faint { get; init; }

    /// <summary>How many articles of unknown source are such articles.</summary>
    public int ApartUnnamed { get; init; }

    /// <summary>
    /// The silent articles of unknown source themselves, when there are few (<see cref="CoverageComparison.MostNamedUnknown"/>)
    /// and the query has no clause of its own on articles; else empty, and <see cref="SilentUnnamed"/> counts them.
    /// </summary>
    public IReadOnlyList<SearchHit> SilentUnnamedArticles { get; init; } = [];
}

/// <summary>
/// The side-by-side view of a query (<c>/compare</c>): the best passage of every outlet that has one, and the outlets among
/// the filtered articles that have no matching passage.
/// </summary>
/// <remarks>
/// Its cost is one pass over the query's matching passages (no more than a facet count), the stored articles of the outlets
/// shown (read twice: for the passages, then for their figures), and one facet count of the filtered articles.
/// </remarks>
public sealed class CoverageComparison(PassageSearcher passages, ArticleSearcher articles, FigureComparison figures, IOptions<SearchOptions> options)
{
    public const string UnknownOutlet = "Unknown source";

    /// <exception cref="InvalidSearchRequestException">The request breaks a rule.</exception>
    public Coverage Compare(SearchRequest request)
    {
        // Copies apart: an agency paragraph republished by ten outlets is ten outlets reporting it. Articles of unknown source
        // may be from as many outlets: each stands alone rather than merge into one column.
        var found = passages.ByOutlet(request, options.Value.MaxPageSize);
        var reporting = found.Outlets.Select(o => new OutletCoverage(o.Best.Source ?? UnknownOutlet, o.Best, o.Passages)).ToList();
        // A pasted text is searched for any of its words: an outlet whose best passage scores under a share of the best one's
        // has a few common words of it ("closed", "billion"), and reports nothing of it. A pasted wire sentence had 78 cards, 73
        // of them such (an eighth QA pass). They are counted, neither shown nor called silent.
        int faint = 0;
        bool pasted = QueryModes.ChosenForLength(request.Mode, QueryModes.For(request.Query, request.Mode, options.Value.MaxQueryLength));
        if (reporting.Count > 1 && pasted)
        {
            float floor = FaintShare * reporting.Max(o => o.Best.Score);
            faint = reporting.Count(o => o.Best.Score < floor);
            reporting = reporting.Where(o => o.Best.Score >= floor).ToList();
        }
        var window = CoverageDays.Window(request, reporting);
        reporting = InTheWindow(window, request, reporting);
        // A pasted text states one fact of one story: a card of another day is another story's passage that shares its words ("The
        // injured were taken to hospitals in Quillabamba and Cusco" showed a minibus in Cajamarca and a quake in Kunar, a ninth QA
        // pass). It is counted as faint.
        if (pasted && !ReferenceEquals(window, request))
        {
            int before = reporting.Count;
            reporting = reporting.Where(o => !CoverageDays.OutOf(window, o)).ToList();
            faint += before - reporting.Count;
        }
        reporting = WordForWord(Ordered(reporting, request.Sort));
        var all = OutletsOf(window with { Query = null, Mode = null });
        // The outlet counts are drill-sideways (they ignore the outlet filter), so only the outlets the filter keeps count.
        bool narrowed = request.FilterValues(FacetDimension.Source.Name).Count > 0;
        var outlets = all.FacetsOf(FacetDimension.Source.Name).Values.Where(v => v.Count > 0 && !v.Excluded && (!narrowed || v.Selected)).ToList();
        // An outlet the query itself leaves out (killed -source:cnn, killed source:afp) did not stay silent: it is out of view.
        var inView = found.InView;
        var unmatched = outlets.Where(v => !v.Missing && !found.Named.Contains(v.Value) && (inView == null || inView.Outlets.Contains(v.Value)))
            .Select(v => v.Value).Order(StringComparer.Ordinal).ToList();
        int unnamed = outlets.Where(v => v.Missing).Sum(v => inView == null ? v.Count : Math.Min(v.Count, inView.Unnamed));
        unnamed = Math.Max(0, unnamed - found.UnnamedArticles);
        // An outlet whose articles the article search finds is no silent one: "Almaty airport" over two paragraphs of dpa's, or
        // "dead" in an outlet that wrote "killed" in another paragraph than "Almaty". The search page counts the same articles.
        List<string> apart = [];
        int apartUnnamed = 0, undatedApartUnnamed = 0;
        if (found.Searched && request.HasQuery && (unmatched.Count > 0 || unnamed > 0))
        {
            var withWords = OutletsOf(window).FacetsOf(FacetDimension.Source.Name).Values.Where(v => v.Count > 0).ToList();
            apart = unmatched.Where(o => withWords.Any(v => !v.Missing && v.Value == o)).ToList();
            apartUnnamed = Math.Min(unnamed, Math.Max(0, withWords.Where(v => v.Missing).Sum(v => v.Count) - found.UnnamedArticles));
        }
        // An undated article is out of the window's days, and so of silence, but one the article search finds wrote of it: the
        // undated CNN seed, which writes of troops and of Almaty in two paragraphs, was in no list of "troops Almaty".
        if (found.Searched && request.HasQuery && !ReferenceEquals(window, request))
        {
            var undated = OutletsOf(request with { Filters = new Dictionary<string, IReadOnlyList<string>>(request.Filters) { [FacetDimension.Date.Name] = [FacetValue.MissingValue] } })
                .FacetsOf(FacetDimension.Source.Name).Values.Where(v => v.Count > 0 && !v.Excluded && (!narrowed || v.Selected)).ToList();
            apart = [.. apart.Union(undated.Where(v => !v.Missing && !found.Named.Contains(v.Value) && (inView == null || inView.Outlets.Contains(v.Value)))
                .Select(v => v.Value)).Order(StringComparer.Ordinal)];
            int undatedShown = reporting.Count(o => o.Best.Source == null && o.Best.Date == null);
            undatedApartUnnamed = Math.Max(0, undated.Where(v => v.Missing).Sum(v => v.Count) - undatedShown);
        }
        // With no outlet reporting it and no dates or outlets asked, every outlet of the archive is silent: naming them all (82
        // over the seeds and the blind sets, 2022's among 2026's) says no more than "no outlet has a passage that matches".
        bool everyOutlet = reporting.Count == 0 && !narrowed && request.From == null && request.To == null
            && request.FilterValues(FacetDimension.Date.Name).Count == 0;
        var silent = found.Searched && !everyOutlet ? unmatched.Except(apart).ToList() : [];
        int silentUnnamed = found.Searched && !everyOutlet ? unnamed - apartUnnamed : 0;
        return new Coverage(found.Query, reporting, found.NotShown, silent, silentUnnamed)
        {
            Apart = apart,
            ApartUnnamed = apartUnnamed + undatedApartUnnamed,
            SilentUnnamedArticles = silentUnnamed is > 0 and <= MostNamedUnknown && found.InView == null && request.HasQuery
                ? SilentUnknown(window, reporting, silentUnnamed, apartUnnamed) : [],
            FiguresDiffer = figures.Among(reporting.Select(o => (o.Best.ArticleId, o.Best.Number)).ToList()),
            Notice = found.Notice,
            Suggestions = found.Suggestions,
            Synonyms = found.Synonyms,
            Faint = faint,
            Facets = found.Facets,
            Histogram = found.Histogram,
        };
    }

    // An outlet's card from another story than the one most cards tell: "Carlos Benavides" showed AFP's report of a crash in
    // October beside the others' of the crash in August, which AFP reported too (a ninth QA pass). Its best passage within the
    // days of the coverage shown is its card, where it has one.
    private List<OutletCoverage> InTheWindow(SearchRequest window, SearchRequest request, List<OutletCoverage> reporting)
    {
        bool Outside(OutletCoverage o) => o.Best.Source != null && CoverageDays.OutOf(window, o);
        if (ReferenceEquals(window, request) || !reporting.Any(Outside)) return reporting;
        var within = passages.ByOutlet(window, options.Value.MaxPageSize).Outlets.Where(o => o.Best.Source != null)
            .ToDictionary(o => o.Best.Source!, StringComparer.Ordinal);
        return reporting.Select(o => Outside(o) && within.TryGetValue(o.Best.Source!, out var there) ? o with { Best = there.Best, Passages = there.Passages } : o)
            .OrderByDescending(o => o.Best.Score).ToList();
    }

    // The outlet listed before (in the order shown) whose best passage is the same text, word for word.
    private static List<OutletCoverage> WordForWord(List<OutletCoverage> reporting)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal); // a passage's text (its anchor) → the first outlet showing it
        return reporting.Select(o => o.Best.Anchor.Length > 0 && PassageAnchor.Unrepeated(o.Best.Anchor) is var text && !first.TryAdd(text, o.Outlet)
            ? o with { WordForWordAs = first[text] } : o).ToList();
    }

    // Dated cards by the date of the passage shown, when asked: who reported it first. Within a day, the hour orders the outlets
    // that give it, before those that do not. Undated ones come last, and ties keep the best first.
    private static List<OutletCoverage> Ordered(List<OutletCoverage> reporting, SortOrder sort) => sort switch
    {
        SortOrder.Oldest => [.. reporting.OrderBy(o => o.Best.Date ?? DateOnly.MaxValue).ThenBy(o => o.Best.Published?.UtcTicks ?? long.MaxValue)],
        SortOrder.Newest => [.. reporting.OrderByDescending(o => o.Best.Date ?? DateOnly.MinValue).ThenByDescending(o => o.Best.Published?.UtcTicks ?? long.MinValue)],
        _ => reporting,
    };

    /// <summary>
    /// The share of the best card's score under which an outlet's best passage of a pasted text is faint: over the QA pass's
    /// pasted sentence the five reports scored 0.48 to 1 of the best, the next card 0.18.
    /// </summary>
    public const float FaintShare = 0.25f;

    /// <summary>At most this many silent articles of unknown source are named; more are counted.</summary>
    public const int MostNamedUnknown = 10;

    // "1 article of unknown source" said nothing of which: two seeds have no outlet. The articles of unknown source in view,
    // less those a card shows and those the article search finds; only when every such card is shown, so none is left out.
    private List<SearchHit> SilentUnknown(SearchRequest request, List<OutletCoverage> reporting, int silent, int apart)
    {
        var shown = reporting.Where(r => r.Best.Source == null).Select(r => r.Best.ArticleId).ToHashSet(StringComparer.Ordinal);
        int inView = silent + apart + shown.Count;
        if (inView > options.Value.MaxPageSize) return [];
        var unknown = request with
        {
            Filters = new Dictionary<string, IReadOnlyList<string>>(request.Filters) { [FacetDimension.Source.Name] = [FacetValue.MissingValue] },
            Page = 1, Size = inView, Snippets = false, Facets = false, GroupCopies = false, Sort = SortOrder.Newest,
        };
        var found = apart == 0 ? [] : articles.Search(unknown with { Size = apart + shown.Count }).Hits.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        var all = articles.Search(unknown with { Query = null, Mode = null }).Hits;
        var named = all.Where(h => !shown.Contains(h.Id) && !found.Contains(h.Id)).ToList();
        return named.Count == silent ? named : []; // counted otherwise (a copy folded, a hit past the page): say the count alone
    }

    // The articles the request finds, counted by outlet (every outlet, drill-sideways), with no hit read. By date, so no relevance
    // feedback runs: it adds optional words, which change the ranking but not which articles match, and cost a paste a second.
    private SearchResult OutletsOf(SearchRequest request) => articles.Search(request with
    {
        Page = 1, Size = 1, Snippets = false, HitFields = false, GroupCopies = false, Sort = SortOrder.Newest, Facets = true,
        FacetLimits = new Dictionary<string, int> { [FacetDimension.Source.Name] = options.Value.MaxFacetValues },
    });
}
