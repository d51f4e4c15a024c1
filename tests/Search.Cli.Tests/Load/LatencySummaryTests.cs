using Search.Cli.Load;

namespace Search.Cli.Tests.Load;

public sealed class LatencySummaryTests
{
    [Fact]
    public void PercentilesOfOneToAHundredAreTheirOwnRank()
    {
        var summary = LatencySummary.From(Enumerable.Range(1, 100).Select(i => (double)i).Reverse().ToList(), TimeSpan.FromSeconds(4));

        Assert.Equal(100, summary.Requests);
        Assert.Equal(25, summary.RequestsPerSecond);
        Assert.Equal((50.0, 95.0, 99.0, 100.0), (summary.P50Ms, summary.P95Ms, summary.P99Ms, summary.MaxMs));
    }

    [Fact]
    public void APercentileIsAMeasuredValueTheNextRankUp()
    {
        double[] ascending = [10, 20, 30, 40, 1000];

        // Nearest rank: ceil(0.5 × 5) = 3rd; ceil(0.95 × 5) = 5th. Never an interpolated 975.
        Assert.Equal(30, LatencySummary.Percentile(ascending, 50));
        Assert.Equal(1000, LatencySummary.Percentile(ascending, 95));
        Assert.Equal(10, LatencySummary.Percentile(ascending, 1));
    }

    [Fact]
    public void OneSlowRequestInAHundredShowsAtP99ButNotAtP95()
    {
        var latencies = Enumerable.Repeat(5.0, 99).Append(900).ToList();
        var summary = LatencySummary.From(latencies, TimeSpan.FromSeconds(1));

        Assert.Equal(5, summary.P95Ms);
        Assert.Equal(5, summary.P99Ms);
        Assert.Equal(900, summary.MaxMs);
        var twoSlow = LatencySummary.From(Enumerable.Repeat(5.0, 98).Concat([900.0, 901.0]).ToList(), TimeSpan.FromSeconds(1));
        Assert.Equal(900, twoSlow.P99Ms);
    }

    [Fact]
    public void NoRequestsGiveZerosRatherThanAFailure()
    {
        var summary = LatencySummary.From([], TimeSpan.Zero);

        Assert.Equal(new LatencySummary(0, 0, 0, 0, 0, 0, 0), summary);
    }
}
