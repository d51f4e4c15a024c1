using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Search;

/// <summary>
/// A large number asked in one writing also finds its others (<see cref="ScaledNumbers"/>): "3.1 million" finds "3,100,000"
/// and "3.1m", "14.2bn" finds "14.2 billion". They are one number, not synonyms: each weighs as the writing typed would in its
/// place, and none is named as searched, as "2000" and "2,000" are not (<see cref="Analysis.NumberFormsFilter"/>). So do a number
/// from 21 to 99 and its words: "23" finds "Twenty-three killed in blast", which a sentence opens on at any size.
/// </summary>
/// <remarks>One per search, with the reader whose texts tell which writings exist.</remarks>
internal sealed class NumberWritings(IndexReader reader, Linking.Corroboration.NewsSynonyms synonyms)
{
    /// <summary>Whether some writing was added.</summary>
    public bool Added { get; private set; }

    /// <summary>
    /// The other writings of a one-word number on its field ("3,100,000": the phrase "3.1 million", "3100000", "3.1m"), each
    /// that some text holds; none for any other word.
    /// </summary>
    public List<Query> Of(Term word)
    {
        if (synonyms.CompoundOf(word.Text) is [var tens, var unit])
            return Found([.. HeldPhrase(new PhraseQuery { new Term(word.Field, tens), new Term(word.Field, unit) })]);
        if (ScaledNumbers.Apart(word.Text) is not { } apart) return [];
        var found = Words(word.Field, apart.Others);
        found.AddRange(HeldPhrase(new PhraseQuery { new Term(word.Field, apart.Number), new Term(word.Field, apart.Scale) }));
        return Found(found);
    }

    private List<Query> Found(List<Query> writings)
    {
        Added |= writings.Count > 0;
        return writings;
    }

    private IEnumerable<Query> HeldPhrase(PhraseQuery phrase)
    {
        if (new IndexSearcher(reader).Search(phrase, 1).TotalHits > 0) yield return phrase;
    }

    /// <summary>
    /// A number and its scale typed as two words ("3.1", "million": each a word on the same fields) or a phrase of the two,
    /// with their one-word writings that some text holds, as alternatives; null when there are none.
    /// </summary>
    /// <param name="like">The clause of the number, whose fields and boosts the writings take.</param>
    public Query? Either(Query words, string number, string scale, Query like)
    {
        var either = new BooleanQuery(disableCoord: true) { { words, Occur.SHOULD } };
        foreach (string written in ScaledNumbers.WordsOf(number, scale))
            if (WordClauses.Like(like, written) is { } alternative && WordClauses.Held(alternative, reader)) either.Add(alternative, Occur.SHOULD);
        if (either.Clauses.Count == 1) return null;
        Added = true;
        return either;
    }

    private List<Query> Words(string field, IEnumerable<string> words) =>
        words.Where(w => reader.DocFreq(new Term(field, w)) > 0).Select(w => (Query)new QuotedWordQuery(new Term(field, w))).ToList();

    /// <summary>
    /// A phrase of a number and its scale ("3.1 million"), or the phrase or the number's one-word writings ("3,100,000"); a number
    /// in two words ("twenty-three"), or it or its digits.
    /// </summary>
    public Query Phrase(PhraseQuery phrase)
    {
        if (phrase.Slop != 0 || phrase.GetTerms() is not [var number, var second]) return phrase;
        if (synonyms.CompoundDigits(number.Text, second.Text) is { } digits)
        {
            var written = new QuotedWordQuery(new Term(number.Field, digits));
            if (reader.DocFreq(written.Term) == 0) return phrase;
            Added = true;
            return AnyOf([phrase, written]);
        }
        return ScaledNumbers.IsScale(second.Text) ? Either(phrase, number.Text, second.Text, phrase) ?? phrase : phrase;
    }

    /// <summary>An excluded clause, with its number excluded in every writing ("-3,100,000" leaves out "3.1 million" too).</summary>
    public Query Excluded(Query query, IReadOnlySet<string> fields) => query switch
    {
        PhraseQuery phrase when phrase.GetTerms() is [var first, _] && fields.Contains(first.Field) => Phrase(phrase),
        TermQuery term when fields.Contains(term.Term.Field) && Of(term.Term) is { Count: > 0 } writings => AnyOf([term, .. writings]),
        BooleanQuery word when word.Clauses.All(c => c.Occur == Occur.SHOULD) => AnyOf(word.Clauses.Select(c => Excluded(c.Query, fields))),
        _ => query,
    };

    private static BooleanQuery AnyOf(IEnumerable<Query> queries)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var query in queries) any.Add(query, Occur.SHOULD);
        return any;
    }
}
