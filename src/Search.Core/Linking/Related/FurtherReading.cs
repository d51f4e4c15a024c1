using Lucene.Net.Search;

namespace Search.Core.Linking.Related;

/// <summary>
/// Reads further down a ranking until its hits, folded into groups of copies, fill the pages asked for: a story (or a
/// paragraph) copied by dozens of outlets folds dozens of hits into one.
/// </summary>
internal static class FurtherReading
{
    /// <summary>
    /// How many times the hits its pages need a search that groups copies ranks at first. At a million articles with fifty
    /// copies of each story, a first page read that far needs no second search: 75 requests a second on the site against 49
    /// when it read one page beyond (docs/benchmarks.md). A longer ranking costs little more to collect, while reading further
    /// later runs the search again.
    /// </summary>
    public const int FirstReadTimes = 64;

    /// <summary>How far the first read of a ranking that groups copies goes, for pages that need <paramref name="needed"/> hits.</summary>
    public static int FirstRead(int needed, int size, int window) => Math.Min(window, Math.Max(needed + size, needed * FirstReadTimes));

    /// <summary>
    /// The groups of the ranked hits, read again (<paramref name="rankedTo"/>: the first n hits) until they are
    /// <paramref name="enough"/> or every one of the <paramref name="total"/> hits is read. Each read goes four times as far,
    /// never past <paramref name="window"/>. Given the share of the groups found so far (<paramref name="found"/>: 0 to 1), a read
    /// goes as far as that share says is needed, twice over, when that is further: each read runs the search again, so at a
    /// million articles with fifty copies of each story one long read costs less than three that grow by four.
    /// </summary>
    public static T Until<T>(ScoreDoc[] ranked, int total, int window, Func<int, ScoreDoc[]> rankedTo, Func<ScoreDoc[], T> group, Func<T, ScoreDoc[], bool> enough,
        Func<T, double>? found = null)
    {
        var groups = group(ranked);
        for (int read = ranked.Length; !enough(groups, ranked) && read < total && read < window;)
        {
            double share = found == null ? 0 : Math.Clamp(found(groups), 0, 1);
            double estimate = share > 0 ? read / share * 2 : 0;
            ranked = rankedTo((int)Math.Min(window, Math.Max(Math.Max(read, 1) * 4.0, estimate)));
            read = ranked.Length == read ? total : ranked.Length; // no further hits: every one is read
            groups = group(ranked);
        }
        return groups;
    }
}
