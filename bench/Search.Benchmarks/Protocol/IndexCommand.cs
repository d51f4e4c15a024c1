using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Lucene.Net.Index;
using Microsoft.Extensions.Logging.Abstractions;
using Search.Core.Extraction;
using Search.Core.Indexing;

namespace Search.Benchmarks.Protocol;

/// <summary>
/// <c>index CORPUS.jsonl INDEX_DIR</c>: builds the index through the product's own indexer
/// (<see cref="ArticleIndexer.Run"/>: its JSON Lines reader, its document layout, one commit) and prints the
/// kit's <c>index</c> line. Extraction is off unless asked, since the kit's corpora state their metadata.
/// </summary>
internal static class IndexCommand
{
    public const double KitWriteBufferMb = 256;

    /// <summary>
    /// Writer threads: <c>--threads N</c>, else <c>SEARCH_THREADS</c>, else 1. The kit's Lucene harnesses index from one
    /// thread, so one is the default here; the product's own default is one per core (<see cref="IndexRun.Threads"/>).
    /// </summary>
    public static int Threads(string[] rest)
    {
        int at = Array.IndexOf(rest, "--threads");
        string? given = at >= 0 && at + 1 < rest.Length ? rest[at + 1] : Environment.GetEnvironmentVariable("SEARCH_THREADS");
        return given is { Length: > 0 } ? Math.Max(1, int.Parse(given, System.Globalization.CultureInfo.InvariantCulture)) : 1;
    }

    public static int Run(string corpus, string indexDir, bool extraction, int threads, TextWriter output)
    {
        // The gazetteer is start-up work of the product (the site loads it once), not per-article work.
        var indexer = new ArticleIndexer(Gazetteer.LoadDefault(), NullLogger<ArticleIndexer>.Instance) { Analysis = QueryCommand.KitAnalysis };
        // The kit's Lucene harnesses index with a 256 MB buffer; the product's indexer takes the same setting here.
        var run = new IndexRun
        {
            Inputs = [Path.GetFullPath(corpus)], IndexPath = Path.GetFullPath(indexDir), Rebuild = true, Extraction = extraction, WriteBufferMb = KitWriteBufferMb,
            Threads = threads,
        };
        var clock = Stopwatch.StartNew();
        var summary = indexer.Run(run);
        double secs = clock.Elapsed.TotalSeconds;
        foreach (var problem in summary.Errors.Take(10)) Console.Error.WriteLine(problem);

        int segments;
        using (var directory = Lucene.Net.Store.FSDirectory.Open(run.IndexPath))
        using (var reader = DirectoryReader.Open(directory))
            segments = reader.Leaves.Count;
        int docs = summary.Added + summary.Updated;
        double textMb = TextMegabytes(corpus);
        output.WriteLine(JsonLine.Of(new
        {
            engine = JsonLine.Engine,
            phase = "index",
            corpus,
            extraction,
            threads,
            docs,
            text_mb = JsonLine.Round(textMb, 2),
            secs = JsonLine.Round(secs, 2),
            docs_per_s = Math.Round(docs / secs),
            text_mb_per_s = JsonLine.Round(textMb / secs, 2),
            index_mb = JsonLine.Round(ProcessFigures.FolderMb(run.IndexPath), 2),
            segments,
            failed = summary.Failed,
            peak_rss_mb = Math.Round(ProcessFigures.PeakRssMb()),
            // What the garbage collector cost: with several writer threads its pauses stop them all.
            gc_pause_s = JsonLine.Round(GC.GetTotalPauseDuration().TotalSeconds, 2),
            allocated_mb = Math.Round(GC.GetTotalAllocatedBytes() / 1e6),
        }));
        return summary.Failed == 0 ? 0 : 1;
    }

    // The kit's text MB: UTF-8 bytes of title + body as the corpus gives them (read after timing).
    private static double TextMegabytes(string corpus)
    {
        long bytes = 0;
        foreach (string line in File.ReadLines(corpus))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            foreach (string name in (string[])["title", "body"])
                if (json.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                    bytes += Encoding.UTF8.GetByteCount(value.GetString()!);
        }
        return bytes / 1e6;
    }
}
