using System.Diagnostics;
using Search.Core.Search;

namespace Search.Benchmarks.Protocol;

/// <summary>
/// Times one variant as the kit's harnesses do: one unmeasured pass, then <c>passes</c> measured passes
/// over the mix; per pass the p50, p95, p99 and mean of single-query latency; reported as the median over
/// passes of each.
/// </summary>
internal sealed record VariantTiming(double P50, double P95, double P99, double Mean, long HitsSum, double AllocatedKbPerQuery,
    IReadOnlyList<double> AllP50, IReadOnlyDictionary<string, double[]> ByType)
{
    public static VariantTiming Measure(ArticleSearcher searcher, Variant variant, IReadOnlyList<string> queries, IReadOnlyList<string> types, int passes)
    {
        foreach (string query in queries) searcher.Search(variant.Request(query));
        List<double> p50 = [], p95 = [], p99 = [], mean = [];
        var byType = new SortedDictionary<string, List<double>>(StringComparer.Ordinal);
        long hitsSum = 0;
        // Allocations drive gen-0 collections, and on two cores a collection lands inside a query: the p99.
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (int pass = 0; pass < passes; pass++)
        {
            var latencies = new double[queries.Count];
            hitsSum = 0;
            for (int i = 0; i < queries.Count; i++)
            {
                var request = variant.Request(queries[i]); // built outside the clock, as the kit's query string is
                long start = Stopwatch.GetTimestamp();
                var result = searcher.Search(request);
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                hitsSum += result.Total;
                if (types.Count > 0)
                {
                    if (!byType.TryGetValue(types[i], out var list)) byType[types[i]] = list = [];
                    list.Add(latencies[i]);
                }
            }
            mean.Add(latencies.Average());
            Array.Sort(latencies);
            p50.Add(Percentiles.Of(latencies, 50));
            p95.Add(Percentiles.Of(latencies, 95));
            p99.Add(Percentiles.Of(latencies, 99));
        }
        double allocatedKb = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1024.0 / Math.Max(1, passes * queries.Count);
        var typeFigures = byType.ToDictionary(t => t.Key, t =>
        {
            var sorted = t.Value.Order().ToArray();
            return new[] { JsonLine.Round(Percentiles.Of(sorted, 50), 3), JsonLine.Round(Percentiles.Of(sorted, 95), 3) };
        });
        return new VariantTiming(Percentiles.Median(p50), Percentiles.Median(p95), Percentiles.Median(p99), Percentiles.Median(mean), hitsSum, allocatedKb,
            p50.Select(x => JsonLine.Round(x, 3)).ToList(), typeFigures);
    }

    public object ToLine(string index, string variant, int queries, int passes, double peakRssMb) => new
    {
        engine = JsonLine.Engine,
        phase = "query",
        index,
        variant,
        queries,
        passes,
        p50_ms = JsonLine.Round(P50, 3),
        p95_ms = JsonLine.Round(P95, 3),
        p99_ms = JsonLine.Round(P99, 3),
        mean_ms = JsonLine.Round(Mean, 3),
        hits_sum = HitsSum,
        allocated_kb_per_query = JsonLine.Round(AllocatedKbPerQuery, 1),
        all_passes_p50 = AllP50,
        by_type_p50_p95 = ByType,
        peak_rss_mb = Math.Round(peakRssMb),
    };
}
