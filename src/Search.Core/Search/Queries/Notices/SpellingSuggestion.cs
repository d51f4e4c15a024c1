using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Analysis;
using Search.Core.Indexing.Documents;

namespace Search.Core.Search;

/// <summary>
/// "Did you mean": for a search that found nothing, the words typed that no article holds, each in place of the word nearest
/// it in spelling that articles hold most ("protestrs" → "protesters"), as Elasticsearch's term suggester offers it. The word
/// is offered as articles write it, read from the body where the nearest indexed word stands: the index holds stems ("protest").
/// </summary>
internal static class SpellingSuggestion
{
    /// <summary>How many occurrences of the nearest word are read for how articles write it.</summary>
    private const int WritingsRead = 100;

    /// <summary>How many missing words are offered another spelling: each reads the term dictionary and stored bodies.</summary>
    private const int MostWords = 5;

    /// <summary>
    /// The query with each word no article holds replaced, and the notice that offers it; null when every word is held, or none
    /// is near a word that is.
    /// </summary>
    /// <param name="typedWord">The word typed for a stem (<see cref="QueryBuilder.TypedWords"/>).</param>
    public static (string Query, string Notice)? For(string? text, Query typed, IndexReader reader, Func<string, string?> typedWord)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        string suggested = text;
        var changed = new List<(string Typed, string Offered)>();
        foreach (string stem in MissingWords(typed, reader).Take(MostWords))
        {
            if (typedWord(stem) is not { Length: > 2 } word || Nearest(stem, reader) is not { } near || WrittenAs(near, word, reader) is not { } offered) continue;
            string replaced = Regex.Replace(suggested, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(word)}(?![\p{{L}}\p{{N}}])", offered.Replace("$", "$$", StringComparison.Ordinal), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            if (replaced == suggested) continue;
            suggested = replaced;
            changed.Add((word, offered));
        }
        if (changed.Count == 0) return null;
        string none = string.Join(", ", changed.Select(c => $"“{c.Typed}”"));
        return (suggested, $"No article has {none}. Did you mean “{suggested}”?");
    }

    // The body's words of the query's plain word clauses that no title or body holds.
    private static IEnumerable<string> MissingWords(Query typed, IndexReader reader)
    {
        var terms = new HashSet<Term>();
        Collect(typed, terms);
        return terms.Where(t => t.Field == ArticleFields.Body && reader.DocFreq(t) == 0 && reader.DocFreq(new Term(ArticleFields.Title, t.Bytes)) == 0)
            .Select(t => t.Text).Distinct(StringComparer.Ordinal).ToList();
    }

    // Words alone, not excluded: a phrase, a pattern or a word as written is asked as typed.
    private static void Collect(Query query, HashSet<Term> terms)
    {
        switch (query)
        {
            case QuotedWordQuery or IndexedFormQuery:
                return;
            case TermQuery term:
                terms.Add(term.Term);
                return;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT)) Collect(clause.Query, terms);
                return;
            case DisjunctionMaxQuery max:
                foreach (var disjunct in max.Disjuncts) Collect(disjunct, terms);
                return;
        }
    }

    // The body word within one edit (two from five letters) held by the most articles; the first letter as typed.
    private static Term? Nearest(string stem, IndexReader reader)
    {
        if (MultiFields.GetTerms(reader, ArticleFields.Body) is not { } terms) return null;
        int edits = stem.Length >= 5 ? 2 : 1;
        var near = new FuzzyTermsEnum(terms, new Lucene.Net.Util.AttributeSource(), new Term(ArticleFields.Body, stem), edits, 1, true);
        (BytesRef? Word, float Similarity, int Articles) best = (null, 0, 0);
        var boost = near.Attributes.AddAttribute<Lucene.Net.Search.IBoostAttribute>();
        while (near.MoveNext())
        {
            var word = near.Term;
            // The nearer word first, then the one more articles hold: "protestr" is "protest" before "protester".
            float similarity = boost.Boost;
            if (similarity > best.Similarity || similarity == best.Similarity && near.DocFreq > best.Articles)
                best = (BytesRef.DeepCopyOf(word), similarity, near.DocFreq);
        }
        return best.Word == null ? null : new Term(ArticleFields.Body, best.Word);
    }

    // How the articles write the word, the writing nearest the word typed: "protest" is written "protesters" for "protestrs".
    private static string? WrittenAs(Term near, string typed, IndexReader reader)
    {
        var writings = new Dictionary<string, int>(StringComparer.Ordinal);
        int read = 0;
        foreach (var leaf in reader.Leaves)
        {
            var postings = leaf.AtomicReader.GetTermPositionsEnum(near);
            if (postings == null) continue;
            while (read < WritingsRead && postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                string? body = leaf.AtomicReader.Document(postings.DocID).Get(ArticleFields.Body);
                for (int i = 0; i < postings.Freq && read < WritingsRead; i++)
                {
                    postings.NextPosition();
                    if (body == null || postings.StartOffset < 0 || postings.EndOffset > body.Length) continue;
                    string written = body[postings.StartOffset..postings.EndOffset].ToLowerInvariant();
                    writings[written] = writings.GetValueOrDefault(written) + 1;
                    read++;
                }
            }
        }
        string word = typed.ToLowerInvariant();
        // Of writings as near, the one that ends as the word typed: "protestrs" is "protesters" before "protests".
        return writings.Count == 0 ? null
            : writings.OrderBy(w => WordDistance.Edits(w.Key, word)).ThenByDescending(w => WordDistance.CommonEnding(w.Key, word)).ThenByDescending(w => w.Value)
                .ThenBy(w => w.Key, StringComparer.Ordinal).First().Key;
    }
}
