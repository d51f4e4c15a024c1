using System.Text.RegularExpressions;

namespace Search.Core.Extraction;

/// <summary>The words that make a capitalized phrase a place: in it ("Republic Square"), after it ("Mangystau province") or before it ("the provinces of").</summary>
internal static partial class PlaceWords
{
    /// <summary>Whether the place named right before <paramref name="end"/> names a currency ("the US dollar", "US$2.5 million", "the Swiss franc").</summary>
    public static bool CurrencyAfter(string text, int end) => Currency().IsMatch(text.AsSpan(end));

    /// <summary>
    /// Whether the place at <paramref name="start"/>..<paramref name="end"/> names the currency of a sum ("2.5 million US
    /// dollars", "US$2.5 million"): a price, not where anything happened. It had put a Ghanaian breach and a Mozambican
    /// outbreak under the United States (a QA session). A currency's market is its country's news ("Saudi riyal interbank
    /// deposits", "the Japanese yen was undervalued"), as Reuters tags it.
    /// </summary>
    public static bool NamesASumsCurrency(string text, int start, int end) =>
        text.AsSpan(end).StartsWith("$") || CurrencyAfter(text, end) && NumberBefore().IsMatch(text.AsSpan(0, start));

    [GeneratedRegex(@"^(?:\$|\s+(?:dollars?|euros?|pounds?|sterling|yen|yuan|renminbi|francs?|pesos?|rupees?|rand|reais|real|cedis?|nairas?|shillings?|r[ou]bles?|won|liras?|kron(?:a|or|er|e)|dinars?|riyals?|dirhams?|zloty|forints?|baht|ringgit|rupiah|dong|hryvnias?|tenge|leu|lei)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Currency();

    [GeneratedRegex(@"\d(?:\s*(?:million|billion|trillion|thousand|mln|bln|bn|m))?\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberBefore();

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
