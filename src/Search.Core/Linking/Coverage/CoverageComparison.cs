using Microsoft.Extensions.Options;
using Search.Core.Facets;
using Search.Core.Linking.Passages;
using Search.Core.Search;

namespace Search.Core.Linking.Coverage;

/// <summary>One outlet's coverage of a query: its best passage and how many of the best passages are its own.</summary>
public sealed record OutletCoverage(string Outlet, PassageHit Best, int Passages)
{
    /// <summary>
    /// The outlet listed before this one whose best passage is the same text, word for word: an agency's paragraph that both
    /// printed is one source, not two.
    /// </summary>
    public string? WordForWordAs { get; init; }
}

/// <summary>Who reported it, and how: each reporting outlet's best passage, best outlet first, and the outlets whose articles never match.</summary>
public sealed record Coverage(string Query, IReadOnlyList<OutletCoverage> Reporting, IReadOnlyList<string> Silent, int PassagesRead);

/// <summary>
/// The side-by-side view of a query (<c>/compare</c>): the best passages, grouped by outlet, and the
/// outlets among the filtered articles that have no matching passage.
/// </summary>
/// <remarks>Reads at most <see cref="SearchOptions.MaxPageSize"/> passages, so its cost is one bounded passage search and one facet count.</remarks>
public sealed class CoverageComparison(PassageSearcher passages, ArticleSearcher articles, IOptions<SearchOptions> options)
{
    public const string UnknownOutlet = "Unknown source";

    /// <exception cref="InvalidSearchRequestException">The request breaks a rule.</exception>
    public Coverage Compare(SearchRequest request)
    {
        // Copies apart: an agency paragraph republished by ten outlets is ten outlets reporting it.
        var best = passages.Search(request with { Page = 1, Size = options.Value.MaxPageSize, GroupCopies = false });
        // Articles of unknown source may be from as many outlets: each stands alone rather than merge into one column.
        var first = new Dictionary<string, string>(StringComparer.Ordinal); // a passage's text (its anchor) → the first outlet showing it
        var reporting = best.Hits.GroupBy(h => h.Source ?? "\u0000" + h.ArticleId)
            .Select(g => new OutletCoverage(g.First().Source ?? UnknownOutlet, g.First(), g.Count()))
            .Select(o => o.Best.Anchor.Length > 0 && PassageAnchor.Unrepeated(o.Best.Anchor) is var text && !first.TryAdd(text, o.Outlet)
                ? o with { WordForWordAs = first[text] }
                : o)
            .ToList();
        var all = articles.Search(request with
        {
            Query = null, Mode = null, Page = 1, Size = 1, Snippets = false, Facets = true,
            FacetLimits = new Dictionary<string, int> { [FacetDimension.Source.Name] = options.Value.MaxFacetValues },
        });
        var named = reporting.Select(r => r.Outlet).ToHashSet(StringComparer.Ordinal);
        var silent = all.FacetsOf(FacetDimension.Source.Name).Values.Where(v => v.Count > 0)
            .Select(v => v.Missing ? UnknownOutlet : v.Value).Where(o => !named.Contains(o)).Order(StringComparer.Ordinal).ToList();
        return new Coverage(best.Query, reporting, silent, best.Hits.Count);
    }
}
