using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Linking.Corroboration;

namespace Search.Core.Search;

/// <summary>
/// A query whose words also find their news synonyms (<see cref="NewsSynonyms.Alike"/>: beheaded finds decapitated), as one
/// report's word is another's. Each synonym is boosted so that it scores <see cref="SynonymWeight"/> of what the word typed
/// would score in its place: BM25 weighs a term by its idf times the boost, so the boost is the ratio of the two idfs. The
/// article search, the passages and the side-by-side view expand alike, so their counts can be read against each other.
/// </summary>
/// <remarks>One per search: it counts terms in one reader and collects the synonyms it found.</remarks>
internal sealed class SynonymExpansion(NewsSynonyms synonyms, IndexReader reader)
{
    /// <summary>
    /// How much a synonym counts against the word typed: half. A text that has the word itself ranks above one that has only
    /// its synonym, as a reader who typed "fuel" expects to see "fuel" before "liquefied gas".
    /// </summary>
    public const float SynonymWeight = 0.5f;

    private readonly Dictionary<string, int> _documents = new(StringComparer.Ordinal);

    /// <summary>The synonyms added that some document holds, as stems.</summary>
    public SortedSet<string> Found { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the query was widened at all: by a synonym, or by the words an abbreviation stands for.</summary>
    public bool Widened => Found.Count > 0 || _foundSpelledOut.Count > 0 || _numbers.Added;

    private readonly NumberWritings _numbers = new(reader, synonyms);

    private readonly Dictionary<string, string> _typedOf = new(StringComparer.Ordinal); // a synonym's stem → the stem typed

    /// <summary>
    /// The synonyms found, as the synonyms file writes them ("decapitated"), for a page to name; each in the form that ends as
    /// the word typed does, when <paramref name="typedWord"/> gives it for the typed stem ("detained" names "arrested").
    /// </summary>
    public IReadOnlyList<string> FoundWords(Func<string, string?>? typedWord = null) =>
        Found.Select(s => synonyms.WordOf(s, typedWord != null && _typedOf.TryGetValue(s, out string? typed) ? typedWord(typed) : null))
            .Concat(_foundSpelledOut).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The query with each word on <paramref name="fields"/> widened to its synonyms, and its runs of words to their other
    /// writings (<see cref="WithOtherWritings"/>). Phrases, patterns and a pattern's indexed form stay as they are: a phrase is
    /// the words as written, but for a number and its scale ("3.1 million"), which is one number however written.
    /// </summary>
    public Query Expand(Query query, IReadOnlySet<string> fields)
    {
        LeaveOutExcludedWords(query);
        return Widen(WithOtherWritings(query), fields);
    }

    /// <summary>
    /// The query with each run of words typed (each required, or each optional) that is written otherwise too: a number and its
    /// scale ("3.1 million", also "3,100,000" and "3.1m", at full weight), and the words an abbreviation stands for ("initial
    /// public offering", also "IPO", at <see cref="SynonymWeight"/>), where some text holds the other writing.
    /// </summary>
    public Query WithOtherWritings(Query query)
    {
        if (query is not BooleanQuery boolean || boolean.Clauses.Count < 2) return query;
        var clauses = boolean.Clauses.ToList();
        var result = new BooleanQuery(boolean.CoordDisabled) { MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch, Boost = boolean.Boost };
        bool changed = false;
        for (int i = 0; i < clauses.Count;)
        {
            // "3.1 million" typed as words also finds "3,100,000" and "3.1m".
            if (clauses[i].Occur != Occur.MUST_NOT && i + 1 < clauses.Count && clauses[i + 1].Occur == clauses[i].Occur
                && WordClauses.WordOf(clauses[i].Query) is { } number && WordClauses.WordOf(clauses[i + 1].Query) is { } scale && ScaledNumbers.IsScale(scale)
                && _numbers.Either(new BooleanQuery(disableCoord: true) { { clauses[i].Query, Occur.MUST }, { clauses[i + 1].Query, Occur.MUST } }, number, scale, clauses[i].Query) is { } writings)
            {
                result.Add(writings, clauses[i].Occur);
                (i, changed) = (i + 2, true);
                continue;
            }
            if (clauses[i].Occur != Occur.MUST_NOT && AbbreviationAt(clauses, i) is ({ } meaning, var stem) && Abbreviated(clauses[i].Query, stem) is { } abbreviated)
            {
                var words = new BooleanQuery(disableCoord: true);
                foreach (var clause in clauses.Skip(i).Take(meaning.Stems.Count)) words.Add(clause.Query, Occur.MUST);
                abbreviated.Boost = SynonymWeight;
                result.Add(new BooleanQuery(disableCoord: true) { { words, Occur.SHOULD }, { abbreviated, Occur.SHOULD } }, clauses[i].Occur);
                if (!_foundSpelledOut.Contains(meaning.Abbreviation)) _foundSpelledOut.Add(meaning.Abbreviation);
                (i, changed) = (i + meaning.Stems.Count, true);
                continue;
            }
            result.Add(clauses[i]);
            i++;
        }
        return changed ? result : query;
    }

    // The abbreviation whose words the clauses from i write, in order, each a word alone with the same occur.
    private (SpelledOut? Meaning, string Stem) AbbreviationAt(List<BooleanClause> clauses, int i)
    {
        foreach (var (stem, meaning) in synonyms.Abbreviations)
        {
            int n = meaning.Stems.Count;
            if (i + n > clauses.Count || Excluded(stem)) continue;
            bool writes = true;
            for (int k = 0; k < n && writes; k++)
                writes = clauses[i + k].Occur == clauses[i].Occur && WordClauses.WordOf(clauses[i + k].Query) == meaning.Stems[k];
            if (writes) return (meaning, stem);
        }
        return (null, "");
    }

    // The abbreviation on the fields the clause's word is searched on, where some text holds it.
    private Query? Abbreviated(Query clause, string stem) => WordClauses.Like(clause, stem) is { } word && WordClauses.Held(word, reader) ? word : null;

    private readonly HashSet<string> _excluded = new(StringComparer.Ordinal);
    private readonly List<string> _excludedPrefixes = [];

    private bool Excluded(string stem) => _excluded.Contains(stem) || _excludedPrefixes.Any(p => stem.StartsWith(p, StringComparison.Ordinal));

    /// <summary>
    /// The words <paramref name="query"/> excludes are no synonyms here: "killed -dead" leaves out what says "dead", so "dead"
    /// finds nothing as a synonym of killed, and is not named as one.
    /// </summary>
    public void LeaveOutExcludedWords(Query query, bool excluded = false)
    {
        if (query is TermQuery term && excluded) _excluded.Add(term.Term.Text);
        // "killed -kill*" excludes the word asked for: it has no synonyms either, as the notice says it asks nothing.
        else if (query is PrefixQuery prefix && excluded) _excludedPrefixes.Add(prefix.Prefix.Text);
        else if (query is BooleanQuery boolean)
            foreach (var clause in boolean.Clauses) LeaveOutExcludedWords(clause.Query, excluded || clause.Occur == Occur.MUST_NOT);
    }

    private Query Widen(Query query, IReadOnlySet<string> fields)
    {
        switch (query)
        {
            case IndexedFormQuery or QuotedWordQuery:
                return query;
            case PhraseQuery phrase when phrase.GetTerms() is [var first, _] && fields.Contains(first.Field):
                return NumberPhrase(phrase);
            case TermQuery term when fields.Contains(term.Term.Field):
                var expanded = Of(term.Term);
                if (expanded is TermQuery) return query;
                expanded.Boost = term.Boost;
                return expanded;
            case BooleanQuery boolean:
                var result = new BooleanQuery(boolean.CoordDisabled) { MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch, Boost = boolean.Boost };
                // An excluded word is the word alone: "killed -dead" leaves out what says "dead", not every killing.
                // A number excluded is excluded in every writing.
                foreach (var clause in boolean.Clauses) result.Add(clause.Occur == Occur.MUST_NOT ? _numbers.Excluded(clause.Query, fields) : Widen(clause.Query, fields), clause.Occur);
                return result;
            default:
                return query;
        }
    }

    /// <summary>
    /// A phrase of a number and its scale ("3.1 million"), or it or the number's one-word writings ("3,100,000"); a number in two
    /// words ("twenty-three"), or it or its digits.
    /// </summary>
    public Query NumberPhrase(PhraseQuery phrase) => _numbers.Phrase(phrase);

    /// <summary>The word, or the word with its synonyms that some document holds in its field.</summary>
    public Query Of(Term word)
    {
        var typed = new TermQuery(word);
        // A word the query also excludes ("killed -killed", "protesters NOT protests") asks for nothing: its synonyms found what
        // says "dead" or "turmoil" on the passages, where the article search found nothing.
        if (Excluded(word.Text)) return typed;
        var others = synonyms.Alike(word.Text).Where(s => s != word.Text && !Excluded(s))
            .Select(s => (Term: new Term(word.Field, s), Count: reader.DocFreq(new Term(word.Field, s))))
            .Where(s => s.Count > 0).ToList();
        var spelled = SpelledOut(word);
        var numbers = _numbers.Of(word);
        if (others.Count == 0 && spelled.Count == 0 && numbers.Count == 0) return typed;
        Found.UnionWith(others.Select(o => o.Term.Text));
        foreach (var other in others) _typedOf.TryAdd(other.Term.Text, word.Text);
        // The synonyms count as their best one: summed, a text holding three of them ("protests, riots and an uprising")
        // outranked every text with the word typed ("turmoil" 6th on Reuters).
        float idf = Idf(word.Field, reader.DocFreq(word));
        var best = new DisjunctionMaxQuery(0f);
        foreach (var (other, count) in others)
            best.Add(new TermQuery(other) { Boost = SynonymWeight * idf / Idf(word.Field, count) });
        // A phrase scores the sum of its words' idfs: the words an abbreviation stands for count as a synonym does.
        foreach (var (phrase, idfs) in spelled)
        {
            phrase.Boost = SynonymWeight * idf / idfs;
            best.Add(phrase);
        }
        // Another writing of the number typed weighs as the number typed.
        foreach (var writing in numbers)
        {
            writing.Boost = idf / (writing is PhraseQuery words ? words.GetTerms().Sum(t => Idf(t.Field, reader.DocFreq(t))) : Idf(word.Field, reader.DocFreq(((TermQuery)writing).Term)));
            best.Add(writing);
        }
        return new WordWithSynonyms { { typed, Occur.SHOULD }, { best, Occur.SHOULD } };
    }

    private readonly List<string> _foundSpelledOut = [];

    // The phrases an abbreviation stands for that some document may hold ("IPO": "initial public offering"), with the sum of
    // their words' idfs; none that no document of the field holds, or whose word is excluded.
    private List<(PhraseQuery Phrase, float Idfs)> SpelledOut(Term word)
    {
        var found = new List<(PhraseQuery, float)>();
        foreach (var meaning in synonyms.SpelledOutOf(word.Text))
        {
            var counts = meaning.Stems.Select(s => reader.DocFreq(new Term(word.Field, s))).ToList();
            if (counts.Contains(0) || meaning.Stems.Any(Excluded)) continue;
            var phrase = new PhraseQuery();
            foreach (string stem in meaning.Stems) phrase.Add(new Term(word.Field, stem));
            // Named as searched only where some text holds the words together, as a synonym is where some text holds it.
            if (new IndexSearcher(reader).Search(phrase, 1).TotalHits == 0) continue;
            found.Add((phrase, meaning.Stems.Select((_, i) => Idf(word.Field, counts[i])).Sum()));
            if (!_foundSpelledOut.Contains(meaning.Written)) _foundSpelledOut.Add(meaning.Written);
        }
        return found;
    }

    // As ArticleSimilarity counts it (BM25's idf over the documents that have the field); a word in no document counts as in one.
    private float Idf(string field, int count)
    {
        if (!_documents.TryGetValue(field, out int documents)) _documents[field] = documents = Math.Max(1, reader.GetDocCount(field));
        count = Math.Max(1, count);
        return (float)Math.Log(1 + (documents - count + 0.5) / (count + 0.5));
    }
}

/// <summary>A word typed (the first clause) or the best of its synonyms (the second): told apart from words the user joined by OR.</summary>
internal sealed class WordWithSynonyms() : BooleanQuery(disableCoord: true);

/// <summary>A name typed (the first clause) or the entity's other names on passages (<see cref="Linking.Passages.EntityNamePhrases"/>).</summary>
internal sealed class WordOrItsNames() : BooleanQuery(disableCoord: true);
