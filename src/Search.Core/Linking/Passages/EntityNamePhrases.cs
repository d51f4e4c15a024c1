using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
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

    /// <summary>
    /// <paramref name="word"/> (the typed word on the passage text) or any name of the entities the look-up's entity clauses
    /// name, each kept to the passages of the articles that have that entity.
    /// </summary>
    public Query WithNames(Query word, BooleanQuery lookUp)
    {
        var typed = TermsOf(word).ToHashSet();
        var any = new Search.WordOrItsNames { { word, Occur.SHOULD } };
        foreach (var clause in lookUp.Clauses.Skip(1))
        {
            if (NameOf(clause.Query) is not { } alias || !_entriesByAlias.Value.TryGetValue(alias, out var entries)) continue;
            var names = new BooleanQuery(disableCoord: true);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (string name in entries.SelectMany(e => e.AllNames).Take(MaxNames))
                if (Phrase(name) is { } phrase && seen.Add(phrase.ToString()) && !(phrase.GetTerms() is [var only] && typed.Contains(only)))
                    names.Add(phrase, Occur.SHOULD);
            if (names.Clauses.Count > 0) any.Add(new FilteredQuery(names, new PassagesOfArticles(clause.Query)), Occur.SHOULD);
        }
        return any.Clauses.Count == 1 ? word : any;
    }

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

    private PhraseQuery? Phrase(string name)
    {
        var tokens = Analysis.AnalyzedTokens.Of(analyzer, PassageFields.Text, name);
        if (tokens.Count == 0) return null;
        var phrase = new PhraseQuery();
        foreach (var (text, position) in tokens) phrase.Add(new Term(PassageFields.Text, text), position - tokens[0].Position);
        return phrase;
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
