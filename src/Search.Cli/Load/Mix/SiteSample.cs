namespace Search.Cli.Load;

/// <summary>
/// What the load mix takes from the site itself: facet values to filter by and article ids to open, so
/// every filter matches and every article page exists on the index being measured.
/// </summary>
internal sealed record SiteSample(
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Places,
    IReadOnlyList<string> ArticleIds)
{
    /// <summary>The filters as (parameter, value) pairs, in a fixed order.</summary>
    public IReadOnlyList<(string Parameter, string Value)> Filters { get; } =
        Sources.Select(v => ("source", v)).Concat(People.Select(v => ("person", v))).Concat(Places.Select(v => ("place", v))).ToList();
}
