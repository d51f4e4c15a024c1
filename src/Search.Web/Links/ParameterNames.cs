using Search.Core.Facets;
using Search.Core.Search;

namespace Search.Web.Links;

/// <summary>The query parameters named wrong: a filter that names no facet, or a one-value parameter given twice.</summary>
internal static class ParameterNames
{
    /// <summary>Each parameter named wrong, by name, as a bad sort or page is refused.</summary>
    public static IEnumerable<SearchError> Mistyped(IQueryCollection query) => MistypedFilters(query).Concat(GivenTwice(query));

    // A parameter that takes one value, given twice (q=killed&q=dead, page=1&page=2): only the first was read, and the answer did
    // not say so (a ninth QA pass). Refused by name, as Elasticsearch refuses a duplicate key.
    private static IEnumerable<SearchError> GivenTwice(IQueryCollection query)
    {
        foreach (var (name, _, repeatable) in SearchQueryString.Parameters)
            if (!repeatable && query[name].Count is > 1 and var count)
                yield return new SearchError(name, name == "q"
                    ? $"'q' is given {count} times; give one query, joining its words there (q=killed OR dead)."
                    : $"'{name}' is given {count} times; give it once.");
    }

    // A filter that names no facet (exclude.foo=cnn, exlude.source, title=killed) looked like a filter that does not filter:
    // refused by name, as a bad sort or page is. Other unknown parameters (a client's cache-buster) are left alone.
    private static IEnumerable<SearchError> MistypedFilters(IQueryCollection query)
    {
        string facets = string.Join(", ", FacetDimension.All.Select(d => d.Name));
        // Parameter names are read case aside, as ASP.NET reads them: More.person is more.person.
        foreach (string name in query.Keys.Select(k => k.ToLowerInvariant()))
        {
            int dot = name.IndexOf('.');
            string prefix = dot < 0 ? "" : name[..(dot + 1)];
            string dimension = dot < 0 ? name : name[(dot + 1)..];
            bool known = FacetDimension.All.Any(d => d.Name == dimension);
            if (prefix is SearchQueryString.ExcludePrefix or SearchQueryString.MorePrefix or SearchQueryString.FindPrefix && !known)
                yield return new SearchError(name, $"'{name}' names no facet; the facets are {facets}.");
            else if (dot > 0 && known && prefix is not (SearchQueryString.ExcludePrefix or SearchQueryString.MorePrefix or SearchQueryString.FindPrefix))
                yield return new SearchError(name, $"'{name}' is no parameter; write {SearchQueryString.ExcludePrefix}{dimension} to leave values out, {SearchQueryString.MorePrefix}{dimension} to list more of them or {SearchQueryString.FindPrefix}{dimension} to find one.");
            else if (name is "title" or "body")
                yield return new SearchError(name, $"'{name}' is no filter; search the {dimension} in the query instead (q={dimension}:…).");
        }
    }
}
