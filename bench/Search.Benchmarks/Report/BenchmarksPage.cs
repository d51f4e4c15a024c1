using System.Globalization;
using System.Text;

namespace Search.Benchmarks.Report;

/// <summary>
/// Writes docs/benchmarks.md from the raw results: the machine, the commands, per corpus the load, indexing
/// and query tables with the reference engines' figures and our ratios, the dump agreement, the
/// micro-benchmarks and the hand-written notes kept beside the results, and the charts.
/// </summary>
internal sealed class BenchmarksPage(RawResults results, IReadOnlyDictionary<string, IReadOnlyList<DumpAgreement>> agreement, string resultsFolder)
{
    public const string Ours = "search", Reference = "lucene410";
    private static readonly string[] Variants = ["nofetch", "plain", "facets", "hl", "both"];
    private static readonly Dictionary<string, string> VariantNames = new()
    {
        ["nofetch"] = "top 10 + exact count", ["plain"] = "+ id/title of 10 hits", ["facets"] = "plain + 5 facets",
        ["hl"] = "plain + 3 snippets per hit", ["both"] = "full query (facets + snippets)",
    };
    private readonly StringBuilder _page = new();

    public string Write()
    {
        Line("# Benchmarks");
        Line();
        Line("Written by `Search.Benchmarks report` from the raw results in `bench/results/` (do not edit by hand; the notes come from `bench/results/notes.md`).");
        Line("The product's own indexer and search service ran the reference kit's work (`../shared/bench/README.md`) beside Lucene Java 4.10.4, Lucene 8 and SQLite FTS5, one engine at a time, in one sitting per corpus.");
        Line("**The machine is shared with other engineers' builds and tests: the load is given beside each sitting, and only ratios within one sitting mean much.** Ratios are ours / Lucene 4.10.4 (below 1 is faster for latency, above 1 better for articles/s).");
        Line();
        Line($"Machine: {MachineInfo.Describe()}.");
        Line();
        Line("## Commands");
        Line("```bash");
        Line("../shared/bench/setup.sh /tmp/benchdata                 # Lucene jars, JDK, corpora (as root)");
        Line("dotnet build bench/Search.Benchmarks -c Release");
        Line("bench/side-by-side.sh reuters                            # every engine in turn, load recorded: bench/results/reuters/");
        Line("dotnet build bench/LuceneNetPort -c Release                # the kit's harness on Lucene.NET, none of our code");
        Line("P=bench/LuceneNetPort/bin/Release/net10.0/LuceneNetPort.dll");
        Line("bench/side-by-side.sh reuters-1m \"lucenenet=$P\" 1 1 3       # the library with the kit's layout");
        Line("PORT_PASSAGES=1 bench/side-by-side.sh reuters-1m \"lucenenet-passages=$P\" 1 1 3   # and with our passage documents");
        Line("dotnet bench/Search.Benchmarks/bin/Release/net10.0/Search.Benchmarks.dll report bench/results docs /tmp/benchdata");
        Line("dotnet bench/Search.Benchmarks/bin/Release/net10.0/Search.Benchmarks.dll --quick   # < 1 minute: runs, and agrees with Lucene's totals");
        Line("dotnet bench/Search.Benchmarks/bin/Release/net10.0/Search.Benchmarks.dll micro --filter '*'   # BenchmarkDotNet");
        Line("```");
        Line();
        foreach (string corpus in results.Corpora) Corpus(corpus);
        Concurrency();
        Include(Path.Combine(resultsFolder, "micro.md"));
        Line("## Scaling");
        Line();
        Line("![Full-query latency against corpus size](images/benchmarks-latency.png)");
        Line();
        Line("![Indexing rate against corpus size](images/benchmarks-indexing.png)");
        Line();
        Include(Path.Combine(resultsFolder, "notes.md"));
        return _page.ToString();
    }

