using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Indexing.Documents;

namespace Search.Core.Search;

/// <summary>
/// Why a pattern found nothing: it is matched against the words as the index holds them, lower-cased and stemmed, so a pattern
/// that spells a word's ending ("k*lled", where the index holds "kill") matches no word. Said only when nothing matched.
/// </summary>
internal static class PatternNotice
{
    public static string? For(Query query, IndexReader reader)
    {
        var patterns = new List<(string Text, Func<bool> MatchesAny)>();
        Collect(query, reader, patterns);
        // A pattern on the default fields is one per field: it matches nothing when it matches nothing in any of them.
        string? empty = patterns.GroupBy(p => p.Text).FirstOrDefault(p => !p.Any(pattern => pattern.MatchesAny()))?.Key;
        return empty == null ? null
            : $"“{empty}” matches no word of the index. Patterns are matched against the words as the index holds them, lower-cased and "
              + "stemmed (“killed” as “kill”, “protesters” as “protest”): leave out the word's ending, or write '?' for a letter.";
    }

    private static void Collect(Query query, IndexReader reader, List<(string, Func<bool>)> into)
    {
        switch (query)
        {
            // A pattern with the indexed forms it also finds (police* and "polic"): it matches what any of them matches.
            case BooleanQuery { Clauses: [{ Query: MultiTermQuery pattern }, ..] widened } when IsTextPattern(pattern)
                && widened.All(c => c.Occur == Occur.SHOULD && (c.Query is MultiTermQuery or TermQuery or ConstantScoreQuery)):
                into.Add((QueryBudget.Describe(pattern), () => widened.Any(c => MatchesAny(c.Query, reader))));
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT)) Collect(clause.Query, reader, into);
                break;
            case DisjunctionMaxQuery max:
                foreach (var disjunct in max.Disjuncts) Collect(disjunct, reader, into);
                break;
            case ConstantScoreQuery { Query: { } wrapped }:
                Collect(wrapped, reader, into);
                break;
            case MultiTermQuery pattern when IsTextPattern(pattern):
                into.Add((QueryBudget.Describe(pattern), () => MatchesAny(pattern, reader)));
                break;
        }
    }

    private static bool IsTextPattern(MultiTermQuery pattern) =>
        pattern is not FuzzyQuery && pattern.Field is ArticleFields.Title or ArticleFields.Body;

    private static bool MatchesAny(Query query, IndexReader reader) => query switch
    {
        MultiTermQuery pattern => QueryBudget.MatchesAnyWord(pattern, reader),
        TermQuery term => reader.DocFreq(term.Term) > 0,
        ConstantScoreQuery { Query: { } wrapped } => MatchesAny(wrapped, reader),
        _ => true,
    };
}
