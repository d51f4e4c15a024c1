using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Search.Core.Indexing.Documents;

namespace Search.Core.Search;

/// <summary>
/// A lower-case word that no article holds but that is a name of a known entity ("tokaev") is searched as the name, written
/// with a capital, so it finds every spelling as "Tokaev" does (<see cref="AliasQueryExpander"/>), as a search engine shows
/// results for the spelling it recognises. A word some article holds ("united", "china") is left as typed: capitals are
/// what mark a word as a name. A lower-case word that the analysis reads apart in capitals ("us", the pronoun, and "US",
/// the country) is searched as either.
/// </summary>
internal static class LowerCaseNames
{

    /// <summary>The text with such words capitalised, and a notice naming them; the text as it was, and null, when there are none.</summary>
    /// <param name="written">The name as the gazetteer writes it ("FRG" for "Frg"), or null: the notice names it so.</param>
    public static (string Text, string? Notice) Capitalised(string text, IndexReader reader, Analyzer analyzer, Func<string, string?>? written = null)
    {
        var tokens = text.Split(' ');
        var changed = new List<(string Typed, string Name)>();
        bool quoted = false;
        for (int i = 0; i < tokens.Length; i++)
        {
            string token = tokens[i];
            bool opens = token.StartsWith('"'), closes = token.Length > 1 && token.EndsWith('"');
            // A word in quotes is the word as written.
            if (!quoted && !opens && Word(token) is var (start, length))
            {
                string word = token.Substring(start, length);
                if (length >= 3 && IsUnknownName(word, reader, analyzer))
                {
                    string name = char.ToUpperInvariant(word[0]) + word[1..];
                    tokens[i] = token[..start] + name + token[(start + length)..];
                    changed.Add((word, written?.Invoke(name) ?? name));
                }
                // "us" is the pronoun, and "US" the country (NewsAnalyzer): typed in lower case, it may be either. Only a word
                // standing alone, or with + or -, so the brackets added cannot meet the query's own.
                else if (token.TrimStart('+', '-').TrimEnd(',', '.', ';', '!', '?') == word && ReadApartInCapitals(word, analyzer))
                    tokens[i] = $"{token[..start]}({word} OR {word.ToUpperInvariant()}){token[(start + length)..]}";
            }
            if (opens != closes || (token == "\"")) quoted = !quoted;
        }
        if (changed.Count == 0) return (string.Join(' ', tokens), null);
        changed = changed.Distinct().ToList(); // "tokaev OR tokaev" names it once
        string typed = string.Join(", ", changed.Select(c => $"“{c.Typed}”"));
        string names = string.Join(", ", changed.Select(c => $"“{c.Name}”"));
        return (string.Join(' ', tokens), $"No article has {typed}: searched as the name {names}, in every spelling.");
    }

    // The lower-case word inside a token, after an operator and before punctuation ("-tokaev", "(tokaev)"): its start and length.
    private static (int Start, int Length)? Word(string token)
    {
        int start = 0;
        while (start < token.Length && token[start] is '+' or '-' or '(') start++;
        int end = token.Length;
        while (end > start && token[end - 1] is ')' or ',' or '.' or '!' or '?' or '\'' or ';') end--;
        if (end <= start) return null;
        for (int k = start; k < end; k++)
            if (!char.IsLower(token[k]) && token[k] != '-' && token[k] != '\'') return null;
        return (start, end - start);
    }

    private static bool ReadApartInCapitals(string word, Analyzer analyzer) =>
        Analysis.AnalyzedTokens.Of(analyzer, ArticleFields.Body, word) is [var lower]
        && Analysis.AnalyzedTokens.Of(analyzer, ArticleFields.Body, word.ToUpperInvariant()) is [var upper] && lower.Text != upper.Text;

    private static bool IsUnknownName(string word, IndexReader reader, Analyzer analyzer)
    {
        foreach (string field in ArticleFields.DefaultSearchFields)
        {
            var tokens = Analysis.AnalyzedTokens.Of(analyzer, field, word);
            // A stop word, or a word that splits: left as typed.
            if (tokens.Count != 1 || reader.DocFreq(new Term(field, tokens[0].Text)) > 0) return false;
        }
        string name = char.ToUpperInvariant(word[0]) + word[1..];
        return ArticleFields.EntityFields.Any(field => Analysis.AnalyzedTokens.Of(analyzer, field, name) is [var only] && reader.DocFreq(new Term(field, only.Text)) > 0);
    }
}
