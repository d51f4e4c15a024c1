using System.Diagnostics;
using System.Text.Json;
using Search.Benchmarks.Protocol;

namespace Search.Benchmarks.Quick;

/// <summary>A small corpus, its query mix and a reference engine's dump of it.</summary>
internal sealed record QuickCorpus(string Corpus, string Queries, string ExpectedDump);

/// <summary>
/// <c>--quick</c>: indexes a small corpus and runs every variant once through the same commands the kit
/// runs, then checks that the dump's totals and facet lists equal the reference dump's (Lucene Java 4.10.4).
/// It proves the benchmark still works and does the kit's work; its timings mean nothing.
/// </summary>
internal static class QuickCheck
{
    /// <summary>The first 400 Reuters stories of the kit's corpus, its 200-query mix and Lucene 4.10.4's dump of them (snippets left out), copied beside the program.</summary>
    public static QuickCorpus BundledCorpus()
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "Quick");
        return new QuickCorpus(Path.Combine(folder, "reuters-400.jsonl"), Path.Combine(folder, "queries-reuters.txt"), Path.Combine(folder, "reuters-400-lucene410.jsonl"));
    }

    public static int Run(QuickCorpus quick, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        string work = Directory.CreateTempSubdirectory("search-bench-quick-").FullName;
        try
        {
            string index = Path.Combine(work, "index"), dump = Path.Combine(work, "dump.jsonl");
            if (IndexCommand.Run(quick.Corpus, index, extraction: false, threads: 1, output) != 0) return 1;
            var variants = Variant.Parse("nofetch,plain,facets,hl,both");
            QueryCommand.Run(new QueryRun(index, quick.Queries, variants, Warm: 1, Passes: 1, dump), output);
            var (queries, sameTotals, sameFacets, differences) = Compare(dump, quick.ExpectedDump);
            foreach (string difference in differences) Console.Error.WriteLine(difference);
            bool agrees = sameTotals == queries && sameFacets == queries && queries > 0;
            output.WriteLine(JsonLine.Of(new
            {
                engine = JsonLine.Engine,
                phase = "quick",
                queries,
                equal_totals = sameTotals,
                equal_facets = sameFacets,
                agrees,
                secs = JsonLine.Round(clock.Elapsed.TotalSeconds, 2),
            }));
            return agrees ? 0 : 1;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Queries in both dumps, how many have equal totals and equal facet lists, and a line per difference.</summary>
    public static (int Queries, int SameTotals, int SameFacets, List<string> Differences) Compare(string dump, string expected)
    {
        var ours = Load(dump);
        var theirs = Load(expected);
        int queries = 0, totals = 0, facets = 0;
        var differences = new List<string>();
        foreach (var (query, line) in ours)
        {
            if (!theirs.TryGetValue(query, out var other)) continue;
            queries++;
            if (line.total == other.total) totals++;
            else differences.Add($"{query}: total {line.total}, expected {other.total}");
            if (line.facets.SequenceEqual(other.facets)) facets++;
            else differences.Add($"{query}: facets [{string.Join(" ", line.facets)}], expected [{string.Join(" ", other.facets)}]");
        }
        return (queries, totals, facets, differences);
    }

    private static Dictionary<string, DumpLine> Load(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<DumpLine>(l)!).ToDictionary(d => d.q);
}
