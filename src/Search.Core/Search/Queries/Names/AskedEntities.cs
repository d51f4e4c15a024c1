using Lucene.Net.Search;
using Search.Core.Extraction;
using Search.Core.Facets;

namespace Search.Core.Search;

/// <summary>
/// The entities a search asks about: the person, organization and place values it filters by (canonical
/// names) and the words it searches in those fields (<c>person:tokayev</c>). An article's entity is asked
/// about when its canonical name is filtered, when one of its names holds every word of such a field search (whole
/// words), or when a capitalised word of the query is one of its names or aliases whole ("OTSC" for the CSTO).
/// Its mentions are then marked and preferred for snippets, so a search by entity shows where the article names it.
/// </summary>
internal sealed class AskedEntities
{
    private readonly Dictionary<EntityType, HashSet<string>> _filtered = [];
    // A field search's words; a phrase's (Ordered) must stand together in the name, in order, as the search matched them.
    private readonly List<(EntityType Type, string[] Words, bool Ordered)> _searched = [];
    // Named by a capitalised word the search also looked up among entity names ("Japan", "OTSC"): only an entity that the
    // word names whole (a one-word name or alias), not each entity with the word in its name ("Bank of Japan", whose
    // mention "Bank" was marked in a search for Japan).
    private readonly List<(EntityType Type, string Word)> _named = [];
    private readonly Gazetteer? _gazetteer;

    private readonly Lucene.Net.Index.IndexReader? _reader;

    private AskedEntities(Gazetteer? gazetteer, Lucene.Net.Index.IndexReader? reader) => (_gazetteer, _reader) = (gazetteer, reader);

    public bool IsEmpty => _filtered.Count == 0 && _searched.Count == 0 && _named.Count == 0;

    /// <param name="gazetteer">
    /// Lets a field search find an entity by an alias the article did not use: <c>org:otsc</c> asks about the CSTO of a report
    /// that writes only "CSTO", as the search found it through the alias fields.
    /// </param>
    /// <param name="reader">Expands a pattern on an entity field (<c>person:tokay*</c>) into the names' words it matches.</param>
    public static AskedEntities Of(SearchRequest request, Query query, Gazetteer? gazetteer = null, Lucene.Net.Index.IndexReader? reader = null)
    {
        var asked = new AskedEntities(gazetteer, reader);
        foreach (var dimension in FacetDimension.ValueFiltered.Where(d => d.EntityType != null))
        {
            var values = request.FilterValues(dimension.Name);
            // As the filter finds them: "Bernardo Arévalo" marks him in a report that writes "Arevalo" (Facets.ValueSpellings).
            if (values.Count > 0)
                asked._filtered[dimension.EntityType!.Value] = values.Select(v => ValueSpellings.Key(v, dimension == FacetDimension.Organization)).ToHashSet(StringComparer.Ordinal);
        }
        asked.Visit(query);
        return asked;
    }

    /// <summary>How the article names the entities the search asks about: each asked entity's name and its own mentions.</summary>
    /// <remarks>
    /// A country's mentions include the article's cities in it ("Almaty" and "Nur-Sultan" for Kazakhstan), so a city puts its
    /// article under its country. A mention two entities share is the one's with the fewest mentions, the most specific:
    /// <c>place:almaty</c> asks about Almaty, not Kazakhstan, and a search for Kazakhstan marks no "Almaty".
    /// </remarks>
    public IEnumerable<string> SpellingsIn(IReadOnlyCollection<Entity> entities)
    {
        var fewest = new Dictionary<(EntityType, string), int>();
        foreach (var entity in entities)
            foreach (string mention in entity.Mentions)
                fewest[(entity.Type, mention)] = Math.Min(fewest.GetValueOrDefault((entity.Type, mention), int.MaxValue), entity.Mentions.Count);
        foreach (var entity in entities)
        {
            var spellings = entity.Mentions.Where(m => m == entity.Name || fewest[(entity.Type, m)] == entity.Mentions.Count)
                .Prepend(entity.Name).Distinct().ToList();
            if (Asks(entity, spellings)) foreach (string spelling in spellings) yield return spelling;
        }
    }

    private bool Asks(Entity entity, List<string> spellings)
    {
        if (_filtered.TryGetValue(entity.Type, out var names) && names.Contains(ValueSpellings.Key(entity.Name, entity.Type == EntityType.Organization))) return true;
        if (_searched.Count == 0 && _named.Count == 0) return false;
        var known = _gazetteer == null ? spellings : spellings.Concat(_gazetteer.NamesOf(entity.Type, entity.Name));
        var nameWords = known.Select(WordsOf).ToList();
        return _searched.Any(s => s.Type == entity.Type && nameWords.Any(n => s.Ordered ? HoldsInOrder(n, s.Words) : s.Words.All(n.Contains)))
            || _named.Any(s => s.Type == entity.Type && nameWords.Any(n => n.Count == 1 && n.Contains(s.Word)));
    }