    private void Corpus(string corpus)
    {
        var engines = results.Engines(corpus);
        Line($"## {corpus} ({N(results.Figure(corpus, engines[0], "index", "docs"))} articles)");
        Line();
        var loads = results.Loads(corpus);
        if (loads.Count > 0)
        {
            Line($"Sitting {loads[0].Text("at")} to {loads[^1].Text("at")}. Load (1-minute average on {loads[0].Number("cores")} cores) before → after each engine: " +
                 string.Join(", ", loads.GroupBy(l => l.Engine).Select(g => $"{g.Key} {string.Join(" / ", g.Select(l => $"{l.Number("load1"):F1}"))}")) + ".");
            Line();
        }
        Line("### Indexing");
        Line();
        Line("| engine | runs | s | articles/s | ratio | text MB/s | index MB | ratio | segments | peak RSS MB |");
        Line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (string engine in engines.Where(e => results.Runs(corpus, e, "index") > 0))
        {
            double rate = results.Figure(corpus, engine, "index", "docs_per_s"), size = results.Figure(corpus, engine, "index", "index_mb");
            Line($"| {engine} | {results.Runs(corpus, engine, "index")} | {F(results.Figure(corpus, engine, "index", "secs"), 1)} | {N(rate)} | " +
                 $"{Ratio(rate, results.Figure(corpus, Reference, "index", "docs_per_s"))} | {F(results.Figure(corpus, engine, "index", "text_mb_per_s"), 2)} | " +
                 $"{F(size, 1)} | {Ratio(size, results.Figure(corpus, Reference, "index", "index_mb"))} | {N(results.Figure(corpus, engine, "index", "segments"))} | " +
                 $"{N(Rss(corpus, engine, "index"))} |");
        }
        Line();
        Space(corpus, engines);
        double passes = results.Figure(corpus, Ours, "query", "passes", "both");
        Line($"### Query latency, single thread, ms: p50 / p95 / p99 (median over {(double.IsNaN(passes) ? "the" : N(passes))} measured passes of the 200-query mix)");
        Line();
        Line("| variant | " + string.Join(" | ", engines) + $" | {Ours} / {Reference} p50 | p99 |");
        Line("|---|" + string.Concat(engines.Select(_ => "---:|")) + "---:|---:|");
        foreach (string variant in Variants)
        {
            var cells = engines.Select(e => Percentiles(corpus, e, variant));
            Line($"| {variant}: {VariantNames[variant]} | {string.Join(" | ", cells)} | " +
                 $"{Ratio(P(corpus, Ours, variant, "p50_ms"), P(corpus, Reference, variant, "p50_ms"))} | {Ratio(P(corpus, Ours, variant, "p99_ms"), P(corpus, Reference, variant, "p99_ms"))} |");
        }
        Line();
        Line("What facets and snippets add to `plain`, p50 ms (the targets: facets no more than Lucene 4.10.4's facet module adds; snippets at most 1.5× what its PostingsHighlighter adds):");
        Line();
        Line("| engine | facets − plain | snippets − plain | full − plain | query-process peak RSS MB | GC pause ms |");
        Line("|---|---:|---:|---:|---:|---:|");
        foreach (string engine in engines.Where(e => results.Runs(corpus, e, "query", "plain") > 0))
        {
            double plain = P(corpus, engine, "plain", "p50_ms");
            Line($"| {engine} | {F(P(corpus, engine, "facets", "p50_ms") - plain, 2)} | {F(P(corpus, engine, "hl", "p50_ms") - plain, 2)} | " +
                 $"{F(P(corpus, engine, "both", "p50_ms") - plain, 2)} | {N(Rss(corpus, engine, "query-summary"))} | " +
                 $"{N(results.Figure(corpus, engine, "query-summary", "gc_pause_ms"))} |");
        }
        Line();
        if (results.Runs(corpus, "fts5", "query", "both") > 0)
        {
            Line($"Against FTS5, the full query's p50 is {F(P(corpus, "fts5", "both", "p50_ms") / P(corpus, Ours, "both", "p50_ms"), 1)}× faster (target at 1M: 30×).");
            Line();
        }
        SiteLoad(corpus);
        if (agreement.TryGetValue(corpus, out var agreements))
        {
            Line("### Same work? The dumps against Lucene 4.10.4's");
            Line();
            Line("| engine | queries | equal totals | equal facet lists | mean top-10 overlap |");
            Line("|---|---:|---:|---:|---:|");
            foreach (var a in agreements) Line($"| {a.Engine} | {a.Queries} | {a.EqualTotals} | {a.EqualFacets} | {F(a.MeanOverlap, 2)} |");
            Line();
            foreach (var a in agreements.Where(a => a.Engine.StartsWith(Ours, StringComparison.Ordinal) && a.TotalDifferences.Count > 0))
                Line($"Totals that differ ({a.Engine}): " + string.Join("; ", a.TotalDifferences.Take(10).Select(d => $"`{d}`")) + ".");
            Line();
        }
    }

    private void Space(string corpus, IReadOnlyList<string> engines)
    {
        var space = results.Space(corpus);
        var shown = engines.Where(space.ContainsKey).ToList();
        if (shown.Count == 0) return;
        Line("What takes the space, MB by the kind of data Lucene's files hold (`Search.Benchmarks space`, on each engine's index after the sitting):");
        Line();
        Line("| kind | " + string.Join(" | ", shown) + " |");
        Line("|---|" + string.Concat(shown.Select(_ => "---:|")));
        foreach (string kind in IndexSpace.Kinds.Select(k => k.Kind).Append(IndexSpace.Other))
        {
            var cells = shown.Select(e => space[e].Json.GetProperty("space_mb").TryGetProperty(kind, out var mb) ? mb.GetDouble() : 0).ToList();
            if (cells.All(c => c < 0.005)) continue;
            Line($"| {kind} | " + string.Join(" | ", cells.Select(c => F(c, 1))) + " |");
        }
        Line("| total | " + string.Join(" | ", shown.Select(e => F(space[e].Number("total_mb"), 1))) + " |");
        Line();
    }

