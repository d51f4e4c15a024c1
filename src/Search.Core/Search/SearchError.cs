namespace Search.Core.Search;

/// <summary>A problem with one parameter of a request: its name (as in the API) and what is wrong.</summary>
public sealed record SearchError(string Parameter, string Message);

/// <summary>A request that failed validation; the web layer turns it into a 400 problem.</summary>
public sealed class InvalidSearchRequestException(IReadOnlyList<SearchError> errors)
    : Exception(string.Join("; ", errors.Select(e => $"{e.Parameter}: {e.Message}")))
{
    public IReadOnlyList<SearchError> Errors { get; } = errors;
}
