using Lucene.Net.Index;
using Search.Core.Linking.Passages;

namespace Search.Core.Linking.Corroboration;

/// <summary>How rare a stem is among the passages (BM25's idf), cached for one call.</summary>
internal sealed class PassageRarity(IndexReader reader)
{
    private const int CommonFloor = 1_000;

    private readonly int _passages = PassagesIn(reader);
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <summary>
    /// The passages of the seeds, over which linking's weights and thresholds were set (a sentence's overlap, a phrase's weight).
    /// Rarity grows with the log of an index's passages: over the thirty blind sets in one index (2,854 passages) the rarest
    /// word weighed 7.6 instead of 4.4, so phrases of common words passed the phrase weight, and links fell from 0.753 to
    /// 0.604 right. Past this many passages rarity is scaled back to the seeds' range, so a word weighs what it did there
    /// against the rarest word, as numbers and days, weighed alike in every index, do.
    /// </summary>
    private const int CalibratedPassages = 117;

    private readonly float _scale = (float)Math.Min(1, Idf(CalibratedPassages, 1) / Idf(PassagesIn(reader), 1));

    public float Of(string stem) => _scale * (float)Idf(_passages, PassagesWith(stem));

    private static int PassagesIn(IndexReader reader) => Math.Max(1, reader.DocFreq(PassageFields.KindTerm));

    private static double Idf(int passages, int df) => Math.Log(1 + (passages - df + 0.5) / (df + 0.5));

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
