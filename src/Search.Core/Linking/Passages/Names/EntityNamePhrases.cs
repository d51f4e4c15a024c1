using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using Search.Core.Extraction;
using Search.Core.Facets;

namespace Search.Core.Linking.Passages;

/// <summary>
/// A name the user typed in one of its spellings ("Tokaev", "OTSC", "Zajarova", "Kasim-Yomart Tokayev"), searched on passages
/// by every name of the entity it is an alias of. The article search finds those names through its entity fields (<see cref="Search.AliasQueryExpander"/>); a
/// passage has none, so its text is searched for each gazetteer name of the entity ("Kassym-Jomart Tokayev", "Tokayev"),
/// in the articles where the entity was found. Without this, the side-by-side view listed as silent an outlet that wrote
/// "Tokayev" when the user typed "Tokaev".
/// </summary>
/// <remarks>Thread-safe: the look-up is built once, on first use; the analyzer is shared (Lucene analyzers reuse per-thread state).</remarks>
internal sealed class EntityNamePhrases(Gazetteer gazetteer, Analyzer analyzer)
{
    /// <summary>At most this many names per entity are searched: the gazetteer's longest entries list about a dozen.</summary>
    public const int MaxNames = 24;

    private readonly Lazy<Dictionary<(string Field, string Words), List<GazetteerEntry>>> _entriesByAlias = new(() => ByAlias(gazetteer, analyzer));
    private readonly EnclosingNames _enclosing = new(gazetteer, analyzer, PassageFields.Text);
    private readonly IndexedNames _indexed = new(analyzer, PassageFields.Text);
    private readonly SurnameMentions _surnames = new(analyzer);

    /// <summary>
    /// <paramref name="word"/> (the typed word on the passage text) or any name of the entities the look-up's entity clauses
    /// name, each kept to the passages of the articles that have that entity.
    /// </summary>
    /// <param name="ordinals">The index's entity names, where it holds longer names the gazetteer lacks (<see cref="IndexedNames"/>).</param>
    public Query WithNames(Query word, BooleanQuery lookUp, FacetOrdinals? ordinals = null)
    {
        var typed = TermsOf(word).ToHashSet();
        var any = new Search.WordOrItsNames { { word, Occur.SHOULD } };
        foreach (var clause in lookUp.Clauses.Skip(1))
        {
            if (NameOf(clause.Query) is not { } alias || !_entriesByAlias.Value.TryGetValue(alias, out var entries)) continue;
            var names = new BooleanQuery(disableCoord: true);
            // A one-word name the word typed already searches is not searched again.
            AddNames(names, [], entries.SelectMany(e => e.AllNames).Take(MaxNames), entries, ordinals, askedField: null,
                skip: words => words is [var only] && typed.Contains(new Term(PassageFields.Text, only.Text)));
            if (names.Clauses.Count > 0) any.Add(new FilteredQuery(names, new PassagesOfArticles(clause.Query)), Occur.SHOULD);
        }
        return any.Clauses.Count == 1 ? word : any;
    }

    /// <summary>
    /// The passage text that names the entity an entity clause asks for (<c>person:tokayev</c>): each gazetteer name of it, and
    /// the clause's own words, which also name an entity the gazetteer lacks. Null when the clause is on no entity field.
    /// </summary>
    public Query? MentionsOf(Query clause, FacetOrdinals? ordinals = null)
    {
        var alternatives = clause is BooleanQuery any && any.Clauses.Count > 0 && any.Clauses.All(c => c.Occur == Occur.SHOULD)
            ? any.Clauses.Select(c => c.Query) : [clause];
        var aliases = new List<(string, string)>();
        foreach (var alternative in alternatives)
        {
            if (NameOf(alternative) is not { } alias || !Indexing.Documents.ArticleFields.EntityFields.Contains(alias.Item1)) return null;
            aliases.Add(alias);
        }
        return Mentions(aliases, ordinals, partNames: true);
    }

    /// <summary>The passage text that names an entity filtered by its value (<c>person=Kassym-Jomart Tokayev</c>), as <see cref="MentionsOf"/>.</summary>
    public Query? MentionsOfValue(string field, string value, FacetOrdinals? ordinals = null)
    {
        var words = Analysis.AnalyzedTokens.Of(analyzer, field, value);
        return words.Count == 0 ? null : Mentions([(field, string.Join(' ', words.Select(w => w.Text)))], ordinals);
    }

