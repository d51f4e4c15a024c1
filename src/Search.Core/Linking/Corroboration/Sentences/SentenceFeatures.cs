namespace Search.Core.Linking.Corroboration;

/// <summary>
/// What a sentence says, in the terms two reports of one fact share: its words as stems grouped by
/// synonym (<c>w:</c>), its exact numbers (<c>n:</c>), the calendar days it names (<c>d:</c>) and the
/// entities it mentions by canonical name (<c>e:</c>), each with a weight; and its figures for conflicts.
/// </summary>
internal sealed record SentenceFeatures(string Anchor, string Text, IReadOnlyDictionary<string, float> Weights, IReadOnlyList<Figure> Figures)
{
    private float Total { get; } = Weights.Values.Sum();

    /// <summary>The sentence's words as their <c>w:</c> keys, in order; null where a number stood.</summary>
    public IReadOnlyList<string?> Words { get; init; } = [];

    /// <summary>The <c>w:</c> keys of the words inside the sentence's entity names, which name no event of their own.</summary>
    public IReadOnlySet<string> NameWords { get; init; } = NoNames;

    private static readonly IReadOnlySet<string> NoNames = new HashSet<string>();

    /// <summary>Its numbers that no figure reads, with what they count (<see cref="Tally"/>).</summary>
    public IReadOnlyList<Tally> Tallies { get; init; } = [];

    /// <summary>The places inside a country (cities, regions) the sentence names, its dateline's left out.</summary>
    public IReadOnlySet<string> Places { get; init; } = NoNames;

    /// <summary>The <c>w:</c> keys of the words of its counts ("34 people were killed").</summary>
    public IReadOnlySet<string> CountWords { get; init; } = NoNames;

    /// <summary>The keys of the places it names (as names and as words), which set its scene rather than state a fact.</summary>
    public IReadOnlySet<string> Scene { get; init; } = NoNames;

    /// <summary>The keys of days and of words that state nothing alone (<see cref="Corroboration.SceneWords"/>), shared by every sentence read.</summary>
    public IReadOnlySet<string> SceneWords { get; init; } = NoNames;

    /// <summary>Whether a key sets the scene rather than states a fact.</summary>
    public bool InScene(string key) => Scene.Contains(key) || SceneWords.Contains(key);

    /// <summary>The <c>w:</c> keys of what the sentence says there was none of ("no patient deaths").</summary>
    public IReadOnlySet<string> Denied { get; init; } = NoNames;

    /// <summary>
    /// Whether this sentence says there was none of what the other counts ("no patient deaths had been linked to the outage"
    /// against "Three deaths were linked to the outage"), which the other does not deny: the opposite of one fact.
    /// </summary>
    public bool DeniesWhatItCounts(SentenceFeatures other)
    {
        if (Denied.Count == 0) return false;
        for (int i = 1; i < other.Words.Count; i++)
            if (other.Words[i - 1] == null && other.Words[i] is { } counted && Denied.Contains(counted) && !other.Denied.Contains(counted)) return true;
        return other.CountWords.Concat(other.Tallies.SelectMany(t => t.Things)).Any(k => Denied.Contains(k) && !other.Denied.Contains(k));
    }

    /// <summary>The year the sentence tells of (<see cref="SentenceTime"/>).</summary>
    public SentenceTime Time { get; init; } = SentenceTime.Unknown;

    /// <summary>
    /// Weighted overlap in [0, 1] (a cosine over feature weights), and how many features are shared. Numbers and days weigh heavily:
    /// "13" and "19 January" tie two reports far better than common words do.
    /// </summary>
    public (float Score, int Shared) Compare(SentenceFeatures other, IReadOnlySet<string>? without = null)
    {
        float shared = 0;
        int count = 0;
        var (small, large) = Weights.Count <= other.Weights.Count ? (this, other) : (other, this);
        foreach (var (feature, weight) in small.Weights)
        {
            if (!large.Weights.TryGetValue(feature, out float theirs) || without != null && without.Contains(feature)) continue;
            shared += Math.Min(weight, theirs);
            count++;
        }
        float Sum(SentenceFeatures s) => without == null ? s.Total : s.Weights.Where(w => !without.Contains(w.Key)).Sum(w => w.Value);
        // Shared weight over the geometric mean of the two sentences' weights: a short fact inside a long sentence
        // still scores well, yet a two-word caption cannot match a long sentence just by being contained in it.
        float mean = MathF.Sqrt(Sum(this) * Sum(other));
        return (mean <= 0 ? 0 : shared / mean, count);
    }

    /// <summary>Each feature as this sentence writes it: a word as it stands, a number in digits, an entity by its name.</summary>
    public IReadOnlyDictionary<string, string> Shown { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// What both sentences have, heaviest first (by the lighter side's weight), as this sentence writes it: "13", "killed",
    /// "Almaty". A name and its word ("Almaty" twice) are listed once.
    /// </summary>
    public IReadOnlyList<string> SharedWith(SentenceFeatures other) =>
        Weights.Where(w => other.Weights.ContainsKey(w.Key)).OrderByDescending(w => Math.Min(w.Value, other.Weights[w.Key]))
            .ThenBy(w => w.Key, StringComparer.Ordinal).Select(w => Shown.GetValueOrDefault(w.Key) ?? w.Key[(w.Key.IndexOf(':') + 1)..])
            .DistinctBy(s => s.ToLowerInvariant()).ToList();

    /// <summary>
    /// The heaviest phrase the two sentences share: words in common that fall within <paramref name="span"/> words of each
    /// other in both, with at least one of them <paramref name="required"/>. Returns its weight and its words.
    /// </summary>
    public (float Weight, IReadOnlySet<string> Words) Phrase(SentenceFeatures other, int span, Func<string, bool> required)
    {
        float best = 0;
        IReadOnlySet<string> bestWords = NoNames;
        for (int i = 0; i < Words.Count; i++)
        {
            // Our window starts at a shared word; theirs at a word of our window.
            if (Words[i] is not { } first || !other.Weights.ContainsKey(first)) continue;
            var ours = Window(Words, i, span, other.Weights.ContainsKey);
            for (int j = 0; j < other.Words.Count; j++)
            {
                if (other.Words[j] is not { } start || !ours.Contains(start)) continue;
                var both = Window(other.Words, j, span, ours.Contains);
                if (both.Count < 2 || !both.Any(required)) continue;
                float weight = both.Sum(k => Math.Min(Weights[k], other.Weights[k]));
                if (weight > best) (best, bestWords) = (weight, both);
            }
        }
        return (best, bestWords);
    }

    private static HashSet<string> Window(IReadOnlyList<string?> words, int start, int span, Func<string, bool> keep)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (int k = start; k < Math.Min(words.Count, start + span); k++)
            if (words[k] is { } word && keep(word)) found.Add(word);
        return found;
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
