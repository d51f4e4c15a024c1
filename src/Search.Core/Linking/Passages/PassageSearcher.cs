using Lucene.Net.Search;
using Microsoft.Extensions.Options;
using Search.Core.Facets;
using Search.Core.Highlighting;
using Search.Core.Indexing;
using Search.Core.Search;
using Search.Core.Indexing.Documents;

namespace Search.Core.Linking.Passages;

/// <summary>A passage hit: its article, outlet, date, paragraph number and anchor, its text as safe HTML with the query's words marked, and its score.</summary>
public sealed record PassageHit(string ArticleId, string? Source, DateOnly? Date, int Number, string Anchor, string Html, float Score);

/// <summary>The passages that match a query, best first, and how many matched.</summary>
public sealed record PassageResult(string Query, int Total, IReadOnlyList<PassageHit> Hits);

/// <summary>
/// Searches the passage documents (<c>GET /api/passages</c>, and the side-by-side view): the query's
/// words, each with its news synonyms, on each paragraph's text, ranked by BM25, with the same filters
/// as an article search.
/// </summary>
/// <remarks>Singleton; thread-safe.</remarks>
public sealed class PassageSearcher : IDisposable
{
    private static readonly HashSet<string> FromArticle = [ArticleFields.Body, ArticleFields.Source, ArticleFields.Day];

    private readonly IndexHost _host;
    private readonly QueryBuilder _queries;
    private readonly SearchRequestValidator _validator;
    private readonly QueryBudget _budget;
    private readonly Lucene.Net.Analysis.Analyzer _analyzer = new Analysis.NewsAnalyzer(Analysis.TextAnalysis.Default);
    private readonly Corroboration.NewsSynonyms _synonyms;

    public PassageSearcher(IndexHost host, IOptions<SearchOptions> options)
    {
        _host = host;
        _queries = new QueryBuilder(options.Value);
        _validator = new SearchRequestValidator(options.Value);
        _budget = new QueryBudget(options.Value);
        _synonyms = Corroboration.NewsSynonyms.Load(_analyzer);
    }

    /// <summary>The request's page of passages (its query, filters, page and size; sort and facets do not apply).</summary>
    /// <exception cref="InvalidSearchRequestException">The request breaks a rule, or searches a field passages do not have.</exception>
    public PassageResult Search(SearchRequest request)
    {
        var errors = _validator.Validate(request);
        if (errors.Count > 0) throw new InvalidSearchRequestException(errors);
        var (articleQuery, _) = _queries.Build(request.Query, request.Mode ?? QueryMode.All);

        using var lease = _host.Acquire();
        var searcher = lease.Searcher;
        var (query, unsupported) = PassageQuery.From(articleQuery, _synonyms, searcher.IndexReader);
        if (query == null)
            throw new InvalidSearchRequestException([new SearchError("q", $"Passages cannot be searched by the field '{unsupported}'; use the filters (source=, person=, org=, place=, from=, to=) instead.")]);
        _budget.Check(articleQuery, searcher.IndexReader);
        // The passage query's own terms, synonyms included, so "decapitated" is marked in a search for beheaded.
        var terms = QueryTerms.Extract(query, searcher.IndexReader, [PassageFields.Text], PassageFields.Text);
        // Any order: the collectors below do not need documents in order (see FacetCountsCollector.AcceptsDocsOutOfOrder).
        var top = TopScoreDocCollector.Create(request.Page * request.Size, docsScoredInOrder: false);
        var filters = ArticleSearcher.FiltersOf(request);
        using var collector = new FacetCountsCollector(lease.Ordinals, filters.Count > 0 ? FacetDimension.All : [], filters, top);
        try
        {
            searcher.Search(query, collector);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new InvalidSearchRequestException([new SearchError("q", "The query expands to too many terms; make it more specific.")]);
        }
        var articles = new Dictionary<string, HitArticle?>(StringComparer.Ordinal);
        var hits = top.GetTopDocs((request.Page - 1) * request.Size, request.Size).ScoreDocs.Select(d => Hit(searcher, d, terms, articles)).ToList();
        return new PassageResult(request.Query ?? "", collector.TotalHits, hits);
    }

    /// <summary>The article of a passage hit: its document, stored body, paragraphs and their anchors, outlet and day.</summary>
    private sealed record HitArticle(int Doc, string Body, IReadOnlyList<Analysis.TextSpan> Paragraphs, IReadOnlyList<string> Anchors, string? Source, string? Day);

    // A passage document stores only its article's id, and its number is its place after the article; the rest is read from the article,
    // once per article of the page: the text cut from the body, the anchor made from it as at index time, and the
    // words marked from the body's postings within the paragraph (the passage field keeps no offsets).
    private static PassageHit Hit(IndexSearcher searcher, ScoreDoc scoreDoc, QueryTerms terms, Dictionary<string, HitArticle?> articles)
    {
        var stored = searcher.Doc(scoreDoc.Doc, PassageFields.StoredFields);
        string id = stored.Get(PassageFields.Article);
        if (!articles.TryGetValue(id, out var article)) articles[id] = article = Read(searcher, id);
        int number = article == null ? 0 : PassageFields.NumberOf(scoreDoc.Doc, article.Doc);
        bool found = article != null && number >= 1 && number <= article.Paragraphs.Count;
        string text = found ? PassageText.Of(article!.Body, article.Paragraphs, number) : "";
        var matches = found ? TermOffsetsReader.ReadWithin(searcher.IndexReader, article!.Doc, ArticleFields.Body, terms, article.Paragraphs[number - 1]) : [];
        return new PassageHit(id, article?.Source, ArticleSearcher.ParseDay(article?.Day), number, found ? article!.Anchors[number - 1] : "",
            Highlighter.MarkWhole(text, matches), float.IsNaN(scoreDoc.Score) ? 0 : scoreDoc.Score);
    }

    private static HitArticle? Read(IndexSearcher searcher, string id)
    {
        if (ArticleIdLookup.DocOf(searcher, id) is not int doc) return null;
        var stored = searcher.Doc(doc, FromArticle);
        string body = stored.Get(ArticleFields.Body) ?? "";
        var paragraphs = Highlighter.Paragraphs(body);
        return new HitArticle(doc, body, paragraphs, PassageAnchor.ForAll(body, paragraphs, PassageAnchor.ParagraphPrefix), stored.Get(ArticleFields.Source), stored.Get(ArticleFields.Day));
    }

    public void Dispose()
    {
        _queries.Dispose();
        _analyzer.Dispose();
    }
}
