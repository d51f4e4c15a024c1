using Search.Core.Facets;
using Search.Core.Search;

namespace Search.Benchmarks.Protocol;

/// <summary>
/// One query's line of the dump, in the kit's shape: total, top-10 ids, each facet as
/// <c>dim:value=count,…</c> (kit order source, day, person, org, place; values by count then name), and one
/// snippet string per hit. Dimensions with no value among the hits are left out, as Lucene's facet module
/// returns none for them; the product's "no value" bucket is not a value the kit counts.
/// </summary>
internal sealed record DumpLine(string q, int total, IReadOnlyList<string> ids, IReadOnlyList<string> facets, IReadOnlyList<string> snippets)
{
    public static DumpLine Of(string query, SearchResult result) => new(
        query,
        result.Total,
        result.Hits.Select(h => h.Id).ToList(),
        result.Facets.Select(Facet).OfType<string>().ToList(),
        result.Hits.Select(h => string.Join("… ", h.Snippets.Select(s => s.Html))).ToList());

    private static string? Facet(FacetCounts counts)
    {
        var values = counts.Values.Where(v => !v.Missing && v.Count > 0).ToList();
        if (values.Count == 0) return null;
        // The kit names the date dimension by its field, "day".
        string name = FacetDimension.Named(counts.Dimension)?.Field ?? counts.Dimension;
        return name + ":" + string.Concat(values.Select(v => $"{v.Value}={v.Count},"));
    }
}
