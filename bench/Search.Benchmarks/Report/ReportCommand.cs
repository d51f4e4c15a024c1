using System.Text.Json;

namespace Search.Benchmarks.Report;

/// <summary>
/// <c>report RESULTS_DIR DOCS_DIR [BENCH_DATA]</c>: writes DOCS_DIR/benchmarks.md and its charts from the raw
/// results. With BENCH_DATA, the dumps there are compared with Lucene 4.10.4's first and the agreement is
/// saved beside the results (RESULTS_DIR/CORPUS/agreement.json), so the page can be rewritten without them; an
/// engine whose dump is absent keeps its saved comparison.
/// </summary>
internal static class ReportCommand
{
    public static int Run(string resultsFolder, string docsFolder, string? benchData, TextWriter output)
    {
        var results = RawResults.Load(resultsFolder);
        var agreement = new Dictionary<string, IReadOnlyList<DumpAgreement>>();
        foreach (string corpus in results.Corpora)
        {
            string saved = Path.Combine(resultsFolder, corpus, "agreement.json");
            if (benchData != null && File.Exists(Path.Combine(benchData, $"dump-{BenchmarksPage.Reference}-{corpus}.jsonl")))
            {
                string reference = Path.Combine(benchData, $"dump-{BenchmarksPage.Reference}-{corpus}.jsonl");
                var compared = results.Engines(corpus).Where(e => e != BenchmarksPage.Reference)
                    .Select(e => (Engine: e, Dump: Path.Combine(benchData, $"dump-{e}-{corpus}.jsonl"))).Where(d => File.Exists(d.Dump))
                    .Select(d => DumpAgreement.Compare(d.Engine, d.Dump, BenchmarksPage.Reference, reference)).ToList();
                // Engines whose dumps are not here this time keep what an earlier comparison found.
                if (File.Exists(saved))
                    compared.AddRange(JsonSerializer.Deserialize<List<DumpAgreement>>(File.ReadAllText(saved))!
                        .Where(old => compared.All(c => c.Engine != old.Engine)));
                Directory.CreateDirectory(Path.GetDirectoryName(saved)!);
                File.WriteAllText(saved, JsonSerializer.Serialize(compared, new JsonSerializerOptions { WriteIndented = true }));
            }
            if (File.Exists(saved)) agreement[corpus] = JsonSerializer.Deserialize<List<DumpAgreement>>(File.ReadAllText(saved))!;
        }
        string images = Path.Combine(docsFolder, "images");
        Directory.CreateDirectory(images);
        ScalingChart.Save(results, images);
        string page = Path.Combine(docsFolder, "benchmarks.md");
        File.WriteAllText(page, new BenchmarksPage(results, agreement, resultsFolder).Write());
        output.WriteLine($"wrote {page} and its charts in {images}");
        return 0;
    }
}
