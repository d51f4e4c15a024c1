namespace Search.Core.Extraction;

/// <summary>
/// One known entity: its canonical name, the other names it goes by (aliases, transliterations, acronyms in
/// any language), whether it is a news outlet, the country a place lies in or a body belongs to, and the
/// years its names were in use (the European Community's "EC" until 1993, the Wagner Group since 2014), so an article
/// of another year reads them otherwise.
/// </summary>
public sealed record GazetteerEntry(EntityType Type, string Name, IReadOnlyList<string> Aliases, bool IsOutlet)
{
    public IEnumerable<string> AllNames => Aliases.Prepend(Name);

    /// <summary>The canonical name of the country a place lies in or a body belongs to ("Tokyo" → Japan), or null.</summary>
    public string? Country { get; init; }

    /// <summary>
    /// Whether a place is a province, state, region or island of its country rather than a city or town: it is where a story
    /// is, but a count in a sentence that names it ("the toll rose to four after a body was found in northern Evia") is not
    /// thereby that region's alone.
    /// </summary>
    public bool IsRegion { get; init; }

    /// <summary>The last year the entity went by these names, or null while it still does.</summary>
    public int? Until { get; init; }

    /// <summary>The first year the entity went by these names, or null when it always has (for the news read here).</summary>
    public int? Since { get; init; }

    /// <summary>
    /// For a country that was part of a union (Russia of the Soviet Union until 1991): the union and the last year of it. A
    /// city's country in a story of that time is the union (<see cref="Gazetteer.CountryIn"/>).
    /// </summary>
    public (string Union, int Until)? Within { get; init; }
}
