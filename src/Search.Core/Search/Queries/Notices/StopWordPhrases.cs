using Lucene.Net.Analysis;
using Search.Core.Analysis;
using Search.Core.Indexing.Documents;

namespace Search.Core.Search;

/// <summary>
/// A quoted phrase that the index's stop words leave one word of: <c>"killed by"</c> is searched as "killed", since "by" is
/// too common a word to be indexed. Said always, as the phrase then finds what the word alone does: <c>killed -"killed by"</c>
/// excluded every article that it asked for, and the page said only that the query excluded what it asked.
/// </summary>
/// <remarks>A phrase that keeps two words or more keeps the stop words' places between them ("state of emergency").</remarks>
internal static class StopWordPhrases
{
    private static readonly System.Text.RegularExpressions.Regex Quoted = new("(?<!\\\\)\"([^\"]+)\"");

    public static string? Notice(string text, Analyzer analyzer)
    {
        foreach (System.Text.RegularExpressions.Match match in Quoted.Matches(text))
        {
            var words = match.Groups[1].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2) continue;
            var kept = words.Where(w => AnalyzedTokens.Of(analyzer, ArticleFields.Body, w).Count > 0).ToList();
            if (kept.Count != 1) continue;
            // Only words are named: a dash or a stray quote mark is no word too common to search.
            var dropped = words.Where(w => !kept.Contains(w) && w.Any(char.IsLetterOrDigit)).Select(w => $"“{w}”").ToList();
            if (dropped.Count == 0) continue;
            string named = dropped.Count == 1 ? dropped[0] : string.Join(", ", dropped[..^1]) + " and " + dropped[^1];
            return $"“{match.Groups[1].Value}” is searched as the word “{kept[0]}” alone: {named} "
                   + $"{(dropped.Count == 1 ? "is a word" : "are words")} too common to search, and a phrase keeps only its other words.";
        }
        return null;
    }
}
