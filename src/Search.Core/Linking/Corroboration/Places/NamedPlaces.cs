using Search.Core.Extraction;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// Whether an article names any place; those inside a country that its title or first two paragraphs name; whether those
/// tell of an event of many places; the people they name; the places the gazetteer knows (for a story that names none, the
/// countries of the bodies it names); those of them inside a country; and every place but a country, known or not, by its
/// folded name.
/// </summary>
internal sealed record NamedPlaces(bool Any, HashSet<string> LeadLocal, bool Widespread, HashSet<string> LeadPeople, HashSet<string> Known, HashSet<string> Local, HashSet<string> BelowCountry)
{
    /// <summary>The lead's known towns (not regions), or the dateline's where the lead names none after it.</summary>
    public HashSet<string> LeadSite { get; init; } = [];

    /// <summary>The organizations (not the outlets) that the title or the first two paragraphs name, by folded name.</summary>
    public HashSet<string> LeadBodies { get; init; } = [];

    /// <summary>The organizations the title names that the gazetteer does not know: the story's own firms.</summary>
    public IReadOnlyList<Entity> TitleFirms { get; init; } = [];

    /// <summary>Those organizations as entities, with their mentions.</summary>
    public IReadOnlyList<Entity> LeadBodyNames { get; init; } = [];

    /// <summary>The counts of the title and the first two paragraphs that are told on their day (<see cref="DayCounts"/>).</summary>
    public IReadOnlyList<Figure> LeadCounts { get; init; } = [];

    /// <summary>The people the story is about (<see cref="Corroboration.Protagonists"/>), read once per article.</summary>
    public IReadOnlyList<Entity> Protagonists { get; init; } = [];

    /// <summary>The countries of the places the title or the first two paragraphs name, the dateline's included.</summary>
    public HashSet<string> LeadCountries { get; init; } = [];

    /// <summary>The title and the first two paragraphs.</summary>
    public string Lead { get; init; } = "";

    /// <summary>The places below a country, known or not, that the title or the first two paragraphs name, by folded name.</summary>
    public HashSet<string> LeadBelowCountry { get; init; } = [];
}
