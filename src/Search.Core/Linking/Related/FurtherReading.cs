using Lucene.Net.Search;

namespace Search.Core.Linking.Related;

/// <summary>
/// Reads further down a ranking until its hits, folded into groups of copies, fill the pages asked for: a story (or a
/// paragraph) copied by dozens of outlets folds dozens of hits into one.
/// </summary>
internal static class FurtherReading
{
    /// <summary>
    /// The groups of the ranked hits, read again (<paramref name="rankedTo"/>: the first n hits) until they are
    /// <paramref name="enough"/> or every one of the <paramref name="total"/> hits is read. Each read goes four times as far,
    /// never past <paramref name="window"/>.
    /// </summary>
    public static T Until<T>(ScoreDoc[] ranked, int total, int window, Func<int, ScoreDoc[]> rankedTo, Func<ScoreDoc[], T> group, Func<T, ScoreDoc[], bool> enough)
    {
        var groups = group(ranked);
        for (int read = ranked.Length; !enough(groups, ranked) && read < total && read < window;)
        {
            ranked = rankedTo(Math.Min(window, Math.Max(read, 1) * 4));
            read = ranked.Length == read ? total : ranked.Length; // no further hits: every one is read
            groups = group(ranked);
        }
        return groups;
    }
}
