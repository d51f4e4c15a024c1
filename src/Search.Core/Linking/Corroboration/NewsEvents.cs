using Lucene.Net.Analysis;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// The curated news event words (<c>news-events.txt</c>, shipped in the assembly) as feature keys: what happened
/// (killed, arrested, sent, resigned, rose…), each joined to its synonym group.
/// </summary>
internal sealed class NewsEvents
{
    public static NewsEvents None { get; } = new([]);

    private readonly HashSet<string> _keys;

    private NewsEvents(HashSet<string> keys) => _keys = keys;

    public bool IsEmpty => _keys.Count == 0;

    /// <summary>Whether a feature key (<c>w:</c> and a stem's group) names an event.</summary>
    public bool Contains(string key) => _keys.Contains(key);

    /// <summary>
    /// The event words found in at least <paramref name="share"/> of the passages (each a list of sentences): in a story
    /// about protests, "protests" is the story's subject and tells one fact of it from another no better than its place does.
    /// </summary>
    public HashSet<string> Themes(IReadOnlyCollection<IReadOnlyList<SentenceFeatures>> passages, float share) =>
        Common(passages, share, _keys.Contains);

    /// <summary>The words (<c>w:</c> keys) found in at least <paramref name="share"/> of the passages; those of <paramref name="kind"/> alone, if given.</summary>
    public static HashSet<string> Common(IReadOnlyCollection<IReadOnlyList<SentenceFeatures>> passages, float share, Func<string, bool>? kind = null)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var passage in passages)
            foreach (string key in passage.SelectMany(s => s.Weights.Keys).Where(k => k.StartsWith("w:", StringComparison.Ordinal) && (kind == null || kind(k))).Distinct())
                counts[key] = counts.GetValueOrDefault(key) + 1;
        return counts.Where(c => c.Value >= share * passages.Count).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
    }

    public static NewsEvents Load(Analyzer analyzer, NewsSynonyms synonyms)
    {
        using var stream = typeof(NewsEvents).Assembly.GetManifestResourceStream("Search.Core.Linking.Corroboration.news-events.txt")
            ?? throw new InvalidOperationException("news-events.txt is not embedded");
        using var reader = new StreamReader(stream);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (string? line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            if (line.TrimStart().StartsWith('#')) continue;
            foreach (string word in line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                foreach (string stem in Stems.Of(analyzer, word))
                    keys.Add("w:" + synonyms.Group(stem));
        }
        return new NewsEvents(keys);
    }
}