    // "Bank of America" is in "Bank of America Corp", not in "First of America Bank Corp", which has both words. Stop words
    // ("of") are not searched, so they are passed over.
    private static bool HoldsInOrder(List<string> name, string[] words)
    {
        static List<string> Content(IEnumerable<string> all) => all.Where(w => !Lucene.Net.Analysis.Core.StopAnalyzer.ENGLISH_STOP_WORDS_SET.Contains(w)).ToList();
        var content = Content(name);
        var searched = Content(words);
        for (int i = 0; i + searched.Count <= content.Count; i++)
            if (searched.Select((w, k) => content[i + k] == w).All(same => same)) return true;
        return false;
    }

    // A name's words in the gazetteer's comparison form (case and accents folded, dots dropped: "U.S." is "us"), split at
    // anything but letters, digits and apostrophes: whole words, since place:us asks about the United States, not about
    // every name with "us" in it (Russia, Belarus).
    private static List<string> WordsOf(string name)
    {
        string key = NameKey.Of(name);
        var words = new List<string>();
        int start = -1;
        for (int i = 0; i <= key.Length; i++)
        {
            bool inWord = i < key.Length && (char.IsLetterOrDigit(key[i]) || key[i] == '\'');
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(key[start..i]);
                start = -1;
            }
        }
        return words;
    }

    private void Visit(Query query)
    {
        switch (query)
        {
            case TermQuery term when TypeOf(term.Term.Field) is { } type:
                _searched.Add((type, [term.Term.Text], false));
                break;
            case PhraseQuery phrase when phrase.GetTerms() is { Length: > 0 } terms && TypeOf(terms[0].Field) is { } phraseType:
                _searched.Add((phraseType, terms.Select(t => t.Text).ToArray(), true));
                break;
            // Each word of a name the pattern matches, as if searched alone: person:tokay* asks about Tokayev.
            case MultiTermQuery pattern when _reader != null && TypeOf(pattern.Field) != null:
                var expanded = (MultiTermQuery)pattern.Clone();
                expanded.MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(Highlighting.QueryTerms.MaxExpansions);
                Visit(expanded.Rewrite(_reader));
                break;
            case BooleanQuery boolean when IsNameLookUp(boolean):
                foreach (var clause in boolean.Clauses.Skip(1))
                {
                    if (clause.Query is TermQuery { Term: var term }) _named.Add((TypeOf(term.Field)!.Value, term.Text));
                    // A name of several words (NameRuns): an entity one of whose names holds them all.
                    else if (clause.Query is PhraseQuery phrase && phrase.GetTerms() is { Length: > 0 } words)
                        _searched.Add((TypeOf(words[0].Field)!.Value, words.Select(w => w.Text).ToArray(), true));
                }
                Visit(boolean.Clauses[0].Query);
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT)) Visit(clause.Query);
                break;
        }
    }

    // AliasQueryExpander's form of a capitalised word: the word itself, then the same word on entity name fields, all optional;
    // and NameRuns' of a name of several words, with the name as a phrase on those fields.
    internal static bool IsNameLookUp(BooleanQuery boolean) =>
        boolean.Clauses.Count > 1 && boolean.Clauses.All(c => c.Occur == Occur.SHOULD) && TypeOf(FieldOf(boolean.Clauses[0].Query)) == null
        && boolean.Clauses.Skip(1).All(c => NameOn(c.Query) is { } name && TypeOf(name.Field) != null)
        && boolean.Clauses.Skip(1).Select(c => NameOn(c.Query)!.Value.Text).Distinct().Count() == 1;

    // The field and words of a name clause: a word, or the words of a phrase.
    private static (string Field, string Text)? NameOn(Query clause) => clause switch
    {
        TermQuery t => (t.Term.Field, t.Term.Text),
        PhraseQuery p when p.GetTerms() is { Length: > 0 } terms && terms.All(t => t.Field == terms[0].Field) => (terms[0].Field, string.Join(' ', terms.Select(t => t.Text))),
        _ => null,
    };

    private static string FieldOf(Query query) => query switch
    {
        TermQuery t => t.Term.Field,
        BooleanQuery b when b.Clauses.Count > 0 => FieldOf(b.Clauses[0].Query),
        _ => "",
    };

    private static EntityType? TypeOf(string field) => FacetDimension.All.FirstOrDefault(d => d.Field == field && d.EntityType != null)?.EntityType;
}
