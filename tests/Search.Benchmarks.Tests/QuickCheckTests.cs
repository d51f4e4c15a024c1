using System.Text.Json;
using Search.Benchmarks.Quick;

namespace Search.Benchmarks.Tests;

/// <summary>The benchmark's quick mode: it runs the kit's commands end to end and its dump agrees with Lucene 4.10.4's. No timing is asserted.</summary>
public sealed class QuickCheckTests
{
    [Fact]
    public void TheQuickRunAgreesWithLuceneOnEveryTotalAndFacetList()
    {
        var output = new StringWriter();
        int exit = QuickCheck.Run(QuickCheck.BundledCorpus(), output);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var phases = lines.Select(l => l.GetProperty("phase").GetString()).ToList();
        Assert.Equal(["index", "query", "query", "query", "query", "query", "query-summary", "quick"], phases);
        var quick = lines[^1];
        Assert.Equal(200, quick.GetProperty("queries").GetInt32());
        Assert.Equal(200, quick.GetProperty("equal_totals").GetInt32());
        Assert.Equal(200, quick.GetProperty("equal_facets").GetInt32());
        Assert.Equal(0, exit);
    }
}
