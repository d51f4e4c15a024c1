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
    private static readonly HashSet<string> Stored = [PassageFields.Article, PassageFields.Anchor, PassageFields.Number, ArticleFields.Source, ArticleFields.Day];
    private static readonly HashSet<string> BodyOnly = [ArticleFields.Body];

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
        var (query, unsupported) = PassageQuery.From(articleQuery, _synonyms);
        if (query == null)
            throw new InvalidSearchRequestException([new SearchError("q", $"Passages cannot be searched by the field '{unsupported}'; use the filters (source=, person=, org=, place=, from=, to=) instead.")]);

        using var lease = _host.Acquire();
        var searcher = lease.Searcher;
        _budget.Check(articleQuery, searcher.IndexReader);
        // The passage query's own terms, synonyms included, so "decapitated" is marked in a search for beheaded.
        var terms = QueryTerms.Extract(query, searcher.IndexReader, [PassageFields.Text], PassageFields.Text);
        var top = TopScoreDocCollector.Create(request.Page * request.Size, true);
        var filters = ArticleSearcher.FiltersOf(request);
        var collector = new FacetCountsCollector(lease.Ordinals, filters.Count > 0 ? FacetDimension.All : [], filters, top);
        try
        {
            searcher.Search(query, collector);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new InvalidSearchRequestException([new SearchError("q", "The query expands to too many terms; make it more specific.")]);
        }
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        var hits = top.GetTopDocs((request.Page - 1) * request.Size, request.Size).ScoreDocs.Select(d => Hit(searcher, d, terms, bodies)).ToList();
        return new PassageResult(request.Query ?? "", collector.TotalHits, hits);
    }

    // The passage's text is cut from its article's body, read once per article of the page.
    private static PassageHit Hit(IndexSearcher searcher, ScoreDoc scoreDoc, QueryTerms terms, Dictionary<string, string> bodies)
    {
        var stored = searcher.Doc(scoreDoc.Doc, Stored);
        string id = stored.Get(PassageFields.Article);
        if (!bodies.TryGetValue(id, out string? body))
        {
            bodies[id] = body = ArticleIdLookup.DocOf(searcher, id) is int doc ? searcher.Doc(doc, BodyOnly).Get(ArticleFields.Body) ?? "" : "";
        }
        string text = PassageText.Of(body, stored.GetField(PassageFields.Number)?.GetInt32Value() ?? 0);
        var matches = TermOffsetsReader.Read(searcher.IndexReader, scoreDoc.Doc, PassageFields.Text, terms);
        return new PassageHit(id, stored.Get(ArticleFields.Source), ArticleSearcher.ParseDay(stored.Get(ArticleFields.Day)),
            stored.GetField(PassageFields.Number)?.GetInt32Value() ?? 0, stored.Get(PassageFields.Anchor), Highlighter.MarkWhole(text, matches),
            float.IsNaN(scoreDoc.Score) ? 0 : scoreDoc.Score);
    }

    public void Dispose()
    {
        _queries.Dispose();
        _analyzer.Dispose();
    }
}
