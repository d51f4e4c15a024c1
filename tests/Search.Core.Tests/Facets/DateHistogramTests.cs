using Search.Core.Facets;

namespace Search.Core.Tests.Facets;

public class DateHistogramTests
{
    private static (DateOnly, int) Day(string day, int count) => (DateOnly.Parse(day), count);

    [Fact]
    public void ShortSpansGetADayPerBarWithEmptyDaysKept()
    {
        var histogram = DateHistogram.From([Day("2022-01-06", 2), Day("2022-01-08", 1)], undated: 3);
        Assert.Equal(DateInterval.Day, histogram.Interval);
        Assert.Equal(["2022-01-06=2", "2022-01-07=0", "2022-01-08=1"], histogram.Buckets.Select(b => $"{b.Label}={b.Count}"));
        Assert.Equal(3, histogram.Undated);
    }

    [Fact]
    public void LongerSpansGetWeeksMonthsOrYears()
    {
        var weeks = DateHistogram.From([Day("2022-01-05", 1), Day("2022-04-20", 4)], 0);
        Assert.Equal(DateInterval.Week, weeks.Interval);
        Assert.Equal(new DateOnly(2022, 1, 3), weeks.Buckets[0].From); // the Monday of the first week
        Assert.Equal(5, weeks.Buckets.Sum(b => b.Count));

        var months = DateHistogram.From([Day("1987-02-26", 1), Day("1990-10-20", 2)], 0);
        Assert.Equal(DateInterval.Month, months.Interval);
        Assert.Equal(("1987-02", new DateOnly(1987, 2, 1), new DateOnly(1987, 2, 28)), (months.Buckets[0].Label, months.Buckets[0].From, months.Buckets[0].To));

        // 73 years drew 73 bars, past the most drawn; two years a bar make 37.
        var years = DateHistogram.From([Day("1950-06-01", 1), Day("2022-01-06", 1)], 0);
        Assert.Equal(DateInterval.Year, years.Interval);
        Assert.Equal(37, years.Buckets.Count);
        Assert.Equal("1950–1951", years.Buckets[0].Label);
        Assert.Equal(2, years.Buckets.Sum(b => b.Count));
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("9999-12-27")]
    public void TheLastDaysADateCanHaveDrawWithoutOverflowing(string last)
    {
        // An article dated 9999-12-31 made every search that found it fail: the bar after its own was past the last date.
        var alone = DateHistogram.From([Day(last, 1)], 0);
        Assert.Equal(1, alone.Buckets.Sum(b => b.Count));
        var wide = DateHistogram.From([Day("0001-01-01", 1), Day("1987-03-01", 1), Day(last, 1)], 0);
        Assert.InRange(wide.Buckets.Count, 1, DateHistogram.MaxBuckets);
        Assert.Equal(3, wide.Buckets.Sum(b => b.Count));
        var weeks = DateHistogram.From([Day("9999-12-01", 1), Day(last, 1)], 0);
        Assert.Equal(2, weeks.Buckets.Sum(b => b.Count));
    }

    [Fact]
    public void NoDatedResultsGiveNoBarsButKeepTheUndatedCount()
    {
        var histogram = DateHistogram.From([], undated: 4);
        Assert.Empty(histogram.Buckets);
        Assert.Equal(4, histogram.Undated);
    }
}
