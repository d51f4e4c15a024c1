using System.Globalization;

namespace Search.Web.Links;

/// <summary>
/// How a page names an outlet's own repeats of a story, the outlet being named already: by day, in order of publication, a
/// second repeat of one day numbered ("18 March 1987 (2)"). "filing 2" followed the order of the results, not of publication.
/// </summary>
public static class Filing
{
    /// <summary>The copies in order of publication (undated last, the order given kept within a day).</summary>
    public static IReadOnlyList<T> InOrder<T>(IEnumerable<T> copies, Func<T, DateOnly?> day) =>
        copies.OrderBy(c => day(c) is null).ThenBy(c => day(c)).ToList();

    /// <summary>Each copy's name, in the order given: its day, or "another filing" when it has none.</summary>
    public static IReadOnlyList<string> Names(IEnumerable<DateOnly?> days)
    {
        var seen = new Dictionary<DateOnly, int>();
        return days.Select(day =>
        {
            if (day is not { } d) return "another filing";
            int n = seen[d] = seen.GetValueOrDefault(d) + 1;
            string name = d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
            return n == 1 ? name : $"{name} ({n})";
        }).ToList();
    }
}
