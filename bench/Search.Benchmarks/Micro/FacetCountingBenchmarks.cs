using BenchmarkDotNet.Attributes;
using Lucene.Net.Search;
using Search.Core.Facets;

namespace Search.Benchmarks.Micro;

/// <summary>
/// Facet counting per 10^5 hits: the product's <see cref="FacetCountsCollector"/> over every article of
/// <see cref="FacetFixture"/> (all five dimensions), then the top 10 of each, as a search with facets does.
/// </summary>
[MemoryDiagnoser]
public class FacetCountingBenchmarks
{
    private FacetFixture _fixture = null!;
    private IndexSearcher _searcher = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fixture = new FacetFixture();
        _searcher = new IndexSearcher(_fixture.Reader);
    }

    [Benchmark(Description = "count 5 dimensions over 100k hits + top 10 each")]
    public int CountAllDimensions()
    {
        var hits = new TotalHitCountCollector();
        using var collector = new FacetCountsCollector(_fixture.Ordinals, FacetDimension.All, [], hits);
        _searcher.Search(new MatchAllDocsQuery(), collector);
        int listed = 0;
        foreach (var dimension in FacetDimension.All)
            listed += collector.GetCounts(dimension, 10, new HashSet<string>()).Values.Count;
        return listed + hits.TotalHits;
    }

    [GlobalCleanup]
    public void Cleanup() => _fixture.Dispose();
}
