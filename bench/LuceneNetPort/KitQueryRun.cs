using System.Diagnostics;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.PostingsHighlight;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace LuceneNetPort;

/// <summary>
/// The kit's `query` command: the dump of the `both` variant, warm-up passes over every variant, then per variant one
/// more pass and the measured passes, reporting the median over passes of p50, p95, p99 and the mean.
/// </summary>
internal static class KitQueryRun
{
    public static void Run(string indexDir, string queriesFile, string[] variants, int warm, int passes, string? dump)
    {
        var queries = File.ReadAllLines(queriesFile).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()).ToList();
        var types = File.Exists(queriesFile + ".tsv")
            ? File.ReadAllLines(queriesFile + ".tsv").Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Split('\t')[0]).ToList()
            : [];
        if (types.Count != queries.Count) types.Clear();
        variants = variants.Where(v => v != "filtered").ToArray(); // the kit's optional filtered variant is not ported

        var clock = Stopwatch.StartNew();
        using var directory = FSDirectory.Open(indexDir);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        double openMs = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        var facets = FacetState.Open(reader);
        double stateMs = clock.Elapsed.TotalMilliseconds;
        var kit = new KitSearch(searcher, facets, new KitHighlighter());
        Console.Error.WriteLine($"open {openMs:F0} ms, facet state {stateMs:F0} ms, {reader.MaxDoc} docs, {reader.Leaves.Count} segments");

        if (dump is not null)
        {
            using var writer = new StreamWriter(dump);
            foreach (string q in queries)
            {
                var result = kit.Run(q, "both", keep: true);
                writer.WriteLine(JsonSerializer.Serialize(new { q, total = result.Total, ids = result.Ids, facets = result.Facets, snippets = result.Snippets }));
            }
        }

        var warming = Stopwatch.StartNew();
        for (int p = 0; p < warm; p++)
            foreach (string v in variants)
                foreach (string q in queries) kit.Run(q, v, keep: false);
        Console.Error.WriteLine($"warm-up {warm} pass(es) x {string.Join(',', variants)}: {warming.Elapsed.TotalSeconds:F1}s");

        foreach (string v in variants)
        {
            foreach (string q in queries) kit.Run(q, v, keep: false);
            var p50 = new List<double>(); var p95 = new List<double>(); var p99 = new List<double>(); var mean = new List<double>();
            var byType = new SortedDictionary<string, List<double>>(StringComparer.Ordinal);
            long hitsSum = 0;
            for (int p = 0; p < passes; p++)
            {
                var latencies = new double[queries.Count];
                hitsSum = 0;
                for (int i = 0; i < queries.Count; i++)
                {
                    long start = Stopwatch.GetTimestamp();
                    var result = kit.Run(queries[i], v, keep: false);
                    latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                    hitsSum += result.Total;
                    if (types.Count > 0)
                    {
                        if (!byType.TryGetValue(types[i], out var list)) byType[types[i]] = list = [];
                        list.Add(latencies[i]);
                    }
                }
                double sum = latencies.Sum();
                Array.Sort(latencies);
                p50.Add(Percentile(latencies, 50)); p95.Add(Percentile(latencies, 95)); p99.Add(Percentile(latencies, 99)); mean.Add(sum / latencies.Length);
            }
            string kinds = string.Join(",", byType.Select(e =>
            {
                var xs = e.Value.Order().ToArray();
                return FormattableString.Invariant($"{KitOutput.Quote(e.Key)}:[{Percentile(xs, 50):F3},{Percentile(xs, 95):F3}]");
            }));
            string all = "[" + string.Join(",", p50.Select(x => x.ToString("F3", System.Globalization.CultureInfo.InvariantCulture))) + "]";
            KitOutput.Line(
                $"{{\"engine\":\"lucenenet\",\"phase\":\"query\",\"index\":{KitOutput.Quote(indexDir)},\"variant\":\"{v}\",\"queries\":{queries.Count},\"passes\":{passes}," +
                $"\"p50_ms\":{Median(p50):F3},\"p95_ms\":{Median(p95):F3},\"p99_ms\":{Median(p99):F3},\"mean_ms\":{Median(mean):F3},\"hits_sum\":{hitsSum}," +
                $"\"all_passes_p50\":{all},\"by_type_p50_p95\":{{{kinds}}},\"peak_rss_mb\":{KitOutput.PeakRssMb():F0}}}");
        }
        KitOutput.Line(
            $"{{\"engine\":\"lucenenet\",\"phase\":\"query-summary\",\"index\":{KitOutput.Quote(indexDir)},\"open_ms\":{openMs:F0},\"facet_state_ms\":{stateMs:F0},\"peak_rss_mb\":{KitOutput.PeakRssMb():F0}}}");
    }

    /// <summary>The kit's percentile: the value at rank ceil(p/100 × n) of the sorted latencies.</summary>
    private static double Percentile(double[] sorted, double p)
    {
        if (sorted.Length == 0) return double.NaN;
        int k = (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1;
        return sorted[Math.Clamp(k, 0, sorted.Length - 1)];
    }

    private static double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);

    /// <summary>The kit's highlighter settings: 10,000 characters, sentence passages, &lt;mark&gt;.</summary>
    private sealed class KitHighlighter() : ICUPostingsHighlighter(10_000)
    {
        protected override PassageFormatter GetFormatter(string field) => new DefaultPassageFormatter("<mark>", "</mark>", "… ", false);
    }
}
