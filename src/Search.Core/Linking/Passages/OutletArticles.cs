using Lucene.Net.Queries;
using Lucene.Net.Search;
using Search.Core.Facets;
using Search.Core.Indexing.Documents;
using Search.Core.Linking.Corroboration;
using Search.Core.Search;

namespace Search.Core.Linking.Passages;

/// <summary>The side-by-side view's searches over articles, beside its passage search: whose articles are in view, and which article of each outlet its card quotes.</summary>
internal static class OutletArticles
{
    /// <summary>
    /// Each outlet's passage from its article that the article search ranks first (title and body), as the search page ranks
    /// them: a passage alone may rank another story's background paragraph first. On `Arventa jobs`, AP's row quoted a story
    /// about another chipmaker, a week later, that recalled Arventa's cuts, and gave its figure for AP's; on `Halcyon fine`,
    /// AFP's row was a story about another firm's fine (a QA session). Within that article, the best passage that tells of the
    /// story's own time: on `wildfires Greece dead` AP's card was "Greece's deadliest wildfire in recent history killed 104
    /// people … in July 2018", and on `fine billion` two cards gave the earlier fines (a QA session). A background passage is
    /// still quoted when the article has no other that matches, and no other article of the outlet tells of the story's time: the
    /// outlet's next articles by the article search, then those of its next best passages. The counts of matching passages
    /// are the first search's.
    /// </summary>
    public static IReadOnlyDictionary<string, OutletBestCollector.Best> BestPassages(IndexSearcher searcher, FacetOrdinals ordinals,
        IReadOnlyDictionary<string, OutletBestCollector.Best> byPassage, IReadOnlyDictionary<string, IReadOnlyList<OutletBestCollector.Best>> rankedPassages,
        Query passageQuery, Query articleQuery, IReadOnlyList<DimensionFilter> filters)
    {
        if (byPassage.Count == 0) return byPassage;
        string IdOf(int doc, HashSet<string> field, string name) => searcher.Doc(doc, field).Get(name);
        string ArticleOf(OutletBestCollector.Best passage) => IdOf(passage.Doc, PassageFields.StoredFields, PassageFields.Article);
        IReadOnlyDictionary<string, IReadOnlyList<OutletBestCollector.Best>> rankedArticles = new Dictionary<string, IReadOnlyList<OutletBestCollector.Best>>();
        if (!QueryBuilder.IsEmpty(articleQuery))
        {
            var articles = new OutletBestCollector(ordinals, 1, ArticlesTried);
            using (var ranked = new FacetCountsCollector(ordinals, FacetReport.DimensionsFor(filters), filters, articles))
                QueryBudget.Search(searcher, ArticlesOnly.Only(articleQuery), ranked);
            rankedArticles = articles.Ranked();
        }
        // First each outlet's article the article search ranks first, then its best passage's own.
        var tried = byPassage.ToDictionary(o => o.Key, o => (rankedArticles.TryGetValue(o.Key, out var top) ? [IdOf(top[0].Doc, IdField, ArticleFields.Id)] : new List<string>())
            .Append(ArticleOf(o.Value)).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var picks = Pick(searcher, passageQuery, tried);
        // Where neither tells of the story's own time, the outlet's next articles by the article search, then those of its next
        // best passages: on `Londrina shooting`, AP's first article was a knife attack's a week later, whose one matching
        // passage recalled the shooting, while AP's own report matched too (a QA session). Asked only then, as it costs reads.
        var again = picks.Where(p => !p.Value.OwnTime).ToDictionary(p => p.Key, p => rankedArticles.GetValueOrDefault(p.Key, []).Skip(1)
            .Select(a => IdOf(a.Doc, IdField, ArticleFields.Id)).Concat(rankedPassages.GetValueOrDefault(p.Key, []).Select(ArticleOf))
            .Distinct(StringComparer.Ordinal).Except(tried[p.Key], StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        if (again.Values.Any(l => l.Count > 0))
            foreach (var (outlet, pick) in Pick(searcher, passageQuery, again).Where(p => p.Value.OwnTime)) picks[outlet] = pick;
        return byPassage.ToDictionary(o => o.Key, o => picks.TryGetValue(o.Key, out var pick) ? pick.Best with { Passages = o.Value.Passages } : o.Value,
            StringComparer.Ordinal);
    }

    // Each outlet's card from the articles tried, in order: the first with a passage of the story's own time, else the first
    // with a passage, its background.
    private static Dictionary<string, (OutletBestCollector.Best Best, bool OwnTime)> Pick(IndexSearcher searcher, Query passageQuery, Dictionary<string, List<string>> tried)
    {
        // The passage query again, over the passages of those articles only, every match kept: a few articles' paragraphs. A
        // terms filter, not a query of a clause per article: the articles of a few hundred outlets pass a query's clause limit.
        var docs = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string id in tried.Values.SelectMany(l => l))
            if (!docs.ContainsKey(id) && ArticleIdLookup.DocOf(searcher, id) is int doc) docs[id] = doc;
        var within = TopScoreDocCollector.Create(MaxPassagesRead, docsScoredInOrder: false);
        QueryBudget.Search(searcher, new FilteredQuery(passageQuery, new TermsFilter([.. docs.Keys.Select(PassageFields.ArticleTerm)])), within);
        // A passage document follows its article's in the index, so each match's article is the nearest of these before it.
        int[] articleDocs = [.. docs.Values.Order()];
        var byArticle = within.GetTopDocs().ScoreDocs.GroupBy(d => ArticleBefore(articleDocs, d.Doc)).ToDictionary(g => g.Key, g => g.ToList());
        var picks = new Dictionary<string, (OutletBestCollector.Best, bool)>(StringComparer.Ordinal);
        foreach (var (outlet, ids) in tried)
        {
            (OutletBestCollector.Best, bool)? chosen = null;
            foreach (string id in ids)
            {
                if (!docs.TryGetValue(id, out int doc) || !byArticle.TryGetValue(doc, out var passages) || BodyOf(searcher, id) is not { } article) continue;
                var ownTime = passages.Where(p => !OfAnotherTime(article, PassageFields.NumberOf(p.Doc, article.Doc))).ToList();
                var pick = LeadOrBest(ownTime.Count > 0 ? ownTime : passages, article.Doc);
                chosen = ownTime.Count > 0 || chosen == null ? (new OutletBestCollector.Best(pick.Doc, pick.Score, 0), ownTime.Count > 0) : chosen;
                if (ownTime.Count > 0) break;
            }
            if (chosen is { } card) picks[outlet] = card;
        }
        return picks;
    }

    // A report tells its news first: its lead (first two paragraphs), when it matches about as well as the best passage. On
    // `ferry`, Reuters' card was "Police have detained the ferry's captain" and AP's "The ferry was also carrying about 40
    // cars", each scoring a little above its lead (a shorter paragraph), so the view's figures left out both tolls (a QA
    // session). A passage that lacks a word of the query scores far below the best and is not taken for it; nor is a middle
    // paragraph over the best, which may be the one that gives the asked fact.
    private static ScoreDoc LeadOrBest(List<ScoreDoc> ranked, int articleDoc)
    {
        float floor = ranked[0].Score * LeadShare;
        return ranked.Where(p => p.Score >= floor && PassageFields.NumberOf(p.Doc, articleDoc) <= LeadParagraphs).MinBy(p => p.Doc) ?? ranked[0];
    }

    /// <summary>The share of the best passage's score the lead needs to be quoted before it, and the paragraphs of a lead.</summary>
    internal const float LeadShare = 0.6f;

    internal const int LeadParagraphs = 2;

    private static int ArticleBefore(int[] sortedArticles, int passage)
    {
        int at = Array.BinarySearch(sortedArticles, passage);
        at = at >= 0 ? at : ~at - 1;
        return at >= 0 ? sortedArticles[at] : -1;
    }

    // Each outlet's best-ranked articles its card may quote, and its best passages whose articles it may quote after them.
    private const int ArticlesTried = 3;

    internal const int PassagesTried = 6;

    // The matching passages read from the outlets' chosen articles: far more than a few dozen articles have paragraphs.
    private const int MaxPassagesRead = 5_000;

    // Its body and day alone: its entities, most of what is stored, are not read.
    private static StoredArticle? BodyOf(IndexSearcher searcher, string id)
    {
        if (ArticleIdLookup.DocOf(searcher, id) is not int doc) return null;
        var stored = searcher.Doc(doc, BodyFields);
        return new StoredArticle(doc, id, null, IndexedDay.Parse(stored.Get(ArticleFields.Day)), stored.Get(ArticleFields.Body) ?? "", []);
    }

    private static readonly HashSet<string> BodyFields = [ArticleFields.Body, ArticleFields.Day];

    // A paragraph with a sentence of another year, of what happens every year, or of an earlier event (SentenceTime).
    private static bool OfAnotherTime(StoredArticle article, int number)
    {
        string text = article.Paragraph(number);
        return Analysis.SentenceSplitter.Split(text).Any(s => SentenceTime.Of(text[s.Start..s.End], article.Date?.Year).OfAnotherTime);
    }

    private static readonly HashSet<string> IdField = [ArticleFields.Id];

    /// <summary>
    /// The outlets with an article that the query's clauses on articles (source:afp, -person:tokayev, date:…) keep, counted
    /// as the article search counts its outlets (drill-sideways), and how many such articles have no outlet.
    /// </summary>
    public static OutletsInView InView(IndexSearcher searcher, FacetOrdinals ordinals, Query ofArticles, IReadOnlyList<DimensionFilter> filters)
    {
        using var collector = new FacetCountsCollector(ordinals, FacetDimension.All, filters, new TotalHitCountCollector());
        QueryBudget.Search(searcher, ArticlesOnly.Only(ofArticles), collector);
        var (values, missing) = collector.AllCounts(FacetDimension.Source);
        return new OutletsInView(values.Select(v => v.Label).ToHashSet(StringComparer.Ordinal), missing);
    }
}
