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
    /// still quoted when the article has no other that matches. The counts of matching passages are the first search's.
    /// </summary>
    public static IReadOnlyDictionary<string, OutletBestCollector.Best> BestPassages(IndexSearcher searcher, FacetOrdinals ordinals,
        IReadOnlyDictionary<string, OutletBestCollector.Best> byPassage, Query passageQuery, Query articleQuery, IReadOnlyList<DimensionFilter> filters)
    {
        if (byPassage.Count == 0) return byPassage;
        string IdOf(int doc, HashSet<string> field, string name) => searcher.Doc(doc, field).Get(name);
        // Each outlet's articles to quote from, in order: the one the article search ranks first, then its best passage's own.
        var tried = byPassage.ToDictionary(o => o.Key, o => new List<string> { IdOf(o.Value.Doc, PassageFields.StoredFields, PassageFields.Article) }, StringComparer.Ordinal);
        if (!QueryBuilder.IsEmpty(articleQuery))
        {
            var articles = new OutletBestCollector(ordinals, 1);
            using (var ranked = new FacetCountsCollector(ordinals, FacetReport.DimensionsFor(filters), filters, articles))
                QueryBudget.Search(searcher, ArticlesOnly.Only(articleQuery), ranked);
            foreach (var (outlet, best) in articles.Named())
                if (tried.TryGetValue(outlet, out var list) && IdOf(best.Doc, IdField, ArticleFields.Id) is { } id && id != list[0]) list.Insert(0, id);
        }
        // The passage query again, over the passages of those articles only, every match kept: a few articles' paragraphs.
        var bodies = tried.Values.SelectMany(l => l).Distinct(StringComparer.Ordinal).Select(id => BodyOf(searcher, id)).OfType<StoredArticle>()
            .ToDictionary(a => a.Id, StringComparer.Ordinal);
        var ids = new BooleanQuery();
        foreach (string id in bodies.Keys) ids.Add(new TermQuery(PassageFields.ArticleTerm(id)), Occur.SHOULD);
        var within = TopScoreDocCollector.Create(MaxPassagesRead, docsScoredInOrder: false);
        QueryBudget.Search(searcher, new FilteredQuery(passageQuery, new QueryWrapperFilter(ids)), within);
        // A passage document follows its article's in the index, so each match's article is the nearest of these before it.
        int[] articleDocs = [.. bodies.Values.Select(a => a.Doc).Order()];
        var byArticle = within.GetTopDocs().ScoreDocs.GroupBy(d => ArticleBefore(articleDocs, d.Doc)).ToDictionary(g => g.Key, g => g.ToList());
        return byPassage.ToDictionary(o => o.Key, o =>
        {
            // The ranked article's passage of its own time, else its background; then the same of the best passage's article.
            foreach (string id in tried[o.Key])
            {
                if (!bodies.TryGetValue(id, out var article) || !byArticle.TryGetValue(article.Doc, out var passages)) continue;
                var ownTime = passages.Where(p => !OfAnotherTime(article, PassageFields.NumberOf(p.Doc, article.Doc))).ToList();
                var pick = LeadOrBest(ownTime.Count > 0 ? ownTime : passages, article.Doc);
                return new OutletBestCollector.Best(pick.Doc, pick.Score, o.Value.Passages);
            }
            return o.Value;
        }, StringComparer.Ordinal);
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
