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

    // The facet state is built each time the site opens a reader (after each commit); the spellings of the entity values
    // (ValueSpellings) are its share of that cost.
    [Benchmark(Description = "facet state: build it over 100k articles' values")]
    public int BuildFacetState() => FacetOrdinals.Build(_fixture.Reader).ValueCount;

    [Benchmark(Description = "facet state: its share that keys the entity values' spellings")]
    public int KeySpellings()
    {
        int merged = 0;
        foreach (var dimension in new[] { FacetDimension.Person, FacetDimension.Organization, FacetDimension.Place })
            merged += ValueSpellings.ShownAs(_fixture.Ordinals[dimension].Labels, firms: dimension == FacetDimension.Organization)?.Length ?? 0;
        return merged;
    }

    [GlobalCleanup]
    public void Cleanup() => _fixture.Dispose();
}
