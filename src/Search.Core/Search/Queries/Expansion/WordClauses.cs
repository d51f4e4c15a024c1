using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Search;

/// <summary>A parsed query's clause that is one word: alone, or on several fields ("title:x^0.5 body:x").</summary>
internal static class WordClauses
{
    /// <summary>The word a clause searches, or null for any other clause (a phrase, a pattern, a word as written).</summary>
    public static string? WordOf(Query clause) => clause switch
    {
        QuotedWordQuery or IndexedFormQuery => null,
        TermQuery term => term.Term.Text,
        BooleanQuery word when word.Clauses.Count > 0 && word.Clauses.All(c => c.Occur == Occur.SHOULD && c.Query is TermQuery and not QuotedWordQuery)
            && word.Clauses.Select(c => ((TermQuery)c.Query).Term.Text).Distinct().Count() == 1 => ((TermQuery)word.Clauses[0].Query).Term.Text,
        _ => null,
    };

    /// <summary>
    /// Another word on the fields a clause's word (or a phrase) is searched on, with their boosts, as written: nothing widens it
    /// again. Null for a clause that is no word alone.
    /// </summary>
    public static Query? Like(Query clause, string text) => clause switch
    {
        TermQuery term => new QuotedWordQuery(new Term(term.Term.Field, text)) { Boost = term.Boost },
        PhraseQuery phrase when phrase.GetTerms() is { Length: > 0 } terms => new QuotedWordQuery(new Term(terms[0].Field, text)),
        BooleanQuery word when word.Clauses.Count > 0 && word.Clauses.All(c => c.Occur == Occur.SHOULD && c.Query is TermQuery) => Fields(word, text),
        _ => null,
    };

    /// <summary>Whether some text holds a word made by <see cref="Like"/> on one of its fields.</summary>
    public static bool Held(Query word, IndexReader reader) => word switch
    {
        TermQuery term => reader.DocFreq(term.Term) > 0,
        BooleanQuery fields => fields.Clauses.Any(c => c.Query is TermQuery t && reader.DocFreq(t.Term) > 0),
        _ => false,
    };

    private static BooleanQuery Fields(BooleanQuery word, string text)
    {
        var fields = new BooleanQuery(disableCoord: true);
        foreach (var term in word.Clauses.Select(c => (TermQuery)c.Query))
            fields.Add(new QuotedWordQuery(new Term(term.Term.Field, text)) { Boost = term.Boost }, Occur.SHOULD);
        return fields;
    }
}
