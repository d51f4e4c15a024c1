using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace Search.Core.Highlighting;

/// <summary>
/// A phrase of the query: its analyzed terms, their relative positions, how far they may move (a sloppy phrase, "police
/// killed"~3), and the field it was searched in when the query named one field alone (<c>title:"police killed"</c>).
/// </summary>
/// <remarks>
/// <see cref="Except"/>: longer phrases whose places the phrase's own do not count in ("America" searched for the United
/// States, except in "Bank of America").
/// </remarks>
internal sealed record PhraseTerms(IReadOnlyList<string> Terms, IReadOnlyList<int> Positions, int Slop = 0, string? Field = null)
{
    public IReadOnlyList<PhraseTerms> Except { get; init; } = [];
}

/// <summary>
/// The terms a query highlights: single terms (any occurrence is marked) and phrases (only occurrences
/// at the phrase's positions). Terms prohibited by NOT are left out; prefix and wildcard terms are
/// expanded against the index, at most <see cref="MaxExpansions"/> per pattern.
/// </summary>
/// <remarks>Extracted once per query; the weights (BM25 idf) come from the whole index.</remarks>
internal sealed class QueryTerms
{
    /// <summary>How many index terms one prefix or wildcard may highlight.</summary>
    public const int MaxExpansions = 64;

    /// <summary>
    /// How many single terms a query highlights, the rarest first: a pasted paragraph of hundreds of words
    /// would otherwise cost a postings seek per word for every hit on the page.
    /// </summary>
    public const int MaxFreeTerms = 32;

    private readonly HashSet<string> _fields;
    private readonly HashSet<string> _free = new(StringComparer.Ordinal);
    // Free terms searched in the title alone (title:killed): a body holds them too, but was not searched for them.
    private readonly HashSet<string> _titleOnly = new(StringComparer.Ordinal);
    private readonly HashSet<string> _bodyOnly = new(StringComparer.Ordinal);
    private readonly List<PhraseTerms> _phrases = [];
    private readonly Dictionary<string, float> _weights = new(StringComparer.Ordinal);

    /// <summary>No terms: for a search that neither highlights nor expands its query.</summary>
    public static readonly QueryTerms None = new([]);

    private QueryTerms(IEnumerable<string> fields) => _fields = new HashSet<string>(fields, StringComparer.Ordinal);

    /// <summary>
    /// These terms and an article's own phrases (the mentions of an entity it was searched by), weighted as
    /// the strongest query term so passages naming the entity are chosen first. A copy: the query's terms stay as they were.
    /// </summary>
    public QueryTerms With(IReadOnlyList<PhraseTerms> phrases)
    {
        if (phrases.Count == 0) return this;
        var copy = new QueryTerms(_fields);
        copy._free.UnionWith(_free);
        copy._titleOnly.UnionWith(_titleOnly);
        copy._bodyOnly.UnionWith(_bodyOnly);
        copy._phrases.AddRange(_phrases);
        foreach (var (term, weight) in _weights) copy._weights[term] = weight;
        float strongest = _weights.Count > 0 ? _weights.Values.Max() : 1f;
        foreach (var phrase in phrases)
        {
            if (phrase.Terms.Count == 1) copy.AddFree(phrase.Terms[0], phrase.Field);
            else copy._phrases.Add(phrase);
            foreach (string term in phrase.Terms) copy._weights.TryAdd(term, strongest);
        }
        return copy;
    }

    /// <summary>Terms marked wherever they occur.</summary>
    public IReadOnlySet<string> Free => _free;

    public IReadOnlyList<PhraseTerms> Phrases => _phrases;

    /// <summary>
    /// Whether a free term is marked in <paramref name="field"/>: everywhere, but for a term the query searched in the title
    /// alone (<c>title:killed</c>), which is marked in the title only, or in the body alone (<c>body:oil</c>), which is not
    /// marked in the title, as Elasticsearch marks only the fields a query searched.
    /// </summary>
    public bool MarksIn(string term, string field) => field == Indexing.Documents.ArticleFields.Title
        ? !_bodyOnly.Contains(term)
        : !_titleOnly.Contains(term);

    /// <summary>Whether a phrase is marked in <paramref name="field"/>: a phrase searched in the title or the body alone is marked there only.</summary>
    public static bool MarksIn(PhraseTerms phrase, string field) =>
        phrase.Field is not (Indexing.Documents.ArticleFields.Title or Indexing.Documents.ArticleFields.Body) || field == phrase.Field;

    public bool IsEmpty => _free.Count == 0 && _phrases.Count == 0;

    /// <summary>All distinct terms, free or in a phrase.</summary>
    public IEnumerable<string> All => _free.Concat(_phrases.SelectMany(p => p.Terms.Concat(p.Except.SelectMany(e => e.Terms)))).Distinct();

