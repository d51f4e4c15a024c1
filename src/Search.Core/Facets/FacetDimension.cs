using Search.Core.Extraction;

namespace Search.Core.Facets;

/// <summary>
/// A facet dimension: its name (used in requests, results and URLs) and the field its values are searched by
/// (<c>person:tokayev</c>). One value per article for source and day, several for the entity dimensions.
/// </summary>
/// <remarks>
/// Every dimension's values live in one sorted-set doc-values field, <see cref="ValuesField"/>, each as
/// <c>name␟value</c>, as Lucene's sorted-set facet method keeps them: a hit's values are one read, not one per
/// dimension, and a dimension's values are one contiguous range of ordinals.
/// </remarks>
public sealed record FacetDimension(string Name, string Field, EntityType? EntityType = null)
{
    /// <summary>The doc-values field that holds every dimension's values.</summary>
    public const string ValuesField = "facets";

    // Below every character a name or value uses, so a dimension's values sort together and before any longer name.
    private const char Separator = '\u001f';

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

    /// <summary>The dimension's place in <see cref="All"/>.</summary>
    internal int Position
    {
        get
        {
            for (int i = 0; i < All.Count; i++)
                if (All[i] == this) return i;
            throw new InvalidOperationException($"{Name} is not a facet dimension.");
        }
    }

    /// <summary>A value as <see cref="ValuesField"/> holds it.</summary>
    public string Encode(string value) => Name + Separator + value;

    /// <summary>Every encoded value of this dimension is at or after this key…</summary>
    internal string LowestKey => Name + Separator;

    /// <summary>…and before this one.</summary>
    internal string KeyAfterAll => Name + (char)(Separator + 1);

    /// <summary>The dimension and value of an encoded value, or null when it is not one of ours.</summary>
    internal static (FacetDimension Dimension, string Value)? Decode(string encoded)
    {
        int separator = encoded.IndexOf(Separator);
        if (separator < 0 || Named(encoded[..separator]) is not { } dimension) return null;
        return (dimension, encoded[(separator + 1)..]);
    }
}