    private void SiteLoad(string corpus)
    {
        var levels = results.SiteLoad(corpus);
        if (levels.Count == 0) return;
        Line("### The site under load");
        Line();
        Line("`bench/site-load.sh` served this corpus's index with the site (Release, loopback) and replayed the 200-query mix through `/api/search` " +
             "(full search: top 10, count, facets, snippets) with `search load --queries`, each level for a fixed time:");
        Line();
        Line("| index read by | concurrency | requests | requests/s | p50 ms | p95 ms | p99 ms | errors | site RSS MB | load before → after |");
        Line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var level in levels)
            Line($"| {level.Text("directory") ?? "–"} | {N(level.Number("concurrency"))} | {N(level.Number("requests"))} | {F(level.Number("requestsPerSecond"), 1)} | {F(level.Number("p50Ms"), 1)} | " +
                 $"{F(level.Number("p95Ms"), 1)} | {F(level.Number("p99Ms"), 1)} | {N(level.Number("errors"))} | {N(level.Number("siteRssMb"))} | " +
                 $"{F(level.Number("load1_before"), 1)} → {F(level.Number("load1"), 1)} |");
        // The last run of each level: the site as it is now configured.
        double Rate(int concurrency) => levels.Where(l => l.Number("concurrency") == concurrency).Select(l => l.Number("requestsPerSecond")).DefaultIfEmpty(double.NaN).Last();
        Line();
        Line($"Throughput at concurrency 2 is {Ratio(Rate(2), Rate(1))} that at 1 (target 1.7×); the most the site held was {N(levels.Max(l => l.Number("siteRssMb")))} MB (target under 1 GiB).");
        Line();
    }

    private void Concurrency()
    {
        var runs = results.Concurrent;
        if (runs.Count == 0) return;
        Line("## Concurrency: how the index is read");
        Line();
        Line("The full query from 1, 2 and 4 threads through one searcher for 20 s each (`Search.Benchmarks concurrent`), on the reuters index, " +
             "memory-mapped against buffered reads (`Search:Directory`), alternated; in the order they ran:");
        Line();
        Line("| directory | threads | queries/s | p50 ms | p95 ms | p99 ms | load before → after |");
        Line("|---|---:|---:|---:|---:|---:|---|");
        foreach (var run in runs)
            Line($"| {run.Text("directory")} | {N(run.Number("threads"))} | {F(run.Number("queries_per_s"), 0)} | {F(run.Number("p50_ms"), 2)} | " +
                 $"{F(run.Number("p95_ms"), 2)} | {F(run.Number("p99_ms"), 2)} | {F(run.Number("load1_before"), 1)} → {F(run.Number("load1"), 1)} |");
        Line();
    }

    private string Percentiles(string corpus, string engine, string variant) =>
        results.Runs(corpus, engine, "query", variant) == 0 ? "–"
            : $"{F(P(corpus, engine, variant, "p50_ms"), 2)} / {F(P(corpus, engine, variant, "p95_ms"), 2)} / {F(P(corpus, engine, variant, "p99_ms"), 2)}";

    // run.sh reads /usr/bin/time's figures before the process has written them, so its proc_maxrss_mb is often missing; the harness's own VmHWM stands in.
    private double Rss(string corpus, string engine, string phase) =>
        results.Figure(corpus, engine, phase, "proc_maxrss_mb") is var rss && !double.IsNaN(rss) ? rss : results.Figure(corpus, engine, phase, "peak_rss_mb");

    private double P(string corpus, string engine, string variant, string field) => results.Figure(corpus, engine, "query", field, variant);

    private void Include(string file)
    {
        if (!File.Exists(file)) return;
        Line(File.ReadAllText(file).TrimEnd());
        Line();
    }

    private static string Ratio(double ours, double reference) => double.IsNaN(ours) || double.IsNaN(reference) || reference == 0 ? "–" : $"{ours / reference:F2}×";
    private static string F(double value, int decimals) => double.IsNaN(value) ? "–" : value.ToString("F" + decimals, CultureInfo.InvariantCulture);
    private static string N(double value) => double.IsNaN(value) ? "–" : value.ToString("N0", CultureInfo.InvariantCulture);
    private void Line(string text = "") => _page.Append(text).Append('\n');
}
