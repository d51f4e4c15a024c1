using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Highlighting;
using Search.Core.Indexing;
using Search.Core.Indexing.Documents;

namespace Search.Core.Search;

/// <summary>
/// Pseudo-relevance feedback, RM3-style (Lavrenko and Croft's relevance model, as Anserini runs it): the
/// query's top articles are taken as relevant, their words weighted by how often they occur in each
/// article and by how well that article matched, and the strongest words are added to the query. Long
/// any-words queries (a pasted question) gain the words their answers use; short keyword queries are never
/// expanded.
/// </summary>
/// <remarks>Costs a first search and the analysis of the top articles' text (at most <see cref="MaxCharsPerDocument"/> each).</remarks>
internal sealed class RelevanceFeedback(Analyzer analyzer, SearchOptions options)
{
    /// <summary>Feedback reads the start of each article: enough for its vocabulary, bounded in cost.</summary>
    public const int MaxCharsPerDocument = 10_000;

    private static readonly HashSet<string> StoredText = [ArticleFields.Title, ArticleFields.Body];

    /// <summary>
    /// Feedback expands only a query of any words (any-words mode, or words joined by OR) with at least
    /// <see cref="SearchOptions.FeedbackMinWords"/> of them: a question, not a keyword search, whose exact
    /// meaning the user chose.
    /// </summary>
    /// <remarks>Words are counted among the query's title and body terms, so a name widened to its entity fields (<see cref="AliasQueryExpander"/>) is still one word.</remarks>
    public static bool Applies(Query query, QueryTerms terms, SearchOptions options) =>
        MayApply(query, options) && terms.Free.Count + terms.Phrases.Count >= options.FeedbackMinWords;

    /// <summary>
    /// The query's shape allows feedback: a disjunction of at least <see cref="SearchOptions.FeedbackMinWords"/>
    /// clauses. Clauses are counted, not only terms, because one word over title and body is a disjunction of
    /// its own and a prefix of it expands to dozens of terms: "provi*" would otherwise be widened by feedback
    /// until it matched nearly every article. Cheap; <see cref="Applies"/> needs the extracted terms as well.
    /// </summary>
    public static bool MayApply(Query query, SearchOptions options) =>
        query is BooleanQuery boolean && boolean.Clauses.Count >= options.FeedbackMinWords && boolean.Clauses.All(c => c.Occur == Occur.SHOULD);

    public Query Expand(IndexSearcher searcher, Query query)
    {
        // In doc order, as the main search collects: the out-of-order BooleanScorer Lucene would pick for a
        // pure disjunction cost twenty times more on a thousand-word query.
        var collector = TopScoreDocCollector.Create(options.FeedbackDocuments, docsScoredInOrder: true);
        searcher.Search(ArticlesOnly.Only(FirstPass(query, searcher.IndexReader, options.FeedbackFirstPassWords)), collector);
        var top = collector.GetTopDocs().ScoreDocs;
        if (top.Length == 0) return query;
        double scoreSum = top.Sum(d => (double)d.Score);
        var model = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var hit in top)
        {
            var counts = TermCounts(searcher.Doc(hit.Doc, StoredText));
            double length = counts.Values.Sum();
            if (length == 0) continue;
            double documentWeight = scoreSum > 0 ? hit.Score / scoreSum : 1.0 / top.Length;
            foreach (var (term, count) in counts)
                model[term] = model.GetValueOrDefault(term) + documentWeight * count / length;
        }
        var strongest = model.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Take(options.FeedbackTerms).ToList();
        double total = strongest.Sum(t => t.Value);
        if (total <= 0) return query;

        var expansion = new BooleanQuery(disableCoord: true);
        foreach (var (term, weight) in strongest)
        {
            var both = new BooleanQuery(disableCoord: true);
            both.Add(new TermQuery(new Term(ArticleFields.Title, term)) { Boost = options.TitleBoost }, Occur.SHOULD);
            both.Add(new TermQuery(new Term(ArticleFields.Body, term)), Occur.SHOULD);
            both.Boost = (float)(weight / total);
            expansion.Add(both, Occur.SHOULD);
        }
        // The original query's clause weights sum to its number of words; scale it to the same footing as the model (which sums to 1).
        var original = (Query)query.Clone();
        original.Boost *= (float)(options.FeedbackOriginalWeight / Math.Max(1, ClauseWeight(query)));
        expansion.Boost = 1f - options.FeedbackOriginalWeight;
        // The added words rank what the query matches; they match nothing of their own. As optional clauses they did:
        // "coffee OR cocoa OR sugar" matched 18,513 of Reuters' 19,043 stories by relevance and 485 by date.
        var expanded = new BooleanQuery(disableCoord: true);
        expanded.Add(original, Occur.MUST);
        expanded.Add(expansion, Occur.SHOULD);
        return expanded;
    }

    /// <summary>
    /// The query the first search runs to pick the articles feedback reads: the <paramref name="words"/> clauses whose
    /// words are rarest in the index, which decide the best matches. A clause whose words cannot be listed (a prefix) is
    /// kept.
    /// </summary>
    internal static Query FirstPass(Query query, IndexReader reader, int words)
    {
        if (words <= 0 || query is not BooleanQuery boolean || boolean.Clauses.Count <= words) return query;
        var rarest = boolean.Clauses.Select((clause, order) => (clause, order, Frequency: DocumentFrequency(clause.Query, reader)))
            .OrderBy(c => c.Frequency).ThenBy(c => c.order).Take(words).OrderBy(c => c.order);
        var first = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost };
        foreach (var (clause, _, _) in rarest) first.Add(clause);
        return first;
    }

    // How many articles a clause's commonest word is in; 0 for a clause whose words are not known before it is rewritten.
    private static long DocumentFrequency(Query clause, IndexReader reader)
    {
        var terms = new HashSet<Term>();
        try { clause.ExtractTerms(terms); }
        catch (NotSupportedException) { return 0; }
        return terms.Count == 0 ? 0 : terms.Max(t => (long)reader.DocFreq(t));
    }

    private static double ClauseWeight(Query query) =>
        query is BooleanQuery boolean ? boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT).Sum(c => (double)c.Query.Boost) : query.Boost;

    private Dictionary<string, int> TermCounts(Lucene.Net.Documents.Document document)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string field in StoredText)
        {
            string text = document.Get(field) ?? "";
            if (text.Length > MaxCharsPerDocument) text = text[..MaxCharsPerDocument];
            using var stream = analyzer.GetTokenStream(ArticleFields.Body, text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                string word = term.ToString();
                // Numbers and one-letter fragments say little about a topic.
                if (word.Length < 2 || word.All(char.IsDigit)) continue;
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
            stream.End();
        }
        return counts;
    }
}
