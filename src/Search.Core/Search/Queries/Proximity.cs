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
    /// The query, with a phrase of its words as an optional clause, when it is two to <see cref="MaxWords"/> words on one field,
    /// all required or all optional (a word with its synonyms counts as the word typed); otherwise the query as it is.
    /// </summary>
    public static Query Rewarded(Query query)
    {
        if (query is not BooleanQuery boolean) return query;
        var clauses = boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT).ToList();
        if (clauses.Count < 2 || clauses.Count > MaxWords || clauses.Select(c => c.Occur).Distinct().Count() > 1) return query;
        var terms = clauses.Select(c => TypedTerm(c.Query)).ToList();
        if (terms.Any(t => t == null) || terms.Select(t => t!.Field).Distinct().Count() > 1) return query;
        var phrase = new PhraseQuery { Slop = Slop };
        foreach (var term in terms) phrase.Add(term);
        return new BooleanQuery(disableCoord: true) { { query, Occur.MUST }, { phrase, Occur.SHOULD } };
    }

    // The word a clause searches: a word alone, or the first of a word and its synonyms (SynonymExpansion), or the one clause
    // a word searched on title and body became on another field.
    private static Term? TypedTerm(Query clause) => clause switch
    {
        IndexedFormQuery => null,
        TermQuery term => term.Term,
        BooleanQuery { Clauses: [{ Occur: not Occur.MUST_NOT } one] } => TypedTerm(one.Query),
        WordWithSynonyms synonyms => ((TermQuery)synonyms.Clauses[0].Query).Term,
        _ => null,
    };
}
