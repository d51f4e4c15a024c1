namespace Search.Cli.Load;

/// <summary>
/// Throughput and latency percentiles of one load level. Percentiles are nearest-rank (the smallest
/// latency at or above p% of the requests), so every figure is a latency that was actually measured.
/// </summary>
internal sealed record LatencySummary(int Requests, double Seconds, double RequestsPerSecond, double P50Ms, double P95Ms, double P99Ms, double MaxMs)
{
    public static LatencySummary From(IReadOnlyCollection<double> latenciesMs, TimeSpan elapsed)
    {
        var sorted = latenciesMs.Order().ToArray();
        double seconds = elapsed.TotalSeconds;
        return new LatencySummary(
            sorted.Length,
            seconds,
            seconds > 0 ? sorted.Length / seconds : 0,
            Percentile(sorted, 50),
            Percentile(sorted, 95),
            Percentile(sorted, 99),
            sorted.Length > 0 ? sorted[^1] : 0);
    }

    /// <summary>The nearest-rank percentile of ascending values; 0 when there are none.</summary>
    public static double Percentile(IReadOnlyList<double> ascending, double percent)
    {
        if (ascending.Count == 0) return 0;
        int rank = (int)Math.Ceiling(percent / 100 * ascending.Count);
        return ascending[Math.Clamp(rank, 1, ascending.Count) - 1];
    }
}
