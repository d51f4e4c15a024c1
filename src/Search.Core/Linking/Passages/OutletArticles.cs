using Lucene.Net.Search;
using Search.Core.Facets;
using Search.Core.Indexing.Documents;
using Search.Core.Search;

namespace Search.Core.Linking.Passages;

/// <summary>The side-by-side view's searches over articles, beside its passage search: whose articles are in view, and which article of each outlet its card quotes.</summary>
internal static class OutletArticles
{
    /// <summary>
    /// Each outlet's passage from its article that the article search ranks first (title and body), as the search page ranks
    /// them: a passage alone may rank another story's background paragraph first. On `Arventa jobs`, AP's row quoted a story
    /// about another chipmaker, a week later, that recalled Arventa's cuts, and gave its figure for AP's; on `Halcyon fine`,
    /// AFP's row was a story about another firm's fine (a QA session). An outlet whose best article has no matching passage
    /// keeps the passage found first. The counts of matching passages are the first search's.
    /// </summary>
    public static IReadOnlyDictionary<string, OutletBestCollector.Best> BestPassages(IndexSearcher searcher, FacetOrdinals ordinals,
        IReadOnlyDictionary<string, OutletBestCollector.Best> byPassage, Query passageQuery, Query articleQuery, IReadOnlyList<DimensionFilter> filters)
    {
        if (byPassage.Count == 0 || QueryBuilder.IsEmpty(articleQuery)) return byPassage;
        var articles = new OutletBestCollector(ordinals, 1);
        using (var ranked = new FacetCountsCollector(ordinals, FacetReport.DimensionsFor(filters), filters, articles))
            QueryBudget.Search(searcher, ArticlesOnly.Only(articleQuery), ranked);
        string IdOf(int doc, HashSet<string> field, string name) => searcher.Doc(doc, field).Get(name);
        var moved = articles.Named().Where(a => byPassage.ContainsKey(a.Key)).Select(a => IdOf(a.Value.Doc, IdField, ArticleFields.Id))
            .Where(id => id != null).Except(byPassage.Values.Select(p => IdOf(p.Doc, PassageFields.StoredFields, PassageFields.Article))).ToList();
        if (moved.Count == 0) return byPassage;
        // The passage query again, over the passages of those articles only.
        var ids = new BooleanQuery();
        foreach (string id in moved) ids.Add(new TermQuery(PassageFields.ArticleTerm(id)), Occur.SHOULD);
        var within = new OutletBestCollector(ordinals, 1);
        QueryBudget.Search(searcher, new FilteredQuery(passageQuery, new QueryWrapperFilter(ids)), within);
        var best = within.Named();
        return byPassage.ToDictionary(o => o.Key, o => best.TryGetValue(o.Key, out var chosen) ? chosen with { Passages = o.Value.Passages } : o.Value, StringComparer.Ordinal);
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
