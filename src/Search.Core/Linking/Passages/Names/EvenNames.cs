using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Linking.Passages;

/// <summary>
/// Every name of an entity asked for counts as its most common name: a passage that names the entity ranks by how often and
/// in how short a text it does, not by which of its names it uses. BM25 weighs a name by the rarity of its words, so
/// <c>place:kazakhstan</c> ranked the rarer "Kazakh" and "Republic of Kazakhstan" above the passages that wrote "Kazakhstan".
/// </summary>
internal static class EvenNames
{
    /// <summary>
    /// The names' alternatives, each boosted by the ratio of the commonest name's weight (the sum of its words' idf) to its own,
    /// the best of them scoring.
    /// </summary>
    public static Query Of(Query mentions, IndexReader reader)
    {
        if (mentions is not BooleanQuery { Clauses.Count: > 1 } names || names.Clauses.Any(c => c.Occur != Occur.SHOULD)) return mentions;
        int passages = Math.Max(1, reader.GetDocCount(PassageFields.Text));
        var weights = names.Clauses.Select(c => Weight(c.Query, reader, passages)).ToList();
        // The reference is the commonest of the full-weight names: a longer name that only holds the word (boost 0.01) stays below.
        var own = weights.Where((w, i) => w > 0 && names.Clauses[i].Query.Boost >= 1f).ToList();
        if (own.Count == 0) return mentions;
        float reference = own.Min();
        // The best name counts, and the others a little: "Republic of Kazakhstan" holds the name "Kazakhstan" as well, and a full
        // name its surname, so summed, one mention counted twice.
        var even = new DisjunctionMaxQuery(OtherNames) { Boost = names.Boost };
        for (int i = 0; i < names.Clauses.Count; i++)
        {
            var name = (Query)names.Clauses[i].Query.Clone();
            if (weights[i] > 0) name.Boost *= reference / weights[i];
            even.Add(name);
        }
        return even;
    }

    /// <summary>What a passage's other names of the entity add to its best one's score.</summary>
    private const float OtherNames = 0.3f;

    // As BM25 weighs a term or a phrase: the sum of its words' idf over the passages.
    private static float Weight(Query name, IndexReader reader, int passages)
    {
        var terms = new HashSet<Term>();
        try { name.Rewrite(reader).ExtractTerms(terms); }
        catch (NotSupportedException) { return 0; } // a query that cannot list its terms keeps its weight
        return terms.Where(t => t.Field == PassageFields.Text).Sum(t =>
        {
            int df = Math.Max(1, reader.DocFreq(t));
            return (float)Math.Log(1 + (passages - df + 0.5) / (df + 0.5));
        });
    }
}
