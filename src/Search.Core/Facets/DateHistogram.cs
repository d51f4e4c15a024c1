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
        var interval = Enum.GetValues<DateInterval>().First(i => i == DateInterval.Year || !(Next(first, i, MaxBuckets - 1) is { } bound) || Start(last, i, 1) <= bound);
        // Years past MaxBuckets are drawn several to a bar (2, 5, 10… years), so an archive from 1900, or a stray year 9999, draws 60 bars at most.
        int years = interval == DateInterval.Year ? YearsPerBar(first, last) : 1;
        var buckets = new List<DateBucket>();
        for (DateOnly? start = Start(first, interval, years); start is { } from && from <= last; start = Next(from, interval, years))
        {
            var end = Next(from, interval, years)?.AddDays(-1) ?? DateOnly.MaxValue;
            int count = days.Where(d => d.Day >= from && d.Day <= end).Sum(d => d.Count);
            buckets.Add(new DateBucket(Label(from, end, interval, years), from, end, count));
        }
        return new DateHistogram(interval, buckets, undated);
    }

    private static int YearsPerBar(DateOnly first, DateOnly last)
    {
        int span = last.Year - first.Year + 1;
        foreach (int years in (int[])[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000])
            if ((span + years - 1) / years + 1 <= MaxBuckets) return years;
        return 10_000;
    }

    private static DateOnly Start(DateOnly day, DateInterval interval, int years) => interval switch
    {
        DateInterval.Week => day.DayNumber < 7 ? DateOnly.MinValue : day.AddDays(-(((int)day.DayOfWeek + 6) % 7)), // weeks start on Monday (ISO 8601)
        DateInterval.Month => new DateOnly(day.Year, day.Month, 1),
        DateInterval.Year => new DateOnly(Math.Max(1, day.Year - day.Year % years), 1, 1),
        _ => day,
    };

    // The start of the bar after the one at start, or null past the last day a date can have.
    private static DateOnly? Next(DateOnly start, DateInterval interval, int steps)
    {
        long days = interval switch
        {
            DateInterval.Week => 7L * steps,
            DateInterval.Day => steps,
            _ => 0,
        };
        if (days > 0) return DateOnly.MaxValue.DayNumber - start.DayNumber < days ? null : start.AddDays((int)days);
        int months = interval == DateInterval.Month ? steps : 12 * steps;
        return (9999 - start.Year) * 12 + (12 - start.Month) < months ? null : start.AddMonths(months);
    }

    private static string Label(DateOnly start, DateOnly end, DateInterval interval, int years) => interval switch
    {
        DateInterval.Week => "week of " + start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateInterval.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DateInterval.Year when years > 1 => start.ToString("yyyy", CultureInfo.InvariantCulture) + "–" + end.ToString("yyyy", CultureInfo.InvariantCulture),
        DateInterval.Year => start.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
