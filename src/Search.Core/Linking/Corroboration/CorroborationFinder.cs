using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;
using Search.Core.Analysis;
using Search.Core.Extraction;
using Search.Core.Facets;
using Search.Core.Indexing;
using Search.Core.Linking.Passages;
using Search.Core.Linking.Related;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// Finds, for each paragraph of an article, the passages of other outlets' articles that report the same
/// fact, and those that give a different figure for the same count. Candidates come from the passage
/// index (the paragraph's rarest words); each candidate is compared sentence by sentence on words
/// grouped by synonym, numbers, days and entities (<see cref="SentenceFeatures"/>), by the rules of <see cref="FactMatcher"/>.
/// </summary>
/// <remarks>Singleton; thread-safe. A passage never links to its own article, nor to another article of the same outlet.</remarks>
public sealed class CorroborationFinder : IDisposable
{
    private const int TermsPerQuery = 32;
    // The links a paragraph keeps. It bounds the page, the API's answer and the cached links of an article (at most
    // MaxParagraphs × 20 links). It was 12, which cut 2 links of the seeds, both judged alike.
    private const int MaxLinksPerParagraph = 20;

    private readonly IndexHost _host;
    private readonly LinkingOptions _options;
    private readonly Analyzer _analyzer = new NewsAnalyzer(TextAnalysis.Default);
    private readonly NewsSynonyms _synonyms;
    private readonly NewsEvents _events;
    private readonly NewsOpposites _opposites;
    private readonly Gazetteer _gazetteer;

    public CorroborationFinder(IndexHost host, IOptions<LinkingOptions> options, Gazetteer gazetteer)
    {
        _host = host;
        _gazetteer = gazetteer;
        _options = options.Value;
        _synonyms = _options.Synonyms ? NewsSynonyms.Load(_analyzer) : NewsSynonyms.None;
        _events = _options.Events ? NewsEvents.Load(_analyzer, _synonyms) : NewsEvents.None;
        _opposites = _options.Opposites ? NewsOpposites.Load(_analyzer, _synonyms) : NewsOpposites.None;
    }

    /// <summary>Articles whose links are kept per index snapshot, so the page and the API of one article do the work once.</summary>
    public const int CachedArticles = 1_000;

    // Per reader: a new commit brings a new reader, and with it fresh links; the old table goes with the old reader.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IndexReader, System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyDictionary<string, PassageLinks>?>> _cache = new();

    /// <summary>Each paragraph's links by its anchor, or null when no article has this id.</summary>
    public IReadOnlyDictionary<string, PassageLinks>? For(string articleId)
    {
        using var lease = _host.Acquire();
        var cache = _cache.GetValue(lease.Searcher.IndexReader, _ => new(StringComparer.Ordinal));
        if (cache.TryGetValue(articleId, out var known)) return known;
        var links = Find(lease.Searcher, articleId);
        if (cache.Count < CachedArticles) cache.TryAdd(articleId, links);
        return links;
    }

