using System.Diagnostics;
using System.Globalization;
using Search.Core.Ingestion;

namespace Search.Core.Extraction.Evaluation;

/// <summary>One timed pass of extraction over a set: its size, wall time, processor time and bytes allocated.</summary>
public sealed record ExtractionPass(int Pass, long Characters, TimeSpan Wall, TimeSpan Processor, long AllocatedBytes)
{
    /// <summary>Megabytes (10^6 characters) per second of wall time: what an indexer waits, on a machine shared with others.</summary>
    public double MegabytesPerSecond => Characters / 1e6 / Wall.TotalSeconds;

    /// <summary>
    /// Megabytes per second of this process's processor time (all its threads, the collector's included): the cost of
    /// extraction itself, which other work on shared cores does not inflate as it does the wall time.
    /// </summary>
    public double MegabytesPerProcessorSecond => Characters / 1e6 / Processor.TotalSeconds;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"pass {Pass}: {Characters / 1e6:0.0} MB, wall {Wall.TotalSeconds:0.0} s ({MegabytesPerSecond:0.0} MB/s), " +
        $"processor {Processor.TotalSeconds:0.0} s ({MegabytesPerProcessorSecond:0.0} MB per processor-second), allocated {AllocatedBytes / 1e6:0} MB");
}

/// <summary>
/// Measures extraction speed apart from scoring: the same articles extracted in several passes, one thread, each timed
/// by wall and processor time. The first pass includes JIT warm-up; later ones show the rate of a long indexing run.
/// </summary>
public static class ExtractionSpeed
{
    public static IReadOnlyList<ExtractionPass> Measure(Gazetteer gazetteer, IReadOnlyList<RawArticle> articles, int passes)
    {
        var extractor = new ArticleExtractor(gazetteer);
        long characters = articles.Sum(a => a.Paragraphs.Sum(p => (long)p.Text.Length + 1));
        var results = new List<ExtractionPass>(passes);
        using var process = Process.GetCurrentProcess();
        for (int pass = 1; pass <= passes; pass++)
        {
            GC.Collect();
            process.Refresh();
            var processorBefore = process.TotalProcessorTime;
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var wall = Stopwatch.StartNew();
            foreach (var article in articles) extractor.Extract(article);
            wall.Stop();
            long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            process.Refresh();
            results.Add(new ExtractionPass(pass, characters, wall.Elapsed, process.TotalProcessorTime - processorBefore, allocated));
        }
        return results;
    }
}
