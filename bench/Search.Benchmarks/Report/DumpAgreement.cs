using System.Text.Json;
using Search.Benchmarks.Protocol;

namespace Search.Benchmarks.Report;

/// <summary>
/// Whether two engines did the same work on a query mix, from their dumps: equal totals, equal facet lists,
/// mean top-10 overlap, and the queries that differ. Computed as the kit's compare_dumps.py computes it.
/// </summary>
internal sealed record DumpAgreement(string Engine, string Reference, int Queries, int EqualTotals, int EqualFacets, double MeanOverlap,
    IReadOnlyList<string> TotalDifferences, IReadOnlyList<string> FacetDifferences)
{
    public static DumpAgreement Compare(string engine, string dump, string reference, string referenceDump)
    {
        var ours = Load(dump);
        var theirs = Load(referenceDump);
        var queries = ours.Keys.Where(theirs.ContainsKey).ToList();
        var totals = queries.Where(q => ours[q].total != theirs[q].total).Select(q => $"{q}: {ours[q].total} vs {theirs[q].total}").ToList();
        var facets = queries.Where(q => !ours[q].facets.SequenceEqual(theirs[q].facets)).ToList();
        double overlap = queries.Count == 0 ? 0 : queries.Average(q =>
        {
            var (a, b) = (ours[q].ids, theirs[q].ids);
            return (double)a.Intersect(b).Count() / Math.Max(1, Math.Min(a.Count, b.Count));
        });
        return new DumpAgreement(engine, reference, queries.Count, queries.Count - totals.Count, queries.Count - facets.Count, overlap, totals, facets);
    }

    private static Dictionary<string, DumpLine> Load(string path)
    {
        var lines = new Dictionary<string, DumpLine>();
        foreach (string line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            var dump = JsonSerializer.Deserialize<DumpLine>(line)!;
            lines[dump.q] = dump with { ids = dump.ids ?? [], facets = dump.facets ?? [] };
        }
        return lines;
    }
}
