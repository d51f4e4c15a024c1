using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Search;

/// <summary>
/// Scores a pattern's matches as one word: each word it matches (protest*: "protest", "protestor") by BM25, all at the
/// document frequency of the most common of them, as Lucene's later BlendedTermQuery and Elasticsearch's
/// <c>top_terms_blended_freqs</c> do. Lucene 4.8's constant score gave every match one score, so "best match first" was
/// index order; each word at its own idf would put the rarest spelling, often a typo, first. A pattern that matches more
/// than <see cref="MaxTerms"/> words keeps the constant score, since summing so many clauses costs more than it tells.
/// </summary>
internal sealed class BlendedPatternRewrite : MultiTermQuery.RewriteMethod
{
    public const int MaxTerms = 64;

    public static readonly BlendedPatternRewrite Instance = new();

    private BlendedPatternRewrite() { }

    public override Query Rewrite(IndexReader reader, MultiTermQuery query)
    {
        var found = new Dictionary<string, List<(int Leaf, TermState State)>>(StringComparer.Ordinal);
        var docFreqs = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(query.Field);
            if (terms == null) continue;
            var matching = GetTermsEnum(query, terms, new AttributeSource());
            while (matching.MoveNext())
            {
                string text = matching.Term.Utf8ToString();
                if (!found.TryGetValue(text, out var states))
                {
                    if (found.Count == MaxTerms) return MultiTermQuery.CONSTANT_SCORE_AUTO_REWRITE_DEFAULT.Rewrite(reader, query);
                    found[text] = states = [];
                }
                states.Add((leaf.Ord, matching.GetTermState()));
                docFreqs[text] = docFreqs.GetValueOrDefault(text) + matching.DocFreq;
            }
        }
        int blended = docFreqs.Values.DefaultIfEmpty(0).Max();
        var result = new BooleanQuery(disableCoord: true) { Boost = query.Boost };
        foreach (var (text, states) in found)
        {
            // The first segment's registration carries the blended frequency; the others add none to it.
            var context = new TermContext(reader.Context);
            for (int i = 0; i < states.Count; i++) context.Register(states[i].State, states[i].Leaf, i == 0 ? blended : 0, -1);
            result.Add(new TermQuery(new Term(query.Field, text), context), Occur.SHOULD);
        }
        return result;
    }
}
