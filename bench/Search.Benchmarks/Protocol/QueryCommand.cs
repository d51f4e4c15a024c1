using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Facets;
using Search.Core.Indexing;
using Search.Core.Search;

namespace Search.Benchmarks.Protocol;

/// <summary>
/// <c>query INDEX_DIR QUERIES.txt VARIANTS WARM PASSES DUMP.jsonl</c>: runs the query mix through the
/// product's search service (<see cref="ArticleSearcher"/> over an <see cref="IndexHost"/>, as the site
/// does), writes the dump of the <c>both</c> variant, then times each variant the way the kit's harnesses do.
/// </summary>
internal static class QueryCommand
{
    /// <summary>
    /// The kit weighs title matches twice (title^2); the product's default is 0.5. Totals do not depend on
    /// it, but the top 10 do, so the benchmark ranks like the kit to compare the same lists.
    /// </summary>
    public const float KitTitleBoost = 2f;

    /// <summary>
    /// Lucene's Porter chain exactly: the product keeps some words Porter merges apart ("news" from "new", "general" from
    /// "generation"), which the kit's Lucene harnesses do not, so their totals would differ for those words.
    /// </summary>
    internal static readonly Search.Core.Analysis.TextAnalysis KitAnalysis = Search.Core.Analysis.TextAnalysis.Default with { StemmerOverrides = false, NumberForms = false };

    public static int Run(QueryRun run, TextWriter output)
    {
        var queries = run.Queries();
        var types = run.Types(queries.Count);
        var searchOptions = new SearchOptions { TitleBoost = KitTitleBoost, PatternsFindIndexedForms = false, PatternsScored = false, NewsSynonyms = false, ProximityScored = false };
        var clock = Stopwatch.StartNew();
        // SEARCH_DIRECTORY=MMap|SimpleFS|NIOFS chooses how the index is read, as the site's Search:Directory does.
        var directory = Environment.GetEnvironmentVariable("SEARCH_DIRECTORY") is { Length: > 0 } kind
            ? Enum.Parse<IndexDirectoryKind>(kind, ignoreCase: true) : new IndexingOptions().Directory;
        using var host = new IndexHost(Options.Create(new IndexingOptions { IndexPath = Path.GetFullPath(run.IndexDir), Directory = directory }),
            Options.Create(searchOptions), NullLogger<IndexHost>.Instance);
        using var searcher = new ArticleSearcher(host, searchOptions, KitAnalysis);
        double openMs, facetStateMs;
        using (var lease = host.Acquire())
        {
            openMs = clock.Elapsed.TotalMilliseconds; // opening includes the facet state, built with each reader
            clock.Restart();
            FacetOrdinals.Build(lease.Searcher.IndexReader); // timed apart, once more, to report it as the kit does
            facetStateMs = clock.Elapsed.TotalMilliseconds;
            Console.Error.WriteLine($"open {openMs:F0} ms, facet state {facetStateMs:F0} ms, {lease.Searcher.IndexReader.MaxDoc} docs, {lease.Searcher.IndexReader.Leaves.Count} segments");
        }

        WriteDump(run.DumpFile, queries, searcher);
        var warmClock = Stopwatch.StartNew();
        for (int pass = 0; pass < run.Warm; pass++)
            foreach (var variant in run.Variants)
                foreach (string query in queries) searcher.Search(variant.Request(query));
        Console.Error.WriteLine($"warm-up {run.Warm} pass(es): {warmClock.Elapsed.TotalSeconds:F1}s");

        foreach (var variant in run.Variants)
        {
            var figures = VariantTiming.Measure(searcher, variant, queries, types, run.Passes);
            output.WriteLine(JsonLine.Of(figures.ToLine(run.IndexDir, variant.Name, queries.Count, run.Passes, ProcessFigures.PeakRssMb())));
            output.Flush();
        }
        output.WriteLine(JsonLine.Of(new
        {
            engine = JsonLine.Engine,
            phase = "query-summary",
            index = run.IndexDir,
            open_ms = Math.Round(openMs),
            facet_state_ms = Math.Round(facetStateMs),
            directory = directory.ToString(),
            peak_rss_mb = Math.Round(ProcessFigures.PeakRssMb()),
            gc_pause_ms = Math.Round(GC.GetTotalPauseDuration().TotalMilliseconds),
            gc_collections = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) },
        }));
        return 0;
    }

    private static void WriteDump(string path, IReadOnlyList<string> queries, ArticleSearcher searcher)
    {
        if (path == "-") return;
        using var writer = new StreamWriter(path);
        foreach (string query in queries)
            writer.WriteLine(JsonLine.Of(DumpLine.Of(query, searcher.Search(Variant.Both.Request(query)))));
    }
}
