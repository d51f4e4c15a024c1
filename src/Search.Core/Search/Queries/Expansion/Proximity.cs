using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Search;

/// <summary>
/// Rewards texts where a query's words stand close together, as Elasticsearch users add a sloppy <c>match_phrase</c> as an
/// optional clause: <c>security forces</c> ranks "members of the security forces" above a paragraph that has "Collective
/// Security Treaty" and "peacekeeping force" apart. The words typed, in their order, make a phrase with a distance of
/// <see cref="Slop"/>; BM25 scores it higher the closer they stand. It matches nothing the words do not already match.
/// </summary>
internal static class Proximity
{
    /// <summary>How far apart the words may stand and still add to the score: about a sentence's clause.</summary>
    public const int Slop = 10;

    /// <summary>The most words a phrase is made of: a longer query is a paste, where nearness means little.</summary>
    public const int MaxWords = 6;

    /// <summary>
    /// The query, with a phrase of its words on <paramref name="field"/> as an optional clause, when it is two to
    /// <see cref="MaxWords"/> words, all required or all optional (a word with its synonyms counts as the word typed, and a
    /// word searched on several fields as the word on this one); otherwise the query as it is.
    /// </summary>
    public static Query Rewarded(Query query, string field)
    {
        if (query is not BooleanQuery boolean) return query;
        var clauses = boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT).ToList();
        if (clauses.Count < 2 || clauses.Count > MaxWords || clauses.Select(c => c.Occur).Distinct().Count() > 1) return query;
        var terms = clauses.Select(c => TypedTerm(c.Query, field)).ToList();
        if (terms.Any(t => t == null)) return query;
        var phrase = new PhraseQuery { Slop = Slop };
        foreach (var term in terms) phrase.Add(term);
        return new BooleanQuery(disableCoord: true) { { query, Occur.MUST }, { phrase, Occur.SHOULD } };
    }

    // The word a clause searches on the field: a word alone, or the first of a word and its synonyms (SynonymExpansion); in a
    // word searched on several fields ("title:x body:x", or a name also looked up among the entities), the field's.
    private static Term? TypedTerm(Query clause, string field) => clause switch
    {
        IndexedFormQuery => null,
        TermQuery term => term.Term.Field == field ? term.Term : null,
        WordWithSynonyms synonyms => TypedTerm(synonyms.Clauses[0].Query, field),
        BooleanQuery { Clauses: [{ Occur: not Occur.MUST_NOT } one] } => TypedTerm(one.Query, field),
        BooleanQuery lookUp when AskedEntities.IsNameLookUp(lookUp) => TypedTerm(lookUp.Clauses[0].Query, field),
        WordOrItsNames names => TypedTerm(names.Clauses[0].Query, field),
        BooleanQuery word when OneWord(word) => word.Clauses.Select(c => TypedTerm(c.Query, field)).FirstOrDefault(t => t != null),
        _ => null,
    };

    // The same word on several fields, all optional: not words joined by OR, which differ.
    private static bool OneWord(BooleanQuery word)
    {
        if (word.Clauses.Any(c => c.Occur != Occur.SHOULD)) return false;
        var texts = word.Clauses.Select(c => AnyTerm(c.Query)).ToList();
        return texts.All(t => t != null) && texts.Select(t => t!.Text).Distinct().Count() == 1 && texts.Select(t => t!.Field).Distinct().Count() == texts.Count;
    }

    private static Term? AnyTerm(Query clause) => clause switch
    {
        TermQuery term => term.Term,
        WordWithSynonyms synonyms => AnyTerm(synonyms.Clauses[0].Query),
        BooleanQuery word when OneWord(word) => AnyTerm(word.Clauses[0].Query),
        _ => null,
    };
}
