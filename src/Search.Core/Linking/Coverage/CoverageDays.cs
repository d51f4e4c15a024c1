using Search.Core.Facets;
using Search.Core.Search;

namespace Search.Core.Linking.Coverage;

/// <summary>
/// The days of the coverage shown: the run of its cards' days with the most cards, and a week either side. An outlet silent
/// on a story is one that published in those days; a card of another day is of another story.
/// </summary>
internal static class CoverageDays
{
    /// <summary>
    /// Silent outlets are those that published within this many days of the coverage shown, when the request sets no dates of
    /// its own: in an archive of many stories, an outlet that wrote nothing that month did not stay silent on this one. An
    /// undated article may be of any day, so it tells nothing of silence then: the undated CNN seed was "not mentioned by" on
    /// every view, a cyclone's of 2026 as well.
    /// </summary>
    public const int SilentDays = 7;

    /// <summary>
    /// The request, limited to the days of the passages shown, unless it sets dates itself or no passage shown is dated (then the
    /// request itself). The silent articles of unknown source are read through it too: a view of a cyclone named one of 2022 and
    /// left out its week's.
    /// </summary>
    public static SearchRequest Window(SearchRequest request, List<OutletCoverage> reporting)
    {
        var days = reporting.Select(o => o.Best.Date).OfType<DateOnly>().Order().ToList();
        if (days.Count == 0 || request.From != null || request.To != null || request.FilterValues(FacetDimension.Date.Name).Count > 0) return request;
        var (first, last) = MostCoveredDays(days);
        return request with { From = first.AddDays(-SilentDays), To = last.AddDays(SilentDays) };
    }

    // The run of the passages' days with the most passages, days within two weeks of each other joined: one outlet's card of
    // another year (a bank's takeover of 2022 beside its merger of 2026) stretched the silence over four years, and named 53
    // outlets "not mentioned by" (an eighth QA pass). Of runs alike, the latest.
    private static (DateOnly First, DateOnly Last) MostCoveredDays(List<DateOnly> sorted)
    {
        (DateOnly First, DateOnly Last, int Count) best = (sorted[0], sorted[0], 0), run = (sorted[0], sorted[0], 0);
        foreach (var day in sorted)
        {
            run = day.DayNumber - run.Last.DayNumber > 2 * SilentDays ? (day, day, 1) : (run.First, day, run.Count + 1);
            if (run.Count >= best.Count) best = run;
        }
        return (best.First, best.Last);
    }

    /// <summary>Whether a card is dated outside the window's days.</summary>
    public static bool OutOf(SearchRequest window, OutletCoverage card) => card.Best.Date is { } day && (day < window.From || day > window.To);
}
