using ScottPlot;

namespace Search.Benchmarks.Report;

/// <summary>
/// The page's chart: full-query p50 and p99 latency (left) and indexing rate (right) against corpus size, one
/// line per engine, on log scales (sizes grow tenfold, and FTS5 is two orders of magnitude slower than the rest).
/// Engines measured on a single corpus (a variant such as search-extraction) are left out.
/// </summary>
internal static class ScalingChart
{
    public static void Save(RawResults results, string path)
    {
        var corpora = results.Corpora;
        var engines = corpora.SelectMany(results.Engines).Distinct()
            .Where(e => corpora.Count(c => results.Runs(c, e, "index") > 0) > 1 || corpora.Count == 1).ToList();
        var latency = new Plot();
        var indexing = new Plot();
        // One colour per engine in both charts; the default palette repeats after seven.
        var palette = new ScottPlot.Palettes.Category10();
        foreach (var (engine, index) in engines.Select((e, i) => (e, i)))
        {
            var points = corpora.Select(c => (Corpus: c, Docs: results.Figure(c, engine, "index", "docs"))).Where(p => !double.IsNaN(p.Docs)).ToList();
            if (points.Count == 0) continue;
            double[] xs = points.Select(p => Math.Log10(p.Docs)).ToArray();
            var p50 = latency.Add.Scatter(xs, points.Select(p => Math.Log10(results.Figure(p.Corpus, engine, "query", "p50_ms", "both"))).ToArray());
            p50.LegendText = $"{engine} p50";
            p50.Color = palette.GetColor(index);
            var p99 = latency.Add.Scatter(xs, points.Select(p => Math.Log10(results.Figure(p.Corpus, engine, "query", "p99_ms", "both"))).ToArray());
            p99.LegendText = $"{engine} p99";
            p99.LinePattern = LinePattern.Dashed;
            p99.Color = p50.Color;
            var rate = indexing.Add.Scatter(xs, points.Select(p => Math.Log10(results.Figure(p.Corpus, engine, "index", "docs_per_s"))).ToArray());
            rate.LegendText = engine;
            rate.Color = p50.Color;
        }
        var ticks = corpora.Select(c => results.Figure(c, results.Engines(c)[0], "index", "docs")).ToArray();
        double[] steps = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000];
        foreach (var (plot, title, axis) in new[] { (latency, "Full query (both): latency, p50 solid, p99 dashed", "ms, single thread (log scale)"), (indexing, "Indexing rate", "articles per second (log scale)") })
        {
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(steps.Select(Math.Log10).ToArray(), steps.Select(v => v.ToString("G")).ToArray());
            plot.Title(title);
            plot.YLabel(axis);
            plot.XLabel("articles in the index (log scale)");
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks.Select(Math.Log10).ToArray(), ticks.Select(t => t.ToString("N0")).ToArray());
            plot.ShowLegend(Edge.Right);
        }
        latency.SavePng(Path.Combine(path, "benchmarks-latency.png"), 900, 450);
        indexing.SavePng(Path.Combine(path, "benchmarks-indexing.png"), 900, 450);
    }
}
