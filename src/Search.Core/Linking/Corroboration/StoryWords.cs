namespace Search.Core.Linking.Corroboration;

/// <summary>
/// How many of one story's passages (the article's and its candidates', each a list of sentences) hold each word (<c>w:</c>
/// key), counted once for the story's theme words and for its common words.
/// </summary>
internal sealed class StoryWords
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly int _passages;

    public StoryWords(IReadOnlyCollection<IReadOnlyList<SentenceFeatures>> passages)
    {
        _passages = passages.Count;
        foreach (var passage in passages)
            foreach (string key in passage.SelectMany(s => s.Weights.Keys).Where(k => k.StartsWith("w:", StringComparison.Ordinal)).Distinct())
                _counts[key] = _counts.GetValueOrDefault(key) + 1;
    }

    /// <summary>The words found in at least <paramref name="share"/> of the passages; those of <paramref name="kind"/> alone, if given.</summary>
    public HashSet<string> InShare(float share, Func<string, bool>? kind = null) =>
        _counts.Where(c => c.Value >= share * _passages && (kind == null || kind(c.Key))).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
}
