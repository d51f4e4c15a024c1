using Lucene.Net.Analysis;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// The curated pairs of what happened that cannot both be one fact (<c>news-opposites.txt</c>, shipped in the assembly):
/// continued and concluded, opened and closed, confirmed and denied. Two sentences that each write one side, not the other,
/// of one thing state different facts, however many words they share. Rose and fell are no such pair: "a bus fell off the
/// road" and "the toll rose" tell of two things (docs/linking.md).
/// </summary>
internal sealed class NewsOpposites
{
    public static NewsOpposites None { get; } = new([]);

    private readonly List<(HashSet<string> One, HashSet<string> Other)> _pairs;

    private NewsOpposites(List<(HashSet<string>, HashSet<string>)> pairs) => _pairs = pairs;

    /// <summary>
    /// Whether one sentence writes a side of a pair that the other does not, the other the opposite side that the first does
    /// not, and each writes it near a word both share: "search and rescue operations were continuing" and "we have concluded the
    /// search and rescue phase". "The search was suspended at nightfall" and "as rain continued to fall" tell of two things.
    /// </summary>
    public bool Opposed(SentenceFeatures a, SentenceFeatures b)
    {
        foreach (var (one, other) in _pairs)
        {
            bool aOne = Writes(a, one), aOther = Writes(a, other), bOne = Writes(b, one), bOther = Writes(b, other);
            if (aOne && !aOther && bOther && !bOne && OfOneThing(a, one, b, other)) return true;
            if (aOther && !aOne && bOne && !bOther && OfOneThing(a, other, b, one)) return true;
        }
        return false;
    }

    private static bool Writes(SentenceFeatures sentence, HashSet<string> side) => sentence.Weights.Keys.Any(side.Contains);

    // Two words both sentences share, not of their scene, within a few words of each side ("search", "rescue").
    private static bool OfOneThing(SentenceFeatures a, HashSet<string> sideOfA, SentenceFeatures b, HashSet<string> sideOfB)
    {
        var nearA = Near(a, sideOfA);
        return nearA.Count > 0 && Near(b, sideOfB).Count(k => nearA.Contains(k) && !a.InScene(k) && !b.InScene(k)) >= 2;
    }

    private const int Window = 4;

    private static HashSet<string> Near(SentenceFeatures sentence, HashSet<string> side)
    {
        var near = new HashSet<string>(StringComparer.Ordinal);
        var words = sentence.Words;
        for (int i = 0; i < words.Count; i++)
        {
            if (words[i] is not { } word || !side.Contains(word)) continue;
            for (int k = Math.Max(0, i - Window); k < Math.Min(words.Count, i + Window + 1); k++)
                if (words[k] is { } neighbour && !side.Contains(neighbour)) near.Add(neighbour);
        }
        return near;
    }

    public static NewsOpposites Load(Analyzer analyzer, NewsSynonyms synonyms)
    {
        using var stream = typeof(NewsOpposites).Assembly.GetManifestResourceStream("Search.Core.Linking.Corroboration.news-opposites.txt")
            ?? throw new InvalidOperationException("news-opposites.txt is not embedded");
        using var reader = new StreamReader(stream);
        var pairs = new List<(HashSet<string>, HashSet<string>)>();
        for (string? line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            if (line.TrimStart().StartsWith('#') || line.Split('|') is not [var one, var other]) continue;
            pairs.Add((Keys(one, analyzer, synonyms), Keys(other, analyzer, synonyms)));
        }
        return new NewsOpposites(pairs);
    }

    private static HashSet<string> Keys(string words, Analyzer analyzer, NewsSynonyms synonyms) =>
        words.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(w => Stems.Of(analyzer, w)).Select(stem => "w:" + synonyms.Group(stem)).ToHashSet(StringComparer.Ordinal);
}
