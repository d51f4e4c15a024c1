namespace Search.Core.Extraction;

/// <summary>
/// The US states and Canadian provinces written after a city, the wire's way ("Conn.", "Calif.", "Ont.") or in full
/// ("Texas", "Ontario").
/// </summary>
internal sealed class WireRegions(Gazetteer gazetteer)
{
    // The wire's abbreviations. Georgia the state is named as Wikipedia names it apart from the country.
    private static readonly Dictionary<string, (string? Name, string Country)> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Ala"] = ("Alabama", "United States"), ["Ariz"] = ("Arizona", "United States"), ["Ark"] = ("Arkansas", "United States"),
        ["Calif"] = ("California", "United States"), ["Colo"] = ("Colorado", "United States"), ["Conn"] = ("Connecticut", "United States"),
        ["Del"] = ("Delaware", "United States"), ["Fla"] = ("Florida", "United States"), ["Ga"] = ("Georgia (U.S. state)", "United States"),
        ["Ill"] = ("Illinois", "United States"), ["Ind"] = ("Indiana", "United States"), ["Kan"] = ("Kansas", "United States"),
        ["Ky"] = ("Kentucky", "United States"), ["La"] = ("Louisiana", "United States"), ["Md"] = ("Maryland", "United States"),
        ["Mass"] = ("Massachusetts", "United States"), ["Mich"] = ("Michigan", "United States"), ["Minn"] = ("Minnesota", "United States"),
        ["Miss"] = ("Mississippi", "United States"), ["Mo"] = ("Missouri", "United States"), ["Mont"] = ("Montana", "United States"),
        ["Neb"] = ("Nebraska", "United States"), ["Nev"] = ("Nevada", "United States"), ["NH"] = ("New Hampshire", "United States"),
        ["NJ"] = ("New Jersey", "United States"), ["NM"] = ("New Mexico", "United States"), ["NY"] = ("New York State", "United States"),
        ["NC"] = ("North Carolina", "United States"), ["ND"] = ("North Dakota", "United States"), ["Okla"] = ("Oklahoma", "United States"),
        ["Ore"] = ("Oregon", "United States"), ["Pa"] = ("Pennsylvania", "United States"), ["RI"] = ("Rhode Island", "United States"),
        ["SC"] = ("South Carolina", "United States"), ["SD"] = ("South Dakota", "United States"), ["Tenn"] = ("Tennessee", "United States"),
        ["Tex"] = ("Texas", "United States"), ["Va"] = ("Virginia", "United States"), ["Vt"] = ("Vermont", "United States"),
        ["Wash"] = ("Washington State", "United States"), ["WVa"] = ("West Virginia", "United States"), ["Wis"] = ("Wisconsin", "United States"),
        ["Wyo"] = ("Wyoming", "United States"), ["DC"] = (null, "United States"),
        ["Ont"] = ("Ontario", "Canada"), ["Que"] = ("Quebec", "Canada"), ["Alta"] = ("Alberta", "Canada"), ["BC"] = ("British Columbia", "Canada"),
        ["Man"] = ("Manitoba", "Canada"), ["Sask"] = ("Saskatchewan", "Canada"), ["NS"] = ("Nova Scotia", "Canada"),
    };

    // The states and provinces by their full names, for a name after a city in running text ("Odessa, Texas"); "Washington"
    // and "New York" are cities as often, so only the abbreviations name those.
    private static readonly Dictionary<string, (string? Name, string Country)> FullNames = Abbreviations.Values
        .Where(r => r.Name != null && !r.Name.EndsWith(" State", StringComparison.Ordinal) && !r.Name.EndsWith(')'))
        .DistinctBy(r => r.Name).ToDictionary(r => r.Name!, r => r, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The region a dateline writes after its city, and its country: a state or province, or any place the gazetteer knows
    /// ("SAN JOSE, Costa Rica"); null when it names none.
    /// </summary>
    public (string? Name, string Country)? Find(string written) =>
        Abbreviations.TryGetValue(Key(written), out var wire) ? wire
        : gazetteer.Find(DatelinePlaces.TitleCase(written)) is { Type: EntityType.Place } place ? (place.Name, place.Country ?? place.Name)
        : null;

    /// <summary>
    /// The state or province written after a city in running text, by its full name or its abbreviation with its dot ("Rome,
    /// La Repubblica said" names no Louisiana); a place in general is not read there, since "London, Paris and Frankfurt" is a list.
    /// </summary>
    public static (string? Name, string Country)? FindInText(string written, bool dotted) =>
        FullNames.TryGetValue(written, out var wire) || dotted && Abbreviations.TryGetValue(Key(written), out wire) ? wire : null;

    private static string Key(string written) => written.Replace(".", "").Replace(" ", "");
}