    private IReadOnlyDictionary<string, PassageLinks>? Find(IndexSearcher searcher, string articleId)
    {
        var articles = new ArticleCache(searcher);
        if (articles.Get(articleId) is not { } article) return null;

        // A copy of this article (an agency story another outlet republished) is listed apart, as "also published by"; its
        // passages would corroborate every paragraph and crowd out the outlets that reported the story themselves.
        var fingerprints = new Fingerprints(searcher.IndexReader);
        long ours = fingerprints.Of(article.Doc);
        bool IsCopy(StoredArticle other) => SimHash.AreCopies(ours, fingerprints.Of(other.Doc)); // never when either has no fingerprint
        var rarity = new PassageRarity(searcher.IndexReader);
        var features = new FeatureReader(_analyzer, _synonyms, rarity.Of, _gazetteer);
        var paragraphs = ArticlePassages.Of(article.Body).Take(_options.MaxParagraphs).ToList();
        var own = paragraphs.ToDictionary(p => p.Anchor, p => p.Sentences.Select(s => features.Read(s.Anchor, article.Body[s.Span.Start..s.Span.End], article.Entities, article.Date?.Year)).ToList());

        // Every paragraph's candidates first: the story's theme words are counted over them before any comparison.
        var candidates = new Dictionary<int, CandidatePassage?>();
        var candidatesOf = new Dictionary<string, List<CandidatePassage>>(StringComparer.Ordinal);
        foreach (var paragraph in paragraphs)
        {
            // A heading or a dateline ("CSTO in Kazakhstan", "Moscow") names a topic, not a fact, and a caption that describes its
            // picture ("Protesters participate in a rally … on January 5, 2022") what a photographer saw. A caption may state a
            // fact ("Forces … were sent into the country"), so it is linked like the story's text.
            if (NotAFact(paragraph.Text)) continue;
            var list = candidatesOf[paragraph.Anchor] = [];
            foreach (int doc in CandidateDocs(searcher, article, paragraph.Text, rarity))
            {
                if (!candidates.TryGetValue(doc, out var candidate))
                    candidates[doc] = candidate = CandidatePassage.Read(searcher, doc, article, articles, features, IsCopy);
                if (candidate != null) list.Add(candidate);
            }
        }
        var story = own.Values.Concat(candidates.Values.OfType<CandidatePassage>().Select(c => c.Sentences)).ToList();
        var words = new StoryWords(story);
        var matcher = new FactMatcher(_options, _events, _events.Themes(words, _options.ThemeShare),
            _options.PhraseCommonShare > 0 ? words.InShare(_options.PhraseCommonShare) : null, _opposites);

        var places = new EventPlaces(_gazetteer);
        var links = new Dictionary<string, PassageLinks>(StringComparer.Ordinal);
        var storyParagraphs = StoryParagraphs(candidates.Values.OfType<CandidatePassage>(), article, places, features);
        foreach (var paragraph in paragraphs)
        {
            if (!candidatesOf.TryGetValue(paragraph.Anchor, out var list))
            {
                links[paragraph.Anchor] = PassageLinks.None;
                continue;
            }
            var corroborations = new List<Corroboration>();
            var conflicts = new List<FigureConflict>();
            foreach (var candidate in list)
            {
                if (places.ElsewhereEntirely(article, candidate.Article)) continue;
                if (places.NamePlaceInCommon(article, candidate.Article))
                {
                    conflicts.AddRange(Conflicts(own[paragraph.Anchor], candidate, places.OneSite(article, candidate.Article), Apart(article, candidate.Article)));
                    // A tally's count may have grown by the next day ("extended the act to 16 municipalities"): compared on one day only.
                    if (!EventPlaces.OnOtherDays(article, candidate.Article))
                        conflicts.AddRange(matcher.TalliedDifferently(own[paragraph.Anchor], candidate.Sentences)
                            .Select(t => new FigureConflict(candidate.Link(t.Theirs), t.Mine.Counted, t.Mine.Text, t.Other.Text)));
                }
                if (matcher.Match(own[paragraph.Anchor], candidate.Sentences) is { } match)
                    corroborations.Add(new Corroboration(candidate.Link(match.Theirs), MathF.Round(match.Score, 3), match.Ours.Anchor, match.Basis)
                        { Shared = match.Ours.SharedWith(match.Theirs) });
            }
            var compared = list.Select(c => (c.Article.Id, c.Number)).ToHashSet();
            foreach (var other in storyParagraphs)
                if (!compared.Contains((other.Article.Id, other.Number)))
                    conflicts.AddRange(Conflicts(own[paragraph.Anchor], other, places.OneSite(article, other.Article), Apart(article, other.Article)));
            // One flag per passage and count, not per outlet: an outlet that gives its figure in two paragraphs is flagged
            // from each, so the flag is on both sides of every pair. And one per figure of theirs: "Thirty-nine hostages were
            // freed" was flagged twice beside one paragraph, as people rescued and as captives released (an eighth QA pass).
            links[paragraph.Anchor] = new PassageLinks(Kept(corroborations),
                conflicts.DistinctBy(c => (c.Passage.ArticleId, c.Passage.Anchor, c.Counted)).DistinctBy(c => (c.Passage.ArticleId, c.Passage.Anchor, c.Theirs)).ToList());
        }
        return links;
    }

    // Every paragraph with figures of the articles that hold two of the story's candidates or more (at most a dozen articles),
    // compared for figures alone: "a 900-million-euro write-down" and "an €850m impairment" share no two rare words, so neither
    // paragraph was the other's candidate.
    private List<CandidatePassage> StoryParagraphs(IEnumerable<CandidatePassage> candidates, StoredArticle article, EventPlaces places, FeatureReader features)
    {
        var result = new List<CandidatePassage>();
        var read = candidates.ToDictionary(c => (c.Article.Id, c.Number));
        foreach (var story in read.Values.GroupBy(c => c.Article.Id).Where(g => g.Count() >= 2).Select(g => g.First().Article).Take(MaxStoryArticles))
        {
            if (places.ElsewhereEntirely(article, story) || !places.NamePlaceInCommon(article, story)) continue;
            for (int number = 1; story.Anchor(number).Length > 0 && number <= _options.MaxParagraphs; number++)
            {
                if (read.TryGetValue((story.Id, number), out var known))
                {
                    if (known.Sentences.Any(s => s.Figures.Count > 0)) result.Add(known);
                    continue;
                }
                string text = story.Paragraph(number);
                // A paragraph with no number has no figure, and reading its words is most of the cost.
                if (NotAFact(text) || NumberMentions.In(text).Count == 0) continue;
                var paragraph = CandidatePassage.Of(story, number, features);
                if (paragraph.Sentences.Any(s => s.Figures.Count > 0)) result.Add(paragraph);
            }
        }
        return result;
    }

    private const int MaxStoryArticles = 12;

