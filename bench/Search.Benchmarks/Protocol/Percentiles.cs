namespace Search.Benchmarks.Protocol;

/// <summary>The kit's statistics, computed exactly as its Java harness does, so figures compare.</summary>
internal static class Percentiles
{
    /// <summary>Nearest-rank percentile of sorted values: the value at ceil(p/100 · n) − 1.</summary>
    public static double Of(double[] sorted, double p)
    {
        if (sorted.Length == 0) return double.NaN;
        int k = (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1;
        return sorted[Math.Clamp(k, 0, sorted.Length - 1)];
    }

    /// <summary>The upper median (element n/2 of the sorted list), as the harness takes it over passes.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
