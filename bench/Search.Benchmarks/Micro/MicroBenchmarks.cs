using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Search.Benchmarks.Micro;

/// <summary>
/// <c>micro [--filter *Facet*]</c>: BenchmarkDotNet micro-benchmarks of the parts we build ourselves, beside
/// Lucene.NET's own where there is one. A short job (3 warm-ups, 9 iterations, in process) keeps a run to a
/// minute or two on the shared machine; the allocation column comes from the memory diagnoser.
/// </summary>
internal static class MicroBenchmarks
{
    public static int Run(string[] args)
    {
        // In process: no child project to build per run, and the fixture's index is built once per process.
        var job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(9).WithId("short");
        // Min and median beside the mean: on a shared machine the least disturbed iteration says most.
        var config = DefaultConfig.Instance.AddJob(job).AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Min, StatisticColumn.Median)
            .WithOptions(ConfigOptions.DisableOptimizationsValidator)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "search-bench-artifacts"));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(MicroBenchmarks).Assembly).Run(args, config);
        return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
    }
}
