namespace Search.Core.Extraction;

/// <summary>The words that make a capitalized phrase a place: in it ("Republic Square"), after it ("Mangystau province") or before it ("the provinces of").</summary>
internal static class PlaceWords
{
    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);

    /// <summary>A capitalized phrase ending in one of these names a place ("Republic Square").</summary>
    public static readonly HashSet<string> PlaceHeads = Set(
        "Square", "Cosmodrome", "Airport", "Street", "Avenue", "River", "Lake", "Mountains", "Island", "Islands",
        "Bay", "Peninsula", "Desert", "Valley", "Strait", "Canal", "Palace", "Bridge", "Sea", "Ocean", "Province",
        "Region", "Oblast", "City");

    /// <summary>
    /// A known place's name before one of these names a street, not the place: "the building on Borno Way" in Lagos had put four
    /// reports of its collapse under Borno State (a QA session).
    /// </summary>
    public static readonly HashSet<string> Streets = Set("Way", "Street", "Road", "Avenue", "Boulevard", "Lane", "Drive", "Expressway", "Highway");

    /// <summary>A lower-case word after a capitalized phrase that makes it a place ("Mangystau province").</summary>
    public static readonly HashSet<string> PlaceFollowers = Set(
        "province", "region", "oblast", "district", "county", "prefecture", "governorate", "village",
        // "in the Ebute Metta neighborhood" (a QA session found it a person).
        "neighborhood", "neighbourhood", "suburb", "township");

    /// <summary>A lower-case word before "of" and a list of names, each of them a place ("the departments of Escuintla, Sacatepequez and Chimaltenango").</summary>
    public static readonly HashSet<string> PlacesOf = Set(
        "departments", "provinces", "regions", "states", "districts", "counties", "municipalities", "prefectures", "governorates", "cities", "towns", "villages");

    /// <summary>What a government's departments are named for ("the departments of Commerce, Defense and State").</summary>
    public static readonly HashSet<string> GovernmentBranches = Set(
        "Commerce", "Defense", "Defence", "State", "Justice", "Energy", "Agriculture", "Treasury", "Labor", "Labour", "Education",
        "Health", "Transportation", "Transport", "Interior", "Finance", "Housing", "Trade", "Industry");
}
