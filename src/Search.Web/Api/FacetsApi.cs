using Microsoft.AspNetCore.Http.HttpResults;
using Search.Core.Facets;
using Search.Core.Search;
using Search.Web.Links;

namespace Search.Web.Api;

/// <summary>
/// <c>GET /api/facets/{dimension}?prefix=&amp;limit=</c> with the search parameters of <c>/api/search</c>: the
/// dimension's values under that search (drill-sideways counts), those with a word starting with
/// <c>prefix</c> by name or alias, most frequent first, at most <c>limit</c> (or <c>size</c>; default 10, at most 100).
/// </summary>
internal static class FacetsApi
{
    public static IEndpointRouteBuilder MapFacetsApi(this IEndpointRouteBuilder app)
    {
        app.MapGetAndHead("/api/facets/{dimension}", Get).WithName("FacetValues").WithSummary("Facet value search under a search's filters.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static Results<Ok<FacetCounts>, ValidationProblem, ProblemHttpResult> Get(string dimension, HttpRequest http, ArticleSearcher searcher)
    {
        if (FacetDimension.Named(dimension) is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such facet.", detail: $"'{dimension}' is not a facet; use source, date, person, org or place.");
        var (request, errors) = SearchQueryString.Parse(http.Query);
        // "size" is Elasticsearch's name for a terms aggregation's limit, and the search's page size is no parameter here:
        // it was read as that and then ignored, so size=50 listed 10.
        string limitName = http.Query.ContainsKey("limit") || !http.Query.ContainsKey("size") ? "limit" : "size";
        errors = [.. errors.Where(e => e.Parameter != "size")];
        int limit = 10;
        // One error for a limit that is no number: a failed parse left 0, which the validator refused again.
        if (http.Query[limitName].FirstOrDefault() is { Length: > 0 } text)
        {
            if (int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out int asked)) limit = asked;
            else errors = [.. errors, SearchQueryString.NumberProblem(limitName, text)];
        }
        if (limitName == "limit" && http.Query.ContainsKey("size") && http.Query["size"] != http.Query["limit"])
            errors = [.. errors, new SearchError("size", "Give the number of values to list once, as limit or as size.")];
        string prefix = http.Query["prefix"].FirstOrDefault() ?? "";
        request = request with
        {
            Size = 1,
            Page = 1,
            Snippets = false,
            FacetLimits = new Dictionary<string, int> { [dimension] = limit },
            FacetPrefixes = new Dictionary<string, string> { [dimension] = prefix },
        };
        // The validator names this endpoint's limit and prefix as the search's more.{dimension} and find.{dimension}.
        var all = errors.Concat(searcher.Validator.Validate(request).Select(e =>
            e.Parameter == SearchQueryString.MorePrefix + dimension ? e with { Parameter = limitName }
            : e.Parameter == SearchQueryString.FindPrefix + dimension ? e with { Parameter = "prefix" }
            : e)).ToList();
        if (all.Count > 0) return ProblemMapping.ToValidationProblem(all);
        try
        {
            return TypedResults.Ok(searcher.Search(request).FacetsOf(dimension));
        }
        catch (InvalidSearchRequestException e)
        {
            return ProblemMapping.ToValidationProblem(e.Errors);
        }
    }
}
