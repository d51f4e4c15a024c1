using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Benchmarks.Protocol;
using Search.Core.Indexing;
using Search.Core.Search;

namespace Search.Benchmarks.Concurrency;

/// <summary>
/// <c>concurrent INDEX_DIR QUERIES.txt THREADS SECONDS [MMap|SimpleFS|NIOFS]</c>: the full query (<c>both</c>)
/// from several threads at once through one <see cref="ArticleSearcher"/>, as the site serves requests, for a
/// bounded time. Prints one JSON line: queries per second and latency percentiles. It tells directory kinds
/// apart under concurrency (SimpleFS serialises the reads of a file; MMap does not), which a single-threaded
/// run cannot.
/// </summary>
internal static class ConcurrentQueries
{
    public static int Run(string indexDir, string queriesFile, int threads, int seconds, IndexDirectoryKind directory, TextWriter output)
    {
        var queries = File.ReadLines(queriesFile).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()).ToList();
        var options = new SearchOptions { TitleBoost = QueryCommand.KitTitleBoost, PatternsFindIndexedForms = false, PatternsScored = false, NewsSynonyms = false, ProximityScored = false };
        using var host = new IndexHost(Options.Create(new IndexingOptions { IndexPath = Path.GetFullPath(indexDir), Directory = directory }),
            Options.Create(options), NullLogger<IndexHost>.Instance);
        using var searcher = new ArticleSearcher(host, options, QueryCommand.KitAnalysis);
        foreach (string query in queries) searcher.Search(Variant.Both.Request(query)); // warm-up, one pass

        var deadline = Stopwatch.StartNew();
        var latencies = new List<double>[threads];
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            var mine = latencies[t] = [];
            // Each thread walks the mix from its own starting point, so they do not all ask the same query at once.
            for (int i = t * queries.Count / threads; deadline.Elapsed.TotalSeconds < seconds; i++)
            {
                long start = Stopwatch.GetTimestamp();
                searcher.Search(Variant.Both.Request(queries[i % queries.Count]));
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        double elapsed = deadline.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        output.WriteLine(JsonLine.Of(new
        {
            engine = JsonLine.Engine,
            phase = "concurrent",
            directory = directory.ToString(),
            threads,
            queries = all.Length,
            secs = JsonLine.Round(elapsed, 2),
            queries_per_s = JsonLine.Round(all.Length / elapsed, 1),
            p50_ms = JsonLine.Round(Percentiles.Of(all, 50), 3),
            p95_ms = JsonLine.Round(Percentiles.Of(all, 95), 3),
            p99_ms = JsonLine.Round(Percentiles.Of(all, 99), 3),
            load1 = JsonLine.Round(LoadAverage(), 2),
        }));
        return 0;
    }

    private static double LoadAverage() =>
        File.Exists("/proc/loadavg") && double.TryParse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture, out double load) ? load : double.NaN;
}
