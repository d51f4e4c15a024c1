using Lucene.Net.Index;
using Search.Core.Linking.Passages;

namespace Search.Core.Linking.Corroboration;

/// <summary>How rare a stem is among the passages (BM25's idf), cached for one call.</summary>
internal sealed class PassageRarity(IndexReader reader)
{
    private const int CommonFloor = 1_000;

    private readonly int _passages = Math.Max(1, reader.DocFreq(PassageFields.KindTerm));
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public float Of(string stem)
    {
        int df = PassagesWith(stem);
        return (float)Math.Log(1 + (_passages - df + 0.5) / (df + 0.5));
    }

    /// <summary>
    /// Whether a stem is in so many passages (one in 200, and over a thousand) that it picks no candidates worth having,
    /// while its long postings would make up most of a candidate search's cost in a large index.
    /// </summary>
    public bool Common(string stem) => PassagesWith(stem) > Math.Max(CommonFloor, _passages / 200);

    private int PassagesWith(string stem)
    {
        if (!_counts.TryGetValue(stem, out int df)) _counts[stem] = df = reader.DocFreq(new Term(PassageFields.Text, stem));
        return df;
    }
}
