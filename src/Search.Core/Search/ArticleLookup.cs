using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;
using Search.Core.Extraction;
using Search.Core.Highlighting;
using Search.Core.Indexing;
using Search.Core.Indexing.Documents;

namespace Search.Core.Search;

/// <summary>Finds one article by id, with the words of an optional query marked in its paragraphs.</summary>
/// <remarks>Singleton; thread-safe.</remarks>
public sealed class ArticleLookup : IDisposable
{
    private readonly IndexHost _host;
    private readonly QueryBuilder _queries;
    private readonly int _maxQueryLength;
    private readonly QueryBudget _budget;

    private readonly Gazetteer? _gazetteer;
    private readonly Facets.FacetValueNames _names;
    private readonly bool _newsSynonyms;
    private static readonly HashSet<string> TextFields = [.. ArticleFields.DefaultSearchFields];

    /// <summary>A lookup that marks an entity searched by an alias the article did not use (<c>org:otsc</c> marks "CSTO").</summary>
    public ArticleLookup(IndexHost host, IOptions<SearchOptions> options, Gazetteer gazetteer)
        : this(host, options.Value, gazetteer)
    {
    }

    public ArticleLookup(IndexHost host, IOptions<SearchOptions> options)
        : this(host, options.Value, null)
    {
    }

    // The query is read as the search read it: with the gazetteer, a capitalised word looks up only known names.
    private ArticleLookup(IndexHost host, SearchOptions options, Gazetteer? gazetteer)
    {
        _host = host;
        _gazetteer = gazetteer;
        _names = new Facets.FacetValueNames(gazetteer);
        _queries = new QueryBuilder(options) { Gazetteer = gazetteer };
        _maxQueryLength = options.MaxQueryLength;
        _budget = new QueryBudget(options);
        _newsSynonyms = options.NewsSynonyms;
    }

    // The searches' synonyms, loaded on the first article opened with a query.
    private readonly Lazy<Linking.Corroboration.NewsSynonyms> _synonyms =
        new(() => Linking.Corroboration.NewsSynonyms.Load(new Analysis.NewsAnalyzer(Analysis.TextAnalysis.Default)));

    /// <summary>The article, or null when no article has this id.</summary>
    /// <param name="search">The search it was opened from, whose entity filters (person=…) mark the entity's mentions too.</param>
    /// <param name="synonyms">Mark the query's words with their news synonyms, as the searches find them: opened from a
    /// passage that matched "decapitated" for <c>beheaded</c>, the article marks "decapitated" too. Always so where the
    /// article search expands synonyms (<see cref="SearchOptions.NewsSynonyms"/>).</param>
    public ArticleDetails? Find(string id, string? query = null, SearchRequest? search = null, bool synonyms = false)
    {
        query = QueryText.Normalize(query);
        using var lease = _host.Acquire();
        var searcher = lease.Searcher;
        if (ArticleIdLookup.DocOf(searcher, id) is not int doc) return null;
        var stored = searcher.Doc(doc);
        string body = stored.Get(ArticleFields.Body) ?? "";
        string title = stored.Get(ArticleFields.Title) ?? "";

        IReadOnlyList<TermMatch> matches = [], titleMatches = [];
        string? queryProblem = null;
        Query parsed = new BooleanQuery();
        if (!string.IsNullOrWhiteSpace(query))
        {
            // The query only marks words here: one the search would refuse leaves the article unmarked, with the reason.
            try { (parsed, _) = _queries.Build(_queries.WithNames(query, searcher.IndexReader).Text, QueryModes.For(query, null, _maxQueryLength), searcher.IndexReader); }
            catch (InvalidSearchRequestException e) { parsed = new BooleanQuery(); queryProblem = string.Join(" ", e.Errors.Select(error => error.Message)); }
            // A pattern over budget marks nothing rather than walk the whole term dictionary, and says so, as the search does.
            if (_budget.FirstOverBudget(parsed, searcher.IndexReader) is { } pattern)
            {
                parsed = new BooleanQuery();
                queryProblem ??= _budget.OverBudget(pattern);
            }
        }
        // The search's entity filters (person=Paul Volcker) mark the entity's mentions, as they do in the results; a filter
        // value is read as the search reads it (person=tokayev is Kassym-Jomart Tokayev), or the page marked nothing.
        var filters = search == null ? new SearchRequest() : _names.Resolve(search, lease.Ordinals);
        var asked = AskedEntities.Of(filters, parsed, _gazetteer, searcher.IndexReader);
        if (!string.IsNullOrWhiteSpace(query) || !asked.IsEmpty)
        {
            var marked = synonyms || _newsSynonyms ? new SynonymExpansion(_synonyms.Value, searcher.IndexReader).Expand(parsed, TextFields) : parsed;
            var terms = QueryTerms.Extract(marked, searcher.IndexReader, ArticleFields.DefaultSearchFields, ArticleFields.Body);
            if (!asked.IsEmpty)
            {
                var entities = ArticleMetadata.FromJson(stored.Get(ArticleFields.Metadata)).Entities;
                terms = terms.With(_queries.MentionPhrases(asked, entities));
            }
            matches = TermOffsetsReader.Read(searcher.IndexReader, doc, ArticleFields.Body, terms);
            titleMatches = ArticleSearcher.TitleMatches(TermOffsetsReader.Read(searcher.IndexReader, doc, ArticleFields.Title, terms), title, body, matches);
        }

        var paragraphs = Linking.Passages.ArticlePassages.Of(body)
            .Select(p => new ArticleParagraph(p.Number, p.Anchor, p.Text, Highlighter.MarkSentences(body, p.Span, p.Sentences.Select(s => (s.Anchor, s.Span)), matches)))
            .ToList();

        var metadata = ArticleMetadata.FromJson(stored.Get(ArticleFields.Metadata));
        string? source = stored.Get(ArticleFields.Source);
        var date = IndexedDay.Parse(stored.Get(ArticleFields.Day));
        return new ArticleDetails(
            stored.Get(ArticleFields.Id),
            stored.Get(ArticleFields.Title),
            source == null ? null : new Extracted<string>(source, metadata.SourceEvidence ?? new Evidence("unknown", "")),
            date == null ? null : new Extracted<DateOnly>(date.Value, metadata.DateEvidence ?? new Evidence("unknown", "")),
            metadata.Entities,
            paragraphs)
        {
            TitleGiven = metadata.TitleGiven,
            Url = metadata.Url,
            Authors = metadata.Authors,
            Language = metadata.Language,
            Published = metadata.Published,
            QueryProblem = queryProblem,
            TitleHtml = Highlighter.MarkWhole(title, titleMatches),
        };
    }

    public void Dispose() => _queries.Dispose();
}
