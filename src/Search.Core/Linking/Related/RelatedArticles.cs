using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;
using Search.Core.Analysis;
using Search.Core.Extraction;
using Search.Core.Indexing;
using Search.Core.Indexing.Documents;
using Search.Core.Linking.Corroboration;
using Search.Core.Search;

namespace Search.Core.Linking.Related;

/// <summary>Another article as the article page lists it: id, title, outlet, date, and how similar it is.</summary>
public sealed record RelatedArticle(string Id, string Title, string? Source, DateOnly? Date, float Score)
{
    /// <summary>
    /// Whether it reports the same event, not only a story like it: passages of it corroborate two of the article's, or a
    /// sentence of one, and the two tell of one event by their days and places (<see cref="EventPlaces.OfOneEvent"/>).
    /// </summary>
    public bool SameEvent { get; init; }
}

/// <summary>
/// The copies of an article's story in other outlets (near-identical bodies), and the most similar other articles: other
/// reports of the same event first, then stories like it.
/// </summary>
public sealed record Relations(IReadOnlyList<RelatedArticle> Copies, IReadOnlyList<RelatedArticle> Similar)
{
    public static Relations None { get; } = new([], []);

    /// <summary>How many copies were found, listed or not (at most <see cref="CopyGroups.MaxListed"/> are).</summary>
    public int CopyCount { get; init; }
}

/// <summary>
/// Finds an article's related coverage with Lucene's MoreLikeThis over the body (its most telling words,
/// re-analysed from the stored text), and among those the copies: the same story republished, told by
/// their <see cref="SimHash"/> fingerprints.
/// </summary>
/// <remarks>Singleton; thread-safe: a MoreLikeThis is made per call.</remarks>
public sealed class RelatedArticles : IDisposable
{
    /// <summary>
    /// Candidates read first, similar stories listed, and candidates read at most: a story republished by dozens of outlets
    /// fills the first candidates with its copies (and a similar story with its own), so the search reads four times as far
    /// until it has its similar stories, each listed once.
    /// </summary>
    public const int Candidates = 20, MaxSimilar = 5, MaxCandidates = 1_280;

    /// <summary>
    /// Other reports of the same event listed at most, beside the <see cref="MaxSimilar"/> stories like it. MoreLikeThis ranks
    /// another bus crash in the same province, months before, above a wire's report of this one: an analyst asks first who else
    /// reported this event.
    /// </summary>
    public const int MaxSameEvent = 10;

    /// <summary>
    /// How alike a similar article must be: this share of the article's own score against its telling words (those only it
    /// holds included), and two of those words at least. In a small or mixed archive the five best were listed however
    /// unrelated: a central bank's rate story listed a ferry sinking and a strike (a blind probe). Other reports of one story
    /// score 0.3 to 0.8 of it, other stories 0.07 to 0.17 (the seeds, and the probe's twelve articles).
    /// </summary>
    public const float MinShareOfOwnScore = 0.2f;

    private static readonly HashSet<string> Listed = [ArticleFields.Id, ArticleFields.Title, ArticleFields.Source, ArticleFields.Day];

    private readonly IndexHost _host;
    private readonly Gazetteer _gazetteer;
    private readonly int _eventDays;
    private readonly Analyzer _analyzer = new NewsAnalyzer(TextAnalysis.Default);

    public RelatedArticles(IndexHost host, IOptions<LinkingOptions> options, Gazetteer gazetteer)
    {
        _host = host;
        _gazetteer = gazetteer;
        _eventDays = options.Value.EventDays;
    }

