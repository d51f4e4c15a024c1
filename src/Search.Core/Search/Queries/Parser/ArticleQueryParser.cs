using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Search.Core.Analysis;
using Search.Core.Indexing;
using Search.Core.Indexing.Documents;

namespace Search.Core.Search;

/// <summary>
/// The classic query parser over title and body (all words required), with two changes for news:
/// <c>date:2022-01-06</c> and <c>date:[2022-01-01 TO 2022-01-31]</c> search the numeric date, and a
/// "field" that is not one of ours ("Kazakhstan: protests") is read as ordinary words.
/// </summary>
/// <remarks>Not thread-safe: make one per query.</remarks>
internal sealed class ArticleQueryParser : MultiFieldQueryParser
{
    private static readonly HashSet<string> KnownFields =
    [
        ArticleFields.Title, ArticleFields.Body, ArticleFields.Source, ArticleFields.Person,
        ArticleFields.Organization, ArticleFields.Place, ArticleFields.Date, ArticleFields.Author,
    ];

    private readonly bool _indexedForms;
    private readonly bool _scored;

    /// <param name="indexedForms">Whether a pattern that is one word also finds the word's indexed form (<see cref="SearchOptions.PatternsFindIndexedForms"/>).</param>
    /// <param name="scored">Whether a pattern's matches are scored as one word (<see cref="SearchOptions.PatternsScored"/>).</param>
    public ArticleQueryParser(Analyzer analyzer, float titleBoost, bool indexedForms = true, bool scored = true)
        : base(NewsAnalyzer.Version, ArticleFields.DefaultSearchFields, analyzer,
            new Dictionary<string, float> { [ArticleFields.Title] = titleBoost, [ArticleFields.Body] = 1f })
    {
        DefaultOperator = Operator.AND;
        AllowLeadingWildcard = false;
        FuzzyMinSim = FuzzyEdits.Auto;
        _indexedForms = indexedForms;
        _scored = scored;
        if (scored) MultiTermRewriteMethod = BlendedPatternRewrite.Instance;
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (string.Equals(field, FieldExists.Field, StringComparison.OrdinalIgnoreCase)) return FieldExists.Of(Known(queryText.Trim()));
        field = LowerCaseField(field);
        if (field == ArticleFields.Date)
        {
            return DateClauses.Of(queryText);
        }
        if (field != null && !KnownFields.Contains(field)) return AsWords(field, queryText, quoted)!;
        var query = base.GetFieldQuery(field!, queryText, quoted);
        // "beheaded" in quotes is the word as written: no synonym widens it (SynonymExpansion), as none widens a phrase.
        return quoted ? QuotedText.AsQuoted(query) : query!;
    }

    // "Kazakhstan: protests": the name and the text are two words (or the text a phrase, if quoted), not one phrase.
    private BooleanQuery? AsWords(string name, string text, bool quoted)
    {
        var occur = DefaultOperator == Operator.AND ? Occur.MUST : Occur.SHOULD;
        var words = new BooleanQuery();
        foreach (var part in new[] { base.GetFieldQuery(null!, name, false), base.GetFieldQuery(null!, text, quoted) })
            if (part != null) words.Add(part, occur);
        return words.Clauses.Count == 0 ? null : words;
    }

    /// <summary>
    /// How the parser read something otherwise than as written, for the page to say; the first such. A field name written
    /// otherwise than in lower case ("TITLE:oil") is read as the field: it was read as a word, as an unknown field is, so
    /// "TITLE:killed" found nothing. A fuzzy distance larger than the word's length takes is read as that (oil~5 as oil~1).
    /// </summary>
    public string? ReadingNotice { get; private set; }

