namespace Search.Benchmarks.Protocol;

/// <summary>The arguments of the protocol's <c>query</c> command.</summary>
internal sealed record QueryRun(string IndexDir, string QueriesFile, IReadOnlyList<Variant> Variants, int Warm, int Passes, string DumpFile)
{
    /// <summary>The query mix, one a line, blank lines skipped.</summary>
    public IReadOnlyList<string> Queries() =>
        File.ReadLines(QueriesFile).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()).ToList();

    /// <summary>Each query's type (single, and2, prefix…) from QUERIES.txt.tsv when it has one line per query; else empty.</summary>
    public IReadOnlyList<string> Types(int queries)
    {
        string tsv = QueriesFile + ".tsv";
        if (!File.Exists(tsv)) return [];
        var types = File.ReadLines(tsv).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Split('\t', 2)[0]).ToList();
        return types.Count == queries ? types : [];
    }
}