    /// <summary>
    /// The article's copies and similar articles, or null when no article has this id. <paramref name="links"/> are the article's
    /// passage links (<see cref="CorroborationFinder.For"/>), which the page and the API have found already: an article whose
    /// passages corroborate its own may be a report of its event.
    /// </summary>
    public Relations? For(string id, IReadOnlyDictionary<string, PassageLinks>? links)
    {
        // A short phrase in common in one paragraph is too little to call two stories one event: a central bank's decision and
        // a rail strike in the same capital shared "last". Two paragraphs linked, or sentences alike, are enough.
        var linked = (links?.Values ?? []).SelectMany((p, paragraph) => p.Corroborations.Select(c => (Paragraph: paragraph, c.Passage.ArticleId, c.Basis)))
            .GroupBy(l => l.ArticleId, StringComparer.Ordinal)
            .Where(g => g.Select(l => l.Paragraph).Distinct().Count() >= 2 || g.Any(l => l.Basis != LinkBasis.Phrase))
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        using var lease = _host.Acquire();
        var searcher = lease.Searcher;
        if (ArticleIdLookup.DocOf(searcher, id) is not int doc) return null;
        var reader = searcher.IndexReader;
        MoreLikeThis Telling(int minDocFreq) => new(reader)
        {
            Analyzer = _analyzer,
            FieldNames = [ArticleFields.Body],
            MinTermFreq = 2,
            MinDocFreq = minDocFreq,
            MaxQueryTerms = 25,
        };
        var mlt = Telling(2);
        var telling = mlt.Like(doc);
        if (telling is BooleanQuery words) words.MinimumNumberShouldMatch = Math.Min(2, words.Clauses.Count);
        float floor = MinShareOfOwnScore * searcher.Explain(Telling(1).Like(doc), doc).Value;
        var like = new BooleanQuery
        {
            { telling, Occur.MUST },
            { new TermQuery(new Term(ArticleFields.Id, id)), Occur.MUST_NOT },
        };
        var fingerprints = new Fingerprints(reader);
        long own = fingerprints.Of(doc);
        ScoreDoc[] RankedTo(int wanted) => searcher.Search(ArticlesOnly.Only(like), wanted).ScoreDocs;
        (List<ScoreDoc> Copies, List<ScoreDoc> Similar) Sort(ScoreDoc[] hits)
        {
            var copies = hits.Where(h => SimHash.AreCopies(own, fingerprints.Of(h.Doc))).ToList();
            var similar = new List<ScoreDoc>();
            // One story once: a copy of a similar article already listed is not listed again.
            foreach (var hit in hits.Except(copies))
            {
                if (hit.Score < floor) break; // ranked by score: none further is alike enough
                long fingerprint = fingerprints.Of(hit.Doc);
                if (similar.Any(s => SimHash.AreCopies(fingerprints.Of(s.Doc), fingerprint))) continue;
                similar.Add(hit);
                if (similar.Count == MaxSimilar + MaxSameEvent) break;
            }
            return (copies, similar);
        }
        var first = searcher.Search(ArticlesOnly.Only(like), Candidates);
        var (copies, similar) = FurtherReading.Until(first.ScoreDocs, first.TotalHits, MaxCandidates, RankedTo, Sort,
            (found, ranked) => found.Similar.Count >= MaxSimilar || (ranked.Length > 0 && ranked[^1].Score < floor));
        return new Relations(copies.Take(CopyGroups.MaxListed).Select(h => Listing(searcher, h)).ToList(), SameEventFirst(searcher, id, similar, linked))
        {
            CopyCount = copies.Count,
        };
    }

    // The similar stories, those that report this event first (at most MaxSameEvent), then the others (at most MaxSimilar), each
    // group in the order of its scores. Days and places alone are not enough: a housing bill passed in Athens the day after the
    // wildfires near it is no report of them, though MoreLikeThis finds it alike (a blind set's distractor).
    private List<RelatedArticle> SameEventFirst(IndexSearcher searcher, string id, List<ScoreDoc> similar, HashSet<string> linked)
    {
        var articles = new ArticleCache(searcher);
        var events = new EventPlaces(_gazetteer);
        var listed = similar.Select(h => Listing(searcher, h)).ToList();
        if (articles.Get(id) is { } own)
            listed = listed.Select(r => linked.Contains(r.Id) && articles.Get(r.Id) is { } other && events.OfOneEvent(own, other, _eventDays) ? r with { SameEvent = true } : r).ToList();
        return [.. listed.Where(r => r.SameEvent).Take(MaxSameEvent), .. listed.Where(r => !r.SameEvent).Take(MaxSimilar)];
    }

    private static RelatedArticle Listing(IndexSearcher searcher, ScoreDoc hit)
    {
        var stored = searcher.Doc(hit.Doc, Listed);
        return new RelatedArticle(stored.Get(ArticleFields.Id), stored.Get(ArticleFields.Title), stored.Get(ArticleFields.Source),
            IndexedDay.Parse(stored.Get(ArticleFields.Day)), hit.Score);
    }

    public void Dispose() => _analyzer.Dispose();
}
