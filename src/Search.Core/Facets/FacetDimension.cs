using Search.Core.Extraction;

namespace Search.Core.Facets;

/// <summary>
/// A facet dimension: its name (used in requests, results and URLs) and the doc-values field that
/// holds its values (one value per article for source and day, several for the entity dimensions).
/// </summary>
public sealed record FacetDimension(string Name, string Field, EntityType? EntityType = null)
{
    public static readonly FacetDimension Source = new("source", "source");
    public static readonly FacetDimension Date = new("date", "day");
    public static readonly FacetDimension Person = new("person", "person", Extraction.EntityType.Person);
    public static readonly FacetDimension Organization = new("org", "org", Extraction.EntityType.Organization);
    public static readonly FacetDimension Place = new("place", "place", Extraction.EntityType.Place);

    /// <summary>Every dimension, in the order results list them.</summary>
    public static readonly IReadOnlyList<FacetDimension> All = [Source, Date, Person, Organization, Place];

    /// <summary>The dimensions filtered by value lists (the date is filtered by a range instead).</summary>
    public static readonly IReadOnlyList<FacetDimension> ValueFiltered = [Source, Person, Organization, Place];

    public static FacetDimension? Named(string name) => All.FirstOrDefault(d => d.Name == name);

    public static FacetDimension For(EntityType type) => All.First(d => d.EntityType == type);
}