    private string LowerCaseField(string field)
    {
        if (field == null || KnownFields.Contains(field) || !KnownFields.Contains(field.ToLowerInvariant())) return field!;
        ReadingNotice ??= $"“{field}:” was read as “{field.ToLowerInvariant()}:”, as field names are lower case.";
        return field.ToLowerInvariant();
    }

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        field = Known(field);
        return field != ArticleFields.Date ? base.GetRangeQuery(field, part1, part2, startInclusive, endInclusive)
            : DateClauses.Range(part1, part2, startInclusive, endInclusive);
    }

    // \d, \w, \s and \b of other regular expression syntaxes: Lucene's reads each as its letter, so /\d+/ found "d".
    private static readonly System.Text.RegularExpressions.Regex ShorthandClass = new(@"(?<!\\)\\[dwsbDWSB]");

    // Each field of each expression builds an automaton: a query's expressions are few (AutomatonCost bounds each one).
    private const int MaxRegexpQueries = 16;

    private static bool IsOneField(string? field) => field != null;
    private int _regexpQueries;

    // Lucene throws ArgumentException for a malformed regular expression ("/a<b/"); make it a syntax error like any other.
    protected override Query GetRegexpQuery(string field, string termStr)
    {
        field = Known(field);
        if (AutomatonCost.OfRegex(termStr) is { } why)
            throw new ParseException($"'/{termStr}/' is a regular expression this search does not run: {why}.");
        if (ShorthandClass.Match(termStr) is { Success: true } shorthand)
            ReadingNotice ??= $"In “/{termStr}/”, “{shorthand.Value}” is the letter {shorthand.Value[1]}, as Lucene's regular expressions read it: "
                + "they have no shorthand classes, so write [0-9] for a digit, [a-z] for a letter.";
        // Per field searched: the call without a field, which calls this for each default field, had refused six as over eight.
        if (IsOneField(field) && ++_regexpQueries > MaxRegexpQueries)
            throw new ParseException($"The query holds more regular expressions than this search runs at once ({MaxRegexpQueries / ArticleFields.DefaultSearchFields.Length}).");
        try
        {
            return WithIndexedForm(field, IndexedPatterns.AlternativeWords(termStr), base.GetRegexpQuery(field, Folded(field, termStr)));
        }
        catch (ArgumentException e)
        {
            throw new ParseException($"'/{termStr}/' is not a valid regular expression: {e.Message}");
        }
    }

    // A star alone is the field's existence; a pattern on the date field, of numbers ("date:198*"), matched nothing, without a word.
    protected override Query GetWildcardQuery(string field, string termStr)
    {
        field = Known(field);
        return termStr == "*" && KnownFields.Contains(field) ? FieldExists.Of(field)
            : field == ArticleFields.Date ? throw DateClauses.NotADay(termStr)
            : AutomatonCost.OfWildcard(termStr) is { } why ? throw new ParseException($"'{termStr}' is a pattern this search does not run: {why}.")
            : WithIndexedPatterns(field, termStr, base.GetWildcardQuery(field, Folded(field, termStr)));
    }

    /// <summary>
    /// A pattern with a '?' inside a word ("k?lled", "p?lice") is matched against the stems too: "k?lled" found nothing,
    /// since the index holds "kill". The word is stemmed with each letter in the wildcards' places
    /// (<see cref="IndexedPatterns"/>), and each stem that keeps the wildcards' places is searched with them put back ("k?ll").
    /// </summary>
    private Query WithIndexedPatterns(string field, string pattern, Query query)
    {
        if (!_indexedForms || field is not (ArticleFields.Title or ArticleFields.Body)) return query;
        var (patterns, terms) = IndexedPatterns.Of(Folded(field, pattern).ToLowerInvariant(), word => IndexedForm(field, word) ?? word);
        if (patterns.Count + terms.Count == 0) return query;
        var widened = new BooleanQuery(disableCoord: true) { { query, Occur.SHOULD } };
        foreach (string stemmed in patterns) widened.Add(base.GetWildcardQuery(field, stemmed), Occur.SHOULD);
        foreach (string term in terms)
        {
            var indexed = new Lucene.Net.Index.Term(field, term);
            widened.Add(_scored ? new IndexedFormQuery(indexed) : new ConstantScoreQuery(new TermQuery(indexed)), Occur.SHOULD);
        }
        return widened;
    }

    protected override Query GetPrefixQuery(string field, string termStr)
    {
        field = Known(field);
        return field == ArticleFields.Date ? throw DateClauses.NotADay(termStr + "*") : WithIndexedForm(field, [termStr], base.GetPrefixQuery(field, Folded(field, termStr)));
    }

    /// <summary>
    /// A pattern's accents folded as the text fields' analysis folds them (sociét* is societ*), as Elasticsearch and Solr apply
    /// a field's lower-casing and folding to a pattern: the index holds "societe", so sociét* matched nothing.
    /// </summary>
    private static string Folded(string field, string text)
    {
        if (field is not (ArticleFields.Title or ArticleFields.Body) || text.All(char.IsAscii)) return text;
        var input = text.ToCharArray();
        var output = new char[input.Length * 4];
        int length = Lucene.Net.Analysis.Miscellaneous.ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, length);
    }

    /// <summary>
    /// A pattern is matched against the words as indexed, lower-cased and stemmed, so "police*" and "/protesters/" found
    /// nothing (the index holds "polic" and "protest"), without a word. When the pattern's text is one word that the analyzer
    /// indexes in another form, that form matches too, as the word typed alone would: "police*" finds police, policeman and
    /// policemen; "negotiat*" finds negotiate and negotiation ("negoti"). The form is the word's own, not a prefix:
    /// Elasticsearch's analyze_wildcard would search "polic*", which also finds "polici" (policy). The cost: a truncation
    /// Porter reads as a word also finds that word ("leade*" finds lead as well as leader).
    /// </summary>
    /// <param name="words">The pattern's text when it is one word; each alternative of an expression of words (/police|protesters/).</param>
    private Query WithIndexedForm(string field, IReadOnlyList<string> words, Query pattern)
    {
        if (!_indexedForms || field is not (ArticleFields.Title or ArticleFields.Body)) return pattern;
        var forms = words.Select(w => IndexedForm(field, w)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (forms.Count == 0) return pattern;
        var query = new BooleanQuery(disableCoord: true) { { pattern, Occur.SHOULD } };
        // Scored as the pattern scores its matches: by BM25 as the word alone would be, or all alike as Lucene does.
        foreach (string form in forms)
        {
            var term = new Lucene.Net.Index.Term(field, form);
            query.Add(_scored ? new IndexedFormQuery(term) : new ConstantScoreQuery(new TermQuery(term)), Occur.SHOULD);
        }
        return query;
    }

    // The one term a word of 3 letters or more is indexed as, when it differs from the word; else null.
    private string? IndexedForm(string field, string text)
    {
        if (text.Length < 3 || !text.All(char.IsLetter)) return null;
        using var stream = Analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        if (!stream.IncrementToken()) return null; // a stop word
        string indexed = term.ToString();
        bool more = stream.IncrementToken();
        stream.End();
        return more || indexed == text.ToLowerInvariant() ? null : indexed;
    }

    /// <remarks>
    /// The edits a word allows grow with the length of its indexed form, as Elasticsearch's AUTO: none up to 2 letters, 1 up
    /// to 5, 2 beyond (a number given is a most). Two edits on "oil~" matched 5,070 of Reuters' 19,043 stories: "all", "bill", "soil". The word
    /// is compared in its indexed form, as Elasticsearch's fuzzy match analyzes it, since the index holds stems: "Sarny~" (as
    /// "sarni") finds Sarney ("sarnei"), which it missed by two edits as written (<see cref="SearchOptions.PatternsFindIndexedForms"/>).
    /// </remarks>
    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity)
    {
        field = Known(field);
        if (field == ArticleFields.Date) throw DateClauses.NotADay(termStr + "~");
        // No field: the multi-field parser asks again for each default field, which comes back here.
        // ~0 is no edit: the word alone, in its indexed form ("killed~0" found nothing).
        if (field == null) return base.GetFuzzyQuery(field!, termStr, minSimilarity);
        string word = _indexedForms && field is ArticleFields.Title or ArticleFields.Body ? IndexedForm(field, termStr) ?? Folded(field, termStr) : termStr;
        // Between 0 and 1, the old similarity form: its edits on the word compared, as Lucene counts them. Read on the word as
        // typed, "killed~0.8" allowed one edit on "killed" and found nothing, as the index holds "kill"; "killed~0.5" found
        // fewer stories than "killed".
        float given = minSimilarity is > 0 and < 1 ? FuzzyEdits.OfSimilarity(minSimilarity, word.Length) : minSimilarity;
        // Counted on the word compared, as Elasticsearch counts the analyzed term: "news~" as typed allowed an edit on "new".
        int edits = Math.Min((int)given, FuzzyEdits.Allowed(word));
        if (given == minSimilarity) ReadingNotice = FuzzyEdits.AddNotice(ReadingNotice, termStr, given, word);
        var itself = NewTermQuery(new Lucene.Net.Index.Term(field, word));
        return edits == 0 ? itself : FuzzyEdits.WordFirst(base.GetFuzzyQuery(field, word, edits), itself);
    }

    // A pattern, range or fuzzy word on a field that is not one of ours ("titel:oil*") matched nothing, without a word; a
    // term there is read as words instead (GetFieldQuery). Null is each default field in turn.
    private string Known(string field)
    {
        field = LowerCaseField(field);
        return field == null || KnownFields.Contains(field) ? field!
            : throw new ParseException($"'{field}:' is not a field; the fields are title, body, source, person, org, place, author and date");
    }

    // Lucene's PhraseQuery throws for a negative slop ("wheat grain"~-5), which was a server error; a syntax error like any other.
    protected override Query GetFieldQuery(string field, string queryText, int slop)
    {
        if (slop < 0) throw new ParseException($"a phrase's distance cannot be negative (~{slop})");
        // A quoted day is the day (date:"2022-01-07", as Solr users write it): the base parser's quoted path skips the override
        // above, so the day was looked up as a word of the date field and matched nothing, without a word.
        if (field != null && LowerCaseField(field) == ArticleFields.Date) return GetFieldQuery(field, queryText, quoted: true);
        var query = base.GetFieldQuery(field, queryText, slop);
        QuotedText.WithinParagraph(query);
        // The quotes' own path: a quoted word on the default fields comes here, not through the override above.
        return QuotedText.AsQuoted(query);
    }
}