    // Each outlet's best link first, so that every outlet that reports the fact is named however many passages of a few
    // outlets match it; then the others, best first, up to the bound.
    private static List<Corroboration> Kept(List<Corroboration> found)
    {
        var ranked = found.OrderByDescending(c => c.Score).ToList();
        var firsts = ranked.GroupBy(c => c.Passage.Source ?? c.Passage.ArticleId).Select(g => g.First()).ToHashSet(ReferenceEqualityComparer.Instance);
        return ranked.Where(firsts.Contains).Concat(ranked.Where(c => !firsts.Contains(c))).Take(MaxLinksPerParagraph)
            .OrderByDescending(c => c.Score).ToList();
    }

    // A count made at the one site both reports lead on is the event's whole ("38 vessels waiting off Callao" against "43 ships
    // waiting"), unless the other count says it is the whole country's ("more than 1,000 injured in different regions").
    // A firm's results are told the day they are published or the next: a sum in a report days apart is another firm's or
    // another period's ("Revenue slipped to £3.1 billion" and a rival's "Sales rose 2 percent to 1.4 billion pounds" a week
    // later), though neither sentence names its firm (DayCounts). A wildfire's area grows by the hour: it is compared on one day.
    private static IEnumerable<FigureConflict> Conflicts(List<SentenceFeatures> ours, CandidatePassage candidate, IReadOnlySet<string> site, (bool Days, bool Day) apart) =>
        from mine in ours
        from theirs in candidate.Sentences
        from figure in mine.Figures
        where !(apart.Days && DayCounts.Is(figure)) && !(apart.Day && DayCounts.Growing(figure))
        from other in theirs.Figures
        where AtSite(figure, other, site).Contradicts(AtSite(other, figure, site))
        select new FigureConflict(candidate.Link(theirs), figure.Counted, figure.Text, other.Text);

    // Days apart, and a day apart at least.
    private static (bool Days, bool Day) Apart(StoredArticle a, StoredArticle b) => (EventPlaces.DaysApart(a, b), EventPlaces.OnOtherDays(a, b));

    private static Figure AtSite(Figure figure, Figure other, IReadOnlySet<string> site) =>
        site.Count > 0 && figure.Local && figure.Places.All(site.Contains) && !other.WholeCountry
            ? figure with { Places = Figure.Unplaced } : figure;

    // Passages of other articles sharing the paragraph's rarest words, best first; the outlet check comes after, on stored fields.
    // A dated article's candidates are from articles dated within EventDays of it, or undated: another year's report of a
    // like event ("wheat exports rose") is not the same fact, and in a large archive it would crowd out this event's reports.
    private IEnumerable<int> CandidateDocs(IndexSearcher searcher, StoredArticle article, string text, PassageRarity rarity)
    {
        var terms = Stems.Of(_analyzer, text).Distinct().Where(s => !rarity.Common(s)).OrderByDescending(rarity.Of).Take(TermsPerQuery).ToList();
        if (terms.Count == 0) return [];
        // Only passage documents have the passage text field, so the words alone find passages; a clause on the passage kind
        // would only make every search walk the postings of every passage.
        var query = new BooleanQuery { MinimumNumberShouldMatch = Math.Min(2, terms.Count) };
        // A word finds its news synonyms too, all that the comparison reads as it ("cut off" for a blockade): "disruptions to
        // internet" and "internet blockade" were linked from one side only, since the other side's search missed the passage.
        foreach (string term in terms) query.Add(WithSynonyms(term), Occur.SHOULD);
        query.Add(new TermQuery(PassageFields.ArticleTerm(article.Id)), Occur.MUST_NOT);
        if (article.Date is not { } day) return searcher.Search(query, _options.CandidatesPerParagraph).ScoreDocs.Select(d => d.Doc);
        var top = TopScoreDocCollector.Create(_options.CandidatesPerParagraph, docsScoredInOrder: false);
        var window = new DateFilter(day.AddDays(-_options.EventDays), day.AddDays(_options.EventDays), selectUndated: true, excludeUndated: false);
        searcher.Search(query, new FilteringCollector(window, top));
        return top.GetTopDocs().ScoreDocs.Select(d => d.Doc);
    }

    private Query WithSynonyms(string stem)
    {
        var alike = _synonyms.Compared(stem).ToList();
        if (alike.Count <= 1) return new TermQuery(new Term(PassageFields.Text, stem));
        var any = new BooleanQuery(disableCoord: true);
        foreach (string other in alike) any.Add(new TermQuery(new Term(PassageFields.Text, other)), Occur.SHOULD);
        return any;
    }

    /// <summary>Passages of fewer words than this state no fact of their own and are never linked.</summary>
    public const int MinWords = 8;

    internal static bool NotAFact(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length < MinWords || PictureCaptions.Describes(text);

    public void Dispose() => _analyzer.Dispose();

    /// <summary>Longest sentence quoted whole; a longer one (a text with no sentence ends, a table) is cut at a word.</summary>
    public const int MaxQuoted = 400;

    /// <summary>A linked sentence as the page and the API quote it, under every passage that links to it (40 KB of a README once).</summary>
    internal static string Quoted(string text)
    {
        if (text.Length <= MaxQuoted) return text;
        int cut = text.LastIndexOf(' ', MaxQuoted);
        return text[..(cut > MaxQuoted / 2 ? cut : MaxQuoted)].TrimEnd() + "…";
    }
}
