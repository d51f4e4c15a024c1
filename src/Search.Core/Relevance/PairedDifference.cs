namespace Search.Core.Relevance;

/// <summary>
/// How a measure changed from configuration A to B over the same topics: the mean per-topic difference,
/// its standard error, and how many topics got better or worse. A change smaller than about two standard
/// errors is not told apart from noise.
/// </summary>
public sealed record PairedDifference(double Mean, double StandardError, int Better, int Worse)
{
    public static PairedDifference Of(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        if (a.Count != b.Count) throw new ArgumentException("Both runs must score the same topics.");
        var diffs = a.Zip(b, (x, y) => y - x).ToList();
        if (diffs.Count == 0) return new PairedDifference(0, 0, 0, 0);
        double mean = diffs.Average();
        double variance = diffs.Count > 1 ? diffs.Sum(d => (d - mean) * (d - mean)) / (diffs.Count - 1) : 0;
        const double tie = 1e-9;
        return new PairedDifference(mean, Math.Sqrt(variance / diffs.Count), diffs.Count(d => d > tie), diffs.Count(d => d < -tie));
    }

    /// <summary>True when the difference is at least two standard errors from zero.</summary>
    public bool IsClear => StandardError > 0 ? Math.Abs(Mean) >= 2 * StandardError : Mean != 0;
}
