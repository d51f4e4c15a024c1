using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Search.Core.Analysis;
using Search.Core.Highlighting;
using Search.Core.Indexing.Documents;

namespace Search.Core.Search;

/// <summary>
/// Turns query text into a Lucene query, with every word required (<see cref="QueryMode.All"/>) or any
/// word enough (<see cref="QueryMode.Any"/>). Text the parser rejects is searched as plain words instead,
/// with a notice saying so; an empty query matches every article.
/// </summary>
/// <remarks>Thread-safe: a parser is made per query; the analyzer it owns is shared (Lucene analyzers reuse per-thread state).</remarks>
internal sealed class QueryBuilder(SearchOptions options, TextAnalysis? analysis = null) : IDisposable
{
    private readonly Analyzer _analyzer = ArticleAnalyzer.Create(analysis);
    // The parser's own: a number also finds its other writing ("2000", "2,000"). The other readings of the text (names,
    // stop words, feedback) take each word once.
    private readonly Analyzer _parsing = ArticleAnalyzer.Create(analysis, forQueries: true);

    /// <summary>
    /// The known names, when the caller has them: a capitalised word then finds an entity's other names only when it is a
    /// name or alias of a known entity whole ("Tokaev", "OTSC", "Japan"), not any entity with the word in its name ("News" found
    /// every story naming NBC News or Automotive News). Null: every capitalised word is looked up.
    /// </summary>
    public Extraction.Gazetteer? Gazetteer { get; init; }

    /// <summary>Past this many words, an any-words query is reduced to its distinct words before parsing, so it stays within Lucene's clause limit.</summary>
    private const int FoldWordsAbove = 256;


    /// <remarks>
    /// A pasted paragraph (<see cref="QueryModes.IsPasted"/>) is read as text, not syntax: its slashes, colons, brackets and
    /// quotes are the article's punctuation ("the 1986/87 season (November/May)" is no regular expression).
    /// </remarks>
    /// <exception cref="InvalidSearchRequestException">The query has more distinct words than Lucene's clause limit.</exception>
    /// <param name="reader">The index, to know which runs of capitalised words are entity names (<see cref="EnclosedWords"/>).</param>
    public (Query Query, string? Notice) Build(string? text, QueryMode mode = QueryMode.All, IndexReader? reader = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return (new MatchAllDocsQuery(), null);
        // Folded, a long paste is its escaped words with their counts as boosts ("sugar^3"): syntax of our own, parsed as such.
        bool folded = mode == QueryMode.Any && PlainWords.Of(text).Length > FoldWordsAbove;
        if (folded || QueryModes.IsPasted(text, options.MaxQueryLength))
        {
            var (rest, excluded) = ExcludedWords.Split(text);
            if (excluded.Count > 0)
            {
                var (kept, notice) = Build(rest, mode, reader);
                return (KeptOut(kept, excluded, reader), IsEmpty(kept) ? ExcludedWords.Notice(excluded) : notice ?? ExcludedWords.Notice(excluded));
            }
        }
        if (folded) text = PlainWords.Distinct(text);
        else if (QueryModes.IsPasted(text, options.MaxQueryLength)) return (Fold(ParsePlainWords(text, mode, reader), mode), null);
        try
        {
            var (parsed, reading) = Parse(WordSlashes(text), mode, reader);
            var query = Fold(parsed, mode);
            return (query, IsEmpty(query) ? NoWordsNotice(text) : reading ?? StopWordPhrases.Notice(text, _analyzer));
        }
        catch (ParseException e) when (e.InnerException is not BooleanQuery.TooManyClausesException)
        {
            if (WithoutUnmatchedBrackets(text, mode, reader) is { } repaired) return repaired;
            var query = Fold(ParsePlainWords(text, mode, reader), mode);
            string words = PlainWords.ForNotice(text);
            return (query, !IsEmpty(query) ? SyntaxNotice.For(text, e, words)
                : string.IsNullOrWhiteSpace(words) ? SyntaxNotice.ForNoWords(text, e) : NoWordsNotice(words));
        }
        catch (ParseException)
        {
            throw TooManyWords();
        }
    }

    // A regular expression opens a term ("/kaz.*/", "title:/kaz.*/", "-/x.*/"); a slash anywhere else is the word's: "24/7",
    // "AC/DC", "9/11", a pasted "cnn.com/world/" (whose last slash read as an unclosed expression, in Lucene's words).
    private static readonly System.Text.RegularExpressions.Regex TermStart = new(@"^[+\-!(]*(?:\w+:)?/(?!/)");
    private static readonly System.Text.RegularExpressions.Regex UnescapedSlash = new(@"(?<!\\)/");

