using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Indexing.Documents;

namespace Search.Core.Search;

/// <summary>
/// The words of a query's name runs (<see cref="NameRuns"/>) that stand inside a longer name some article's entity carries:
/// "America" in "South America" or "Bank of America". There the word is part of that name, not a name of its own (America,
/// the United States), so it is not widened to its entity's names (<see cref="AliasQueryExpander"/>): "South America" found
/// every article about the United States that said "south". The run's entity phrase still finds the longer name's spellings.
/// A run that is no entity's name ("Tokaev Almaty") keeps each word's widening.
/// </summary>
internal static class EnclosedWords
{
    // Longer spans are not looked up: names of more words are rare, and each span costs a phrase search per entity field.
    private const int LongestName = 6;

    // A bound on the look-ups of one query: a text of capitalised words typed with every word required would otherwise cost
    // thousands. Past it, the remaining words are widened as single words are.
    private const int MostLookUps = 64;

    public static IReadOnlySet<string> In(string text, IndexReader reader, Analyzer analyzer)
    {
        var enclosed = new HashSet<string>(StringComparer.Ordinal);
        var searcher = new IndexSearcher(reader);
        int lookUps = 0;
        foreach (string[] run in NameRuns.Runs(text))
            for (int start = 0; start < run.Length - 1; start++)
                for (int end = Math.Min(run.Length, start + LongestName); end >= start + 2; end--)
                {
                    if (++lookUps > MostLookUps) return enclosed;
                    if (IsEntityName(run[start..end], searcher, analyzer))
                    {
                        enclosed.UnionWith(run[start..end]);
                        break;
                    }
                }
        return enclosed;
    }

    private static bool IsEntityName(string[] words, IndexSearcher searcher, Analyzer analyzer) =>
        ArticleFields.EntityFields.Any(field =>
        {
            var tokens = Analysis.AnalyzedTokens.Of(analyzer, field, string.Join(' ', words));
            if (tokens.Count < 2) return false;
            var phrase = new PhraseQuery();
            foreach (var token in tokens) phrase.Add(new Term(field, token.Text), token.Position);
            return searcher.Search(phrase, 1).TotalHits > 0;
        });
}