    // Each alias's entities under each of their names, and the alias's own words. With part names, as an entity clause reads its
    // words (org:khabar finds the articles that name "Khabar 24"), so are the entities whose indexed names hold the words.
    private Query? Mentions(List<(string Field, string Words)> aliases, FacetOrdinals? ordinals, bool partNames = false)
    {
        var names = new BooleanQuery(disableCoord: true);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var alias in aliases)
        {
            var entries = _entriesByAlias.Value.GetValueOrDefault(alias) ?? [];
            // A name the gazetteer lacks is searched and marked as the index's names of its field write it in full: person=azirbek
            // marks "Saltanat Azirbek"; it marked the surname alone.
            var words = Analysis.AnalyzedTokens.Of(analyzer, PassageFields.Text, alias.Words);
            var held = ordinals != null && (partNames || entries.Count == 0) ? NamesHolding(alias.Field, words, ordinals) : [];
            var heldEntries = held.Take(MaxNames).SelectMany(n => EntriesNamed(n.Field, n.Label)).Except(entries).Distinct().ToList();
            IReadOnlyCollection<GazetteerEntry> asked = [.. entries, .. heldEntries];
            // A clause's words ask for every name of its field that holds them; a filter value with a gazetteer entry, for that entry.
            string? askedField = partNames || entries.Count == 0 ? alias.Field : null;
            var own = entries.SelectMany(e => e.AllNames).Take(MaxNames);
            if (!partNames || SearchedAlone(alias.Field, words, entries, held, ordinals!)) own = own.Prepend(alias.Words);
            AddNames(names, seen, own, asked, ordinals, askedField);
            // The names that hold the words rank after the entity's own when the words name one: org:opec put "OPEC Fund" first,
            // and place:america Latin America before the United States.
            float partBoost = entries.Count > 0 ? 0.01f : 1f;
            AddNames(names, seen, heldEntries.SelectMany(e => e.AllNames).Take(MaxNames), asked, ordinals, askedField, partBoost);
            foreach (var name in held.Take(MaxNames))
                Add(names, seen, NameQuery([.. name.Words], asked, ordinals, askedField), partBoost);
            // A person is named by surname too, where no namesake is in the article.
            if (alias.Field == Indexing.Documents.ArticleFields.Person && ordinals != null && _surnames.Of(alias.Words, ordinals) is { } surname
                && seen.Add(surname.ToString())) names.Add(surname, Occur.SHOULD);
        }
        return names.Clauses.Count == 0 ? null : names;
    }

    // The words alone, unless they are only part of an organization's or a place's names: "security" in "security forces" names
    // no organization, where "Texaco" names Texaco Inc. A person's given name or surname alone ("Azirbek said") names the person.
    // A word too many names hold to search each (org:bank) is searched alone too.
    private bool SearchedAlone(string field, List<(string Text, int Position)> words, List<GazetteerEntry> entries, List<IndexedName> held,
        FacetOrdinals ordinals) =>
        entries.Count > 0 || held.Count is 0 or > MaxNames || field == Indexing.Documents.ArticleFields.Person || _indexed.IsName(field, words, ordinals);

    // Each name's words on the passage text as a phrase (NameQuery), once, unless skipped. The asked field is that of an entity
    // clause (person:azirbek), whose names in that field that hold the words are the entities asked for.
    private void AddNames(BooleanQuery names, HashSet<string> seen, IEnumerable<string> texts, IReadOnlyCollection<GazetteerEntry> entries,
        FacetOrdinals? ordinals, string? askedField, float boost = 1f, Func<List<(string Text, int Position)>, bool>? skip = null)
    {
        foreach (string name in texts)
        {
            var words = Analysis.AnalyzedTokens.Of(analyzer, PassageFields.Text, name);
            if (words.Count == 0 || skip?.Invoke(words) == true) continue;
            Add(names, seen, NameQuery(words, entries, ordinals, askedField), boost);
        }
    }

    // Once: a name both the entity and a longer name write is searched once.
    private static void Add(BooleanQuery names, HashSet<string> seen, Query phrase, float boost)
    {
        if (!seen.Add(phrase.ToString())) return;
        phrase.Boost = boost;
        names.Add(phrase, Occur.SHOULD);
    }

    // The index's names in the alias's field that hold its words among others ("Khabar 24" holds khabar), at most one past MaxNames.
    private List<IndexedName> NamesHolding(string field, List<(string Text, int Position)> words, FacetOrdinals ordinals) =>
        words.Count == 0 ? []
            : [.. _indexed.Holding(words[0].Text, ordinals).Where(n => n.Field == field && EnclosingNames.Holds(n.Words, words)).Take(MaxNames + 1)];

    private List<GazetteerEntry> EntriesNamed(string field, string label) =>
        _entriesByAlias.Value.GetValueOrDefault((field, string.Join(' ', Analysis.AnalyzedTokens.Of(analyzer, field, label).Select(t => t.Text)))) ?? [];

    // The field and words an alias look-up's clause searches: a one-word alias, or the words of a name (NameRuns).
    private static (string, string)? NameOf(Query clause) => clause switch
    {
        TermQuery term => (term.Term.Field, term.Term.Text),
        PhraseQuery phrase when phrase.GetTerms() is { Length: > 0 } terms => (terms[0].Field, string.Join(' ', terms.Select(t => t.Text))),
        _ => null,
    };

    // Each entity under every name of it, as its entity field's words: what the alias look-up searches.
    private static Dictionary<(string, string), List<GazetteerEntry>> ByAlias(Gazetteer gazetteer, Analyzer analyzer)
    {
        var byAlias = new Dictionary<(string, string), List<GazetteerEntry>>();
        foreach (var entry in gazetteer.Entries)
        {
            string field = FacetDimension.For(entry.Type).Field;
            foreach (string name in entry.AllNames)
            {
                var tokens = Analysis.AnalyzedTokens.Of(analyzer, field, name);
                if (tokens.Count == 0) continue;
                var key = (field, string.Join(' ', tokens.Select(t => t.Text)));
                if (!byAlias.TryGetValue(key, out var list)) byAlias[key] = list = [];
                if (!list.Contains(entry)) list.Add(entry);
            }
        }
        return byAlias;
    }

    // The name's words as a phrase; where they stand inside a longer name of another entity ("America" in "Bank of America"),
    // a span that leaves those places out.
    private Query NameQuery(List<(string Text, int Position)> words, IReadOnlyCollection<GazetteerEntry> entities, FacetOrdinals? ordinals, string? askedField)
    {
        // A name both the gazetteer and the index hold ("Bank of America") is one span.
        var holding = _enclosing.Holding(words, entities)
            .Concat(ordinals == null ? [] : IndexedHolding(words, entities, ordinals, askedField)).DistinctBy(Key).ToList();
        if (holding.Count == 0)
        {
            var phrase = new PhraseQuery();
            foreach (var (text, position) in words) phrase.Add(new Term(PassageFields.Text, text), position - words[0].Position);
            return phrase;
        }
        return new SpanNotQuery(Span(words), new SpanOrQuery(holding.Select(Span).ToArray()));
    }

    // The index's names that hold the words and are no name of the entities themselves, nor in the asked field. A clause
    // (person:azirbek) is found by the article search in the index's names of its field that hold its words ("Saltanat Azirbek"):
    // those are the entities asked for, not longer names around them. The passages that wrote the full name were left out, and /compare
    // listed as silent an outlet whose article the search found.
    private IEnumerable<IReadOnlyList<(string Text, int Position)>> IndexedHolding(List<(string Text, int Position)> words,
        IReadOnlyCollection<GazetteerEntry> entities, FacetOrdinals ordinals, string? askedField)
    {
        // Read only when some name holds the words: most names of most entities are held by none.
        var own = new Lazy<HashSet<string>>(() =>
            entities.SelectMany(e => e.AllNames).Select(n => Key(Analysis.AnalyzedTokens.Of(analyzer, PassageFields.Text, n))).ToHashSet(StringComparer.Ordinal));
        foreach (var (field, _, name) in _indexed.Holding(words[0].Text, ordinals))
            if (name.Count > words.Count && EnclosingNames.Holds(name, words) && !own.Value.Contains(Key(name))
                && field != askedField)
                yield return name;
    }

    private static string Key(IReadOnlyList<(string Text, int Position)> words) => string.Join(' ', words.Select(w => $"{w.Text}@{w.Position - words[0].Position}"));

    private static SpanQuery Span(IReadOnlyList<(string Text, int Position)> words)
    {
        if (words.Count == 1) return new SpanTermQuery(new Term(PassageFields.Text, words[0].Text));
        // A stop word left out of a name ("Bank of America") leaves a gap between its words: the span allows that many.
        int gaps = words[^1].Position - words[0].Position - (words.Count - 1);
        return new SpanNearQuery(words.Select(w => (SpanQuery)new SpanTermQuery(new Term(PassageFields.Text, w.Text))).ToArray(), gaps, inOrder: true);
    }


    // The word typed, with its synonyms: a name of it already searched as typed. A name of several words is no one word.
    private static IEnumerable<Term> TermsOf(Query query) => query switch
    {
        TermQuery term => [term.Term],
        Search.WordWithSynonyms synonyms => synonyms.Clauses.SelectMany(c => TermsOf(c.Query)),
        DisjunctionMaxQuery best => best.Disjuncts.SelectMany(TermsOf),
        BooleanQuery { Clauses: [var one] } => TermsOf(one.Query),
        _ => [],
    };
}
