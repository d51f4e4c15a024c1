using Search.Core.Search;

namespace Search.Benchmarks.Protocol;

/// <summary>
/// One of the kit's query variants and the product request that does its work. Each is the product's own
/// search with options it supports, so <c>both</c> is exactly what the site runs for a query.
/// </summary>
internal sealed record Variant(string Name, bool Fields, bool Facets, bool Snippets)
{
    public static readonly Variant NoFetch = new("nofetch", false, false, false);
    public static readonly Variant Plain = new("plain", true, false, false);
    public static readonly Variant WithFacets = new("facets", true, true, false);
    public static readonly Variant Highlighted = new("hl", true, false, true);
    public static readonly Variant Both = new("both", true, true, true);

    private static readonly Variant[] All = [NoFetch, Plain, WithFacets, Highlighted, Both];

    /// <summary>Variants named in a comma-separated list; <c>filtered</c> (the kit's optional one) is left out, as the kit does without BENCH_FILTER.</summary>
    public static IReadOnlyList<Variant> Parse(string names) =>
        names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(n => n != "filtered")
            .Select(n => All.FirstOrDefault(v => v.Name == n) ?? throw new ArgumentException($"unknown variant '{n}' (known: {string.Join(", ", All.Select(v => v.Name))})"))
            .ToList();

    /// <summary>
    /// The kit's query: classic syntax, every word required (mode all = default operator AND over title and
    /// body), top 10 of page 1. Copies are not grouped: the engines compared list every hit, and the kit's
    /// larger corpora repeat every story, which grouping would fold into one.
    /// </summary>
    public SearchRequest Request(string query) => new()
    {
        Query = query,
        Mode = QueryMode.All,
        Size = 10,
        GroupCopies = false,
        HitFields = Fields,
        Facets = Facets,
        Snippets = Snippets,
    };
}
