using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Indexing;
using Search.Core.Indexing.Documents;

namespace Search.Core.Search;

/// <summary>
/// Lets a plain search for a name find every spelling of it: a word the user capitalized ("OTSC",
/// "Tokaev", "Zajarova") is also looked up among the articles' entity names, where each entity is
/// indexed under all its gazetteer names, aliases and transliterations (see <c>ArticleDocumentBuilder</c>).
/// So <c>OTSC</c> finds the articles that say CSTO, and facets still show one canonical value.
/// Lower-case words are left alone: capitals are what mark a word as a name ("united" must not match
/// every article about the United States).
/// </summary>
/// <remarks>Stateless; the analyzer it is given is shared and thread-safe.</remarks>
internal sealed class AliasQueryExpander(Analyzer analyzer, Extraction.Gazetteer? gazetteer = null)
{

    /// <param name="enclosed">Words that stand inside a longer entity name of the query (<see cref="EnclosedWords"/>): left as they are.</param>
    public Query Expand(Query query, string text, IReadOnlySet<string>? enclosed = null)
    {
        var names = Unquoted(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            // "Tokaev^3" is the name boosted: with its boost, the word became two tokens and was looked up as none.
            .Select(w => PlainWords.DistanceOrBoost.Replace(w, "").Trim('"', '(', ')', '+', '-', ',', '.', '!', '?'))
            .Where(w => w.Length > 1 && char.IsUpper(w[0]) && w is not ("AND" or "OR" or "NOT") && !w.Contains(':'))
            .Where(w => enclosed?.Contains(w) != true)
            .Where(IsKnownName)
            .ToList();
        if (names.Count == 0) return query;
        var bodyForms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string name in names)
            if (Single(ArticleFields.Body, name) is { } form) bodyForms.TryAdd(form, name);
        return Rewrite(query, bodyForms);
    }

    // The query's text outside quotes: a word in quotes is the word as written (`"U.S."` found every article tagged with the
    // United States, 14,027 on Reuters-21578 where 4,382 write it). A quote left open quotes nothing, as the parser reads it.
    internal static string Unquoted(string text)
    {
        var parts = text.Split('"');
        return string.Join(' ', parts.Where((_, i) => i % 2 == 0 || i == parts.Length - 1));
    }

    // A name or alias of a known entity, as written, with only its first letter capital ("TOKAEV") or in capitals ("Opec");
    // any word without a gazetteer.
    private bool IsKnownName(string word) =>
        gazetteer == null || gazetteer.Find(word) != null || gazetteer.Find(char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant()) != null
        || gazetteer.Find(word.ToUpperInvariant()) != null;

    private Query Rewrite(Query query, Dictionary<string, string> bodyForms)
    {
        if (query is TermQuery term && IsDefaultField(term.Term.Field) && bodyForms.TryGetValue(term.Term.Text, out string? word))
            return WithEntityNames(query, word);
        if (query is not BooleanQuery boolean) return query;
        // The parser's form of one word over title and body: (title:x body:x).
        if (boolean.Clauses.Count > 0 && boolean.Clauses.All(c => c.Occur == Occur.SHOULD && c.Query is TermQuery t && IsDefaultField(t.Term.Field))
            && boolean.Clauses.Select(c => ((TermQuery)c.Query).Term.Text).Distinct().Count() == 1
            && bodyForms.TryGetValue(((TermQuery)boolean.Clauses[0].Query).Term.Text, out string? name))
            return WithEntityNames(boolean, name);
        var rewritten = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var clause in boolean.Clauses) rewritten.Add(Rewrite(clause.Query, bodyForms), clause.Occur);
        return rewritten;
    }

    private Query WithEntityNames(Query original, string word)
    {
        var either = new BooleanQuery { { original, Occur.SHOULD } };
        foreach (string field in ArticleFields.EntityFields)
            if (Single(field, word) is { } form) either.Add(new TermQuery(new Term(field, form)), Occur.SHOULD);
        return either;
    }

    private static bool IsDefaultField(string field) => ArticleFields.DefaultSearchFields.Contains(field);

    // The one token a word becomes in a field, or null (a stop word, or a word that splits in two).
    private string? Single(string field, string word)
    {
        using var stream = analyzer.GetTokenStream(field, word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        string? only = null;
        int count = 0;
        while (stream.IncrementToken())
        {
            only = term.ToString();
            count++;
        }
        stream.End();
        return count == 1 ? only : null;
    }
}
