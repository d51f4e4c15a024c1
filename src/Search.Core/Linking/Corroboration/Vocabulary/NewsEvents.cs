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
    /// The event words found in at least <paramref name="share"/> of the story's passages: in a story
    /// about protests, "protests" is the story's subject and tells one fact of it from another no better than its place does.
    /// </summary>
    public HashSet<string> Themes(StoryWords story, float share) => story.InShare(share, _keys.Contains);

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