    private static string WordSlashes(string text) =>
        !text.Contains('/') ? text : string.Join(' ', text.Split(' ').Select(token => TermStart.IsMatch(token) ? token : UnescapedSlash.Replace(token, @"\/")));

    private (Query Query, string? ReadingNotice) Parse(string text, QueryMode mode, IndexReader? reader)
    {
        var parser = new ArticleQueryParser(_parsing, options.TitleBoost, options.PatternsFindIndexedForms, options.PatternsScored);
        if (mode == QueryMode.Any) parser.DefaultOperator = Operator.OR;
        // With all words required, a word the analyzer splits ("anti-government", "state-run") is searched as the phrase it
        // is, as Solr's text fields do: as two words it found "anti" and "government" anywhere in an article. Among any
        // words (a question, a pasted paragraph) its parts still count apart: as phrases, CISI's MAP fell by 0.009.
        else parser.AutoGeneratePhraseQueries = true;
        // A capitalized word also finds the articles that name the entity under another alias (OTSC → CSTO), and so does a
        // name of several words when all are required (among any words, each already finds what it can).
        string parsed = mode == QueryMode.All ? NameRuns.Widened(text) : text;
        // Lucene reads "oil^1e-10" as "oil^1" and a required word "e-10", which nothing holds: refused, with a notice.
        if (ExponentBoost.IsMatch(parsed)) throw new ParseException(ExponentBoostMessage);
        parsed = FuzzyDistances.Read(parsed);
        var query = parser.Parse(parsed) ?? new BooleanQuery();
        if (LargestBoost(query) is > MaxBoost or float.NaN)
            throw new ParseException($"a boost (^) goes up to {MaxBoost:N0}");
        // Within a run that is an entity's name, its words are that name's (among any words there is no run to find it).
        var enclosed = mode == QueryMode.All && reader != null ? EnclosedWords.In(text, reader, _analyzer) : null;
        return (new AliasQueryExpander(_analyzer, Gazetteer).Expand(query, text, enclosed), parser.ReadingNotice);
    }

    private static readonly System.Text.RegularExpressions.Regex ExponentBoost = new(@"(?<!\\)\^[0-9]+(?:\.[0-9]+)?[eE][+\-]?[0-9]");

    internal const string ExponentBoostMessage = "a boost (^) is written as a plain number, as in word^2 or word^0.5";

    /// <summary>
    /// The largest boost a query takes: "killed^1e40" scored Infinity, which JSON cannot write (a 500). Far above any weight a
    /// reader means; a folded paste's counts ("sugar^3") stay well below it.
    /// </summary>
    public const float MaxBoost = 10_000;

    private static float LargestBoost(Query query) => Math.Max(float.IsNaN(query.Boost) ? float.NaN : Math.Abs(query.Boost), query switch
    {
        BooleanQuery boolean => boolean.Clauses.Select(c => LargestBoost(c.Query)).DefaultIfEmpty(0).Max(),
        DisjunctionMaxQuery max => max.Disjuncts.Select(LargestBoost).DefaultIfEmpty(0).Max(),
        ConstantScoreQuery { Query: { } inner } => LargestBoost(inner),
        _ => 0,
    });

    private static Query Fold(Query query, QueryMode mode) => AllExcept(mode == QueryMode.Any ? RepeatedClauses.Fold(query) : query);

    // A query of exclusions only ("-source:cnn", "NOT Moscow") means every article except those, not nothing.
    private static Query AllExcept(Query query)
    {
        if (query is not BooleanQuery boolean || boolean.Clauses.Count == 0 || boolean.Clauses.Any(c => c.Occur != Occur.MUST_NOT)) return query;
        var all = (BooleanQuery)boolean.Clone();
        all.Add(new MatchAllDocsQuery(), Occur.MUST);
        return all;
    }

    private (Query Query, string? Notice)? WithoutUnmatchedBrackets(string text, QueryMode mode, IndexReader? reader)
    {
        if (UnmatchedBrackets.Paired(text) is not { } repaired || repaired.Length == 0) return null;
        try
        {
            var query = Fold(Parse(WordSlashes(repaired), mode, reader).Query, mode);
            return IsEmpty(query) ? null : (query, SyntaxNotice.WithBracketsPaired(text, repaired));
        }
        catch (ParseException)
        {
            return null;
        }
    }

    // The query, without the articles that hold any of the excluded words.
    private Query KeptOut(Query query, IReadOnlyList<string> excluded, IndexReader? reader)
    {
        var result = new BooleanQuery { { IsEmpty(query) ? new MatchAllDocsQuery() : query, Occur.MUST } };
        result.Add(ParsePlainWords(string.Join(' ', excluded), QueryMode.Any, reader), Occur.MUST_NOT);
        return result;
    }

