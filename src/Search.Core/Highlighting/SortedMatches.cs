namespace Search.Core.Highlighting;

/// <summary>
/// Finds the matches inside a span of text by binary search over matches sorted by start (as
/// <see cref="TermOffsetsReader"/> returns them), so the cost of highlighting a long article follows the
/// matches near each passage, not every match times every paragraph.
/// </summary>
internal static class SortedMatches
{
    /// <summary>True when some match starts inside [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static bool AnyStartIn(IReadOnlyList<TermMatch> sorted, int start, int end)
    {
        int first = FirstStartingAtOrAfter(sorted, start);
        return first < sorted.Count && sorted[first].Start < end;
    }

    /// <summary>The matches wholly inside [<paramref name="start"/>, <paramref name="end"/>), in order.</summary>
    public static List<TermMatch> Within(IReadOnlyList<TermMatch> sorted, int start, int end)
    {
        var inside = new List<TermMatch>();
        for (int i = FirstStartingAtOrAfter(sorted, start); i < sorted.Count && sorted[i].Start < end; i++)
            if (sorted[i].End <= end) inside.Add(sorted[i]);
        return inside;
    }

    /// <summary>The matches that start before <paramref name="limit"/>.</summary>
    public static IReadOnlyList<TermMatch> Before(IReadOnlyList<TermMatch> sorted, int limit)
    {
        int count = FirstStartingAtOrAfter(sorted, limit);
        return count == sorted.Count ? sorted : sorted.Take(count).ToList();
    }

    private static int FirstStartingAtOrAfter(IReadOnlyList<TermMatch> sorted, int position)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (sorted[mid].Start < position) low = mid + 1;
            else high = mid;
        }
        return low;
    }
}
