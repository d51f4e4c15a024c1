using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Analysis;

namespace Search.Core.Search;

/// <summary>What quotes make of a query's text: a phrase that stays within one paragraph, and a word as written.</summary>
internal static class QuotedText
{
    /// <summary>A quoted word's term on each default field (the multi-field parser joins them in a query of its own), as written.</summary>
    public static Query AsQuoted(Query? query)
    {
        if (query?.GetType() == typeof(TermQuery)) return new QuotedWordQuery(((TermQuery)query).Term) { Boost = query.Boost };
        if (query is BooleanQuery fields && fields.Clauses.All(c => c.Query.GetType() == typeof(TermQuery)))
            foreach (var clause in fields.Clauses) clause.Query = AsQuoted(clause.Query);
        return query!;
    }

    /// <summary>
    /// A phrase's distance stops at its paragraph. Paragraphs are <see cref="ParagraphTokens.ParagraphGap"/> positions apart,
    /// so two words of a phrase in two paragraphs are at least that far from their places in it, less the phrase's length:
    /// "police killed"~500 would find "police" ending one paragraph and "killed" opening a later one.
    /// </summary>
    public static void WithinParagraph(Query query)
    {
        switch (query)
        {
            case PhraseQuery phrase when phrase.GetPositions().Length > 0:
                phrase.Slop = Math.Min(phrase.Slop, MaxSlop(phrase.GetPositions()));
                break;
            case MultiPhraseQuery phrase when phrase.GetPositions().Length > 0:
                phrase.Slop = Math.Min(phrase.Slop, MaxSlop(phrase.GetPositions()));
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses) WithinParagraph(clause.Query);
                break;
            case DisjunctionMaxQuery max:
                foreach (var disjunct in max.Disjuncts) WithinParagraph(disjunct);
                break;
        }
    }

    private static int MaxSlop(int[] positions) => Math.Max(0, ParagraphTokens.ParagraphGap - 1 - (positions.Max() - positions.Min()));
}

/// <summary>
/// A word in quotes (<c>"beheaded"</c>): the word as written, without its news synonyms, as a phrase of several words is.
/// Lucene makes a quoted single word a plain term query, so the quotes are kept as this type.
/// </summary>
internal sealed class QuotedWordQuery(Term term) : TermQuery(term);