    /// <summary>The BM25 idf of a term in the highlighted field; rarer terms make better passages.</summary>
    public float Weight(string term) => _weights.TryGetValue(term, out float w) ? w : 1f;

    /// <summary>Extracts the terms of <paramref name="query"/> on any of <paramref name="fields"/> (text analyzed alike).</summary>
    public static QueryTerms Extract(Query query, IndexReader reader, IEnumerable<string> fields, string weightField)
    {
        var terms = new QueryTerms(fields);
        terms.Visit(query, reader);
        // Documents that have the field, as the ranking counts them: passage documents have no body.
        int docs = Math.Max(1, reader.GetDocCount(weightField) is > 0 and var withField ? withField : reader.NumDocs);
        foreach (string term in terms.All)
        {
            int df = reader.DocFreq(new Term(weightField, term));
            terms._weights[term] = (float)Math.Log(1 + (docs - df + 0.5) / (df + 0.5));
        }
        if (terms._free.Count > MaxFreeTerms)
        {
            var strongest = terms._free.OrderByDescending(terms.Weight).ThenBy(t => t, StringComparer.Ordinal).Take(MaxFreeTerms).ToHashSet(StringComparer.Ordinal);
            terms._free.IntersectWith(strongest);
        }
        return terms;
    }

    // A term first met in the title (or the body) is marked there only, until the query also searches it elsewhere.
    private void AddFree(string term, string? field)
    {
        bool first = _free.Add(term);
        if (field != Indexing.Documents.ArticleFields.Title) _titleOnly.Remove(term);
        if (field != Indexing.Documents.ArticleFields.Body) _bodyOnly.Remove(term);
        if (!first) return;
        if (field == Indexing.Documents.ArticleFields.Title) _titleOnly.Add(term);
        else if (field == Indexing.Documents.ArticleFields.Body) _bodyOnly.Add(term);
    }

    // A span of terms in order (a name's words, EntityNamePhrases) as a phrase: its terms one place apart, moved by the span's slop.
    private static PhraseTerms? SpanPhrase(SpanQuery span) => span switch
    {
        SpanTermQuery term => new PhraseTerms([term.Term.Text], [0], 0, term.Term.Field),
        SpanNearQuery { IsInOrder: true } near when near.GetClauses().All(c => c is SpanTermQuery) =>
            new PhraseTerms(near.GetClauses().Select(c => ((SpanTermQuery)c).Term.Text).ToList(),
                Enumerable.Range(0, near.GetClauses().Length).ToList(), near.Slop, near.Field),
        _ => null,
    };

    private static IEnumerable<SpanQuery> SpanAlternatives(SpanQuery span) => span is SpanOrQuery any ? any.GetClauses() : [span];

    private void Visit(Query query, IndexReader reader)
    {
        switch (query)
        {
            case TermQuery tq when _fields.Contains(tq.Term.Field):
                AddFree(tq.Term.Text, tq.Term.Field);
                break;
            case PhraseQuery pq:
                var phraseTerms = pq.GetTerms();
                if (phraseTerms.Length == 0 || !_fields.Contains(phraseTerms[0].Field)) break;
                if (phraseTerms.Length == 1) AddFree(phraseTerms[0].Text, phraseTerms[0].Field);
                else _phrases.Add(new PhraseTerms(phraseTerms.Select(t => t.Text).ToList(), pq.GetPositions(), pq.Slop, phraseTerms[0].Field));
                break;
            case BooleanQuery bq:
                foreach (var clause in bq.Clauses)
                    if (clause.Occur != Occur.MUST_NOT) Visit(clause.Query, reader);
                break;
            case DisjunctionMaxQuery dmq:
                foreach (var disjunct in dmq.Disjuncts) Visit(disjunct, reader);
                break;
            case SpanNotQuery { Include: var include, Exclude: var exclude } when SpanPhrase(include) is { } phrase && _fields.Contains(phrase.Field!):
                _phrases.Add(phrase with { Except = SpanAlternatives(exclude).Select(SpanPhrase).OfType<PhraseTerms>().ToList() });
                break;
            case MultiPhraseQuery mpq:
                foreach (var alternatives in mpq.GetTermArrays())
                    foreach (var t in alternatives.Where(t => _fields.Contains(t.Field))) AddFree(t.Text, t.Field);
                break;
            case MultiTermQuery mtq when _fields.Contains(mtq.Field):
                var expanded = (MultiTermQuery)mtq.Clone();
                expanded.MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(MaxExpansions);
                Visit(expanded.Rewrite(reader), reader);
                break;
            case ConstantScoreQuery csq when csq.Query != null:
                Visit(csq.Query, reader);
                break;
            case FilteredQuery filtered:
                Visit(filtered.Query, reader);
                break;
        }
    }
}