    // Every word escaped, operators lower-cased (so they are words, and stop words at that), distances and boosts left out.
    private Query ParsePlainWords(string text, QueryMode mode, IndexReader? reader)
    {
        var words = PlainWords.Of(text).Select(w => QueryParserBase.Escape(w is "AND" or "OR" or "NOT" ? w.ToLowerInvariant() : w));
        try
        {
            return Parse(string.Join(' ', words), mode, reader).Query;
        }
        catch (ParseException e) when (e.InnerException is BooleanQuery.TooManyClausesException)
        {
            throw TooManyWords();
        }
        catch (ParseException)
        {
            return new BooleanQuery(); // matches nothing
        }
    }

    /// <summary>Every article, or every article but some ("-source:cnn", "NOT Moscow"): all score alike.</summary>
    internal static bool RanksNothing(Query query) => query is MatchAllDocsQuery
        || query is BooleanQuery boolean && boolean.Clauses.Count > 0
            && boolean.Clauses.All(c => c.Occur == Occur.MUST_NOT || c.Query is MatchAllDocsQuery);

    /// <summary>A query with no clause left: every word was a stop word, or punctuation. It matches nothing.</summary>
    internal static bool IsEmpty(Query query) => query is BooleanQuery { Clauses.Count: 0 };

    // Said, so that an empty page is not taken for "no article reports this".
    private static string NoWordsNotice(string words) => string.IsNullOrWhiteSpace(words)
        ? "The query has no word to search for."
        : $"The query has no word to search for: “{words.Trim()}” has only words too common to search (the, of, will…) or no letters or digits. Add a rarer word.";

    private static InvalidSearchRequestException TooManyWords() =>
        new([new SearchError("q", $"The query has more than {BooleanQuery.MaxClauseCount} distinct words; shorten it.")]);

    /// <summary>A name as the body's terms and their positions, to mark where an article mentions it.</summary>
    public PhraseTerms? AsPhrase(string name)
    {
        var tokens = AnalyzedTokens.Of(_analyzer, Indexing.Documents.ArticleFields.Body, name);
        return tokens.Count == 0 ? null : new PhraseTerms(tokens.Select(t => t.Text).ToList(), tokens.Select(t => t.Position - tokens[0].Position).ToList());
    }

    /// <summary>The names of an article's entities that a search asks about, in every spelling the article used, as phrases to mark.</summary>
    public IReadOnlyList<PhraseTerms> MentionPhrases(AskedEntities asked, IReadOnlyCollection<Extraction.Entity> entities) =>
        asked.SpellingsIn(entities).Distinct().Select(AsPhrase).OfType<PhraseTerms>().ToList();

    /// <summary>The query expanded by relevance feedback over <paramref name="searcher"/>'s index.</summary>
    /// <summary>The query text with a lower-case name no article holds written with a capital (<see cref="LowerCaseNames"/>), and a notice.</summary>
    public (string? Text, string? Notice) WithNames(string? text, IndexReader reader) =>
        string.IsNullOrWhiteSpace(text) || QueryModes.IsPasted(text, options.MaxQueryLength) ? (text, null) : LowerCaseNames.Capitalised(text, reader, _analyzer, WrittenName);

    // The name as the gazetteer writes it, for the notice: "frg" is the name "FRG", not "Frg".
    private string? WrittenName(string name) =>
        new[] { name, name.ToUpperInvariant() }.Select(n => Gazetteer?.Find(n)).OfType<Extraction.GazetteerEntry>()
            .SelectMany(e => e.AllNames).FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));

    private static readonly char[] NotLetters = "\"'()[]{}+-!?.,;:*~^“”‘’".ToCharArray();

    /// <summary>The word of the query text that a body stem came from, lower-cased ("detain" → "detained"), or null.</summary>
    /// <remarks>Read on first use: only a search that found synonyms asks.</remarks>
    public Func<string, string?> TypedWords(string? text)
    {
        var words = new Lazy<Dictionary<string, string>>(() =>
        {
            var byStem = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string word in PlainWords.Of(text ?? ""))
                if (AnalyzedTokens.Of(_analyzer, Indexing.Documents.ArticleFields.Body, word) is [var only])
                    byStem.TryAdd(only.Text, word.Trim(NotLetters).ToLowerInvariant());
            return byStem;
        });
        return stem => words.Value.GetValueOrDefault(stem);
    }

    public Query Expand(IndexSearcher searcher, Query query) => new RelevanceFeedback(_analyzer, options).Expand(searcher, query);

    public void Dispose()
    {
        _analyzer.Dispose();
        _parsing.Dispose();
    }
}
