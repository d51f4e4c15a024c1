using Lucene.Net.Search;
using Search.Core.Facets;
using Search.Core.Indexing.Documents;
using Search.Core.Search;

namespace Search.Core.Linking.Passages;

/// <summary>What the passage search and the side-by-side view say of a result that needs explaining, an empty one first of all.</summary>
/// <param name="synonyms">The news synonyms the article search counts with (none when it runs without them).</param>
internal sealed class PassageNotices(Corroboration.NewsSynonyms synonyms)
{
    // What explains an empty result: a script the articles are not written in, words spread over paragraphs, or a query that
    // excludes what it asks (said only when nothing matched: its aliases or a title clause may still find passages).
    // Else a misspelt word, offered as the articles write it (SpellingSuggestion), as the article search offers it.
    public string? WhyEmpty(string? notice, SearchRequest request, IndexSearcher searcher, Facets.FacetOrdinals ordinals, Query articleQuery,
        IReadOnlyList<DimensionFilter> filters, bool found, Func<string, string?> typedWord)
    {
        if (found || !request.HasQuery) return notice;
        notice ??= ScriptNotice.For(request.Query) ?? NoParagraphNotice(searcher, ordinals, articleQuery, filters);
        return notice ?? ResultNotices.InTheQuery(articleQuery, searcher.IndexReader)
            ?? SpellingSuggestion.For(request.Query, articleQuery, searcher.IndexReader, typedWord)?.Notice;
    }

    /// <summary>
    /// The notice with a filter value that names nothing said first: the query's own notice would blame the empty page on the
    /// query ("odkb" read as a name, where "person=baker" named no one).
    /// </summary>
    public static string? WithUnknownValues(string? notice, SearchRequest request, Facets.FacetOrdinals ordinals) =>
        FacetValueNames.UnknownValuesNotice(request, ordinals) is { } unknown ? ArticleSearcher.Joined(unknown, notice) : notice;

    /// <summary>
    /// Why no passage matches when articles do: a passage is one paragraph, and the query's words may be spread over several
    /// of an article's paragraphs, or be in its title. One count of articles, only when no passage matches.
    /// </summary>
    private string? NoParagraphNotice(IndexSearcher searcher, Facets.FacetOrdinals ordinals, Query articleQuery, IReadOnlyList<DimensionFilter> filters)
    {
        // The articles counted as the article search counts them, with the news synonyms: "paratroopers beheaded" said 1 article
        // where the search found 2, the second writing "decapitated".
        var counted = new SynonymExpansion(synonyms, searcher.IndexReader).Expand(articleQuery, new HashSet<string>(ArticleFields.DefaultSearchFields));
        var count = new TotalHitCountCollector();
        using (var collector = new FacetCountsCollector(ordinals, FacetReport.DimensionsFor(filters), filters, count))
            QueryBudget.Search(searcher, ArticlesOnly.Only(counted), collector);
        return count.TotalHits == 0 ? null
            : $"No single paragraph holds these words, but {count.TotalHits:N0} {(count.TotalHits == 1 ? "article holds" : "articles hold")} them, spread over paragraphs or in the title. Search for any of the words (mode=any), or search articles.";
    }
}
