using System.Globalization;

namespace Search.Core.Facets;

/// <summary>The width of a histogram bar.</summary>
public enum DateInterval
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>One bar of the date histogram: the days it covers and how many results fall in them.</summary>
public sealed record DateBucket(string Label, DateOnly From, DateOnly To, int Count);

/// <summary>
/// The results over time: bars whose width follows the span of the dated results (days up to a month,
/// weeks up to half a year, months up to three years, years beyond), with empty bars kept so time reads
/// evenly, and the undated results counted apart. Built from the date facet's counts, so it has
/// drill-sideways semantics: it ignores the date range it helps to choose.
/// </summary>
public sealed record DateHistogram(DateInterval Interval, IReadOnlyList<DateBucket> Buckets, int Undated)
{
    public static readonly DateHistogram Empty = new(DateInterval.Day, [], 0);

    /// <summary>Most bars drawn; past it, the next wider interval is used.</summary>
    public const int MaxBuckets = 60;

    public static DateHistogram From(IReadOnlyCollection<(DateOnly Day, int Count)> days, int undated)
    {
        if (days.Count == 0) return Empty with { Undated = undated };
        var first = days.Min(d => d.Day);
        var last = days.Max(d => d.Day);
        var interval = Enum.GetValues<DateInterval>().First(i => Start(last, i) <= Next(first, i, MaxBuckets - 1) || i == DateInterval.Year);
        var buckets = new List<DateBucket>();
        for (var start = Start(first, interval); start <= last; start = Next(start, interval, 1))
        {
            var end = Next(start, interval, 1).AddDays(-1);
            int count = days.Where(d => d.Day >= start && d.Day <= end).Sum(d => d.Count);
            buckets.Add(new DateBucket(Label(start, interval), start, end, count));
        }
        return new DateHistogram(interval, buckets, undated);
    }

    private static DateOnly Start(DateOnly day, DateInterval interval) => interval switch
    {
        DateInterval.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)), // weeks start on Monday (ISO 8601)
        DateInterval.Month => new DateOnly(day.Year, day.Month, 1),
        DateInterval.Year => new DateOnly(day.Year, 1, 1),
        _ => day,
    };

    private static DateOnly Next(DateOnly start, DateInterval interval, int steps) => interval switch
    {
        DateInterval.Week => start.AddDays(7 * steps),
        DateInterval.Month => start.AddMonths(steps),
        DateInterval.Year => start.AddYears(steps),
        _ => start.AddDays(steps),
    };

    private static string Label(DateOnly start, DateInterval interval) => interval switch
    {
        DateInterval.Week => "week of " + start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateInterval.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DateInterval.Year => start.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
