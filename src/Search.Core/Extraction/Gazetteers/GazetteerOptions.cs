namespace Search.Core.Extraction;

/// <summary>
/// Settings of the gazetteer (<c>Search:Gazetteer</c>): user files in the shipped format, loaded before the
/// shipped gazetteer so a user's entry wins where a name is shared. Read at start-up; no recompiling.
/// </summary>
public sealed class GazetteerOptions
{
    public const string SectionName = "Search:Gazetteer";

    /// <summary>Paths of user gazetteer files (see docs/extraction.md for the format).</summary>
    public List<string> Files { get; set; } = [];
}
