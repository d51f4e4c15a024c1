using Search.Benchmarks.Concurrency;
using Search.Benchmarks.Micro;
using Search.Benchmarks.Protocol;
using Search.Benchmarks.Quick;
using Search.Benchmarks.Report;

// The product's benchmark. The first two commands speak the protocol of the reference kit
// (../shared/bench/README.md): JSON lines on stdout, everything else on stderr.
string usage = """
    usage:
      Search.Benchmarks index CORPUS.jsonl INDEX_DIR [--extraction] [--threads N]
      Search.Benchmarks query INDEX_DIR QUERIES.txt VARIANTS WARM PASSES DUMP.jsonl
      Search.Benchmarks --quick [CORPUS.jsonl QUERIES.txt EXPECTED_DUMP.jsonl]
      Search.Benchmarks micro [BenchmarkDotNet arguments, e.g. --filter *Facet*]
      Search.Benchmarks concurrent INDEX_DIR QUERIES.txt THREADS SECONDS [MMap|SimpleFS|NIOFS]
      Search.Benchmarks space INDEX_DIR ENGINE CORPUS
      Search.Benchmarks report RESULTS_DIR DOCS_DIR [BENCH_DATA]
    """;

try
{
    return args switch
    {
        // SEARCH_EXTRACTION=1 and SEARCH_THREADS=N do the same where run.sh passes only the protocol's arguments.
        ["index", var corpus, var index, .. var rest] => IndexCommand.Run(corpus, index,
            rest.Contains("--extraction") || Environment.GetEnvironmentVariable("SEARCH_EXTRACTION") == "1", IndexCommand.Threads(rest), Console.Out),
        ["query", var index, var queries, var variants, var warm, var passes, var dump] =>
            QueryCommand.Run(new QueryRun(index, queries, Variant.Parse(variants), int.Parse(warm), int.Parse(passes), dump), Console.Out),
        ["--quick"] => QuickCheck.Run(QuickCheck.BundledCorpus(), Console.Out),
        ["--quick", var corpus, var queries, var expected] => QuickCheck.Run(new QuickCorpus(corpus, queries, expected), Console.Out),
        ["micro", .. var rest] => MicroBenchmarks.Run(rest),
        ["concurrent", var index, var queries, var threads, var seconds, .. var kind] => ConcurrentQueries.Run(index, queries, int.Parse(threads), int.Parse(seconds),
            kind is [var k] ? Enum.Parse<Search.Core.Indexing.IndexDirectoryKind>(k, ignoreCase: true) : new Search.Core.Indexing.IndexingOptions().Directory, Console.Out),
        ["space", var index, var engine, var corpus] => IndexSpace.Run(index, engine, corpus, Console.Out),
        ["report", var results, var docs] => ReportCommand.Run(results, docs, null, Console.Out),
        ["report", var results, var docs, var data] => ReportCommand.Run(results, docs, data, Console.Out),
        _ => Usage(),
    };
}
catch (Exception e) when (e is FormatException or ArgumentException)
{
    Console.Error.WriteLine(e.Message);
    return Usage();
}

int Usage()
{
    Console.Error.WriteLine(usage);
    return 2;
}
