using Microsoft.AspNetCore.Http.HttpResults;
using Search.Core.Search;

namespace Search.Web.Api;

/// <summary>The one place request errors become HTTP problems: a 400 validation problem naming each bad parameter.</summary>
internal static class ProblemMapping
{
    public static ValidationProblem ToValidationProblem(IEnumerable<SearchError> errors) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Parameter).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: "One or more request parameters are invalid.",
            type: "https://tools.ietf.org/html/rfc9110#section-15.5.1");
}
