namespace Search.Core.Linking.Corroboration;

/// <summary>
/// What a sentence says, in the terms two reports of one fact share: its words as stems grouped by
/// synonym (<c>w:</c>), its exact numbers (<c>n:</c>), the calendar days it names (<c>d:</c>) and the
/// entities it mentions by canonical name (<c>e:</c>), each with a weight; and its figures for conflicts.
/// </summary>
internal sealed record SentenceFeatures(string Anchor, string Text, IReadOnlyDictionary<string, float> Weights, IReadOnlyList<Figure> Figures)
{
    private float Total { get; } = Weights.Values.Sum();

    /// <summary>
    /// Weighted overlap in [0, 1] (a cosine over feature weights), and how many features are shared. Numbers and days weigh heavily:
    /// "13" and "19 January" tie two reports far better than common words do.
    /// </summary>
    public (float Score, int Shared) Compare(SentenceFeatures other)
    {
        float shared = 0;
        int count = 0;
        var (small, large) = Weights.Count <= other.Weights.Count ? (this, other) : (other, this);
        foreach (var (feature, weight) in small.Weights)
        {
            if (!large.Weights.TryGetValue(feature, out float theirs)) continue;
            shared += Math.Min(weight, theirs);
            count++;
        }
        // Shared weight over the geometric mean of the two sentences' weights: a short fact inside a long sentence
        // still scores well, yet a two-word caption cannot match a long sentence just by being contained in it.
        float mean = MathF.Sqrt(Total * other.Total);
        return (mean <= 0 ? 0 : shared / mean, count);
    }

    /// <summary>The features of several sentences together (a paragraph): each feature at its highest weight, figures left out.</summary>
    public static SentenceFeatures Union(string anchor, IEnumerable<SentenceFeatures> sentences)
    {
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
            foreach (var (feature, weight) in sentence.Weights)
                weights[feature] = Math.Max(weights.GetValueOrDefault(feature), weight);
        return new SentenceFeatures(anchor, "", weights, []);
    }
}
