using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Core.Extraction;

/// <summary>
/// The places of a wire dateline, the capitals that open a story: "NEW YORK, March 3 -",
/// "STAMFORD, Conn., March 2 -", "SAN FRANCISCO/WASHINGTON (Reuters) -". Every city named is a place
/// even when the gazetteer does not know it; a known city adds its country, and a US state or Canadian
/// province written the wire's way ("Conn.", "Calif.", "Ont.") adds the state and its country.
/// </summary>
internal sealed partial class DatelinePlaces(Gazetteer gazetteer)
{
    // A month or a bracketed credit must follow, so a shouted headline ("U.S. SAYS - ...") is not a dateline.
    [GeneratedRegex(@"^(?<cities>\p{Lu}[\p{Lu}.'’ -]{2,40}(?:/\p{Lu}[\p{Lu}.'’ -]{2,40})*)(?:, (?<region>\p{Lu}[\p{L}. ]{1,16}?))?(?:,? (?<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2})| ?\((?<credit>[^)]{2,40})\))")]
    private static partial Regex Dateline();

    /// <summary>The wire's abbreviations of US states and Canadian provinces; null where the state's name is a country's too (Georgia).</summary>
    private static readonly Dictionary<string, (string? Region, string Country)> Regions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Ala"] = ("Alabama", "United States"), ["Ariz"] = ("Arizona", "United States"), ["Ark"] = ("Arkansas", "United States"),
        ["Calif"] = ("California", "United States"), ["Colo"] = ("Colorado", "United States"), ["Conn"] = ("Connecticut", "United States"),
        ["Del"] = ("Delaware", "United States"), ["Fla"] = ("Florida", "United States"), ["Ga"] = (null, "United States"),
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

    /// <summary>Adds the dateline's places; returns the country of the first, the country a story is written from, or null.</summary>
    public string? Add(Paragraph paragraph, EntityCollection found)
    {
        var m = Dateline().Match(paragraph.Text);
        if (!m.Success) return null;
        string? country = null;
        // The dateline's words are read here only: "DALLAS/FORT WORTH AIRPORT" is not also Dallas.
        int datelineEnd = m.Groups["region"].Success ? m.Groups["region"].Index + m.Groups["region"].Length : m.Groups["cities"].Index + m.Groups["cities"].Length;
        for (int k = 0; k < paragraph.Words.Count && paragraph.Words[k].Start < datelineEnd; k++) paragraph.Covered[k] = true;
        string? region = m.Groups["region"].Success ? m.Groups["region"].Value.Trim() : null;
        string cities = m.Groups["cities"].Value.Trim();
        // "DALLAS/FORT WORTH AIRPORT" is one place; "SAN FRANCISCO/WASHINGTON" two.
        bool onePlace = EntityRules.PlaceHeads.Contains(cities[(cities.LastIndexOf(' ') + 1)..]);
        foreach (string written in onePlace ? [cities] : cities.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            string city = TitleCase(written);
            if (gazetteer.Find(city) is { Type: EntityType.Place } known)
            {
                found.Add(EntityType.Place, known.Name, written);
                if (known.Country != null) found.Add(EntityType.Place, known.Country, written);
                country ??= known.Country ?? known.Name;
            }
            else found.Add(EntityType.Place, city, written);
        }
        if (region == null) return country;
        if (Regions.TryGetValue(region.Replace(".", "").Replace(" ", ""), out var wire))
        {
            if (wire.Region != null) found.Add(EntityType.Place, wire.Region, region);
            found.Add(EntityType.Place, wire.Country, region);
            return country ?? wire.Country;
        }
        if (gazetteer.Find(TitleCase(region)) is { Type: EntityType.Place } place)
        {
            found.Add(EntityType.Place, place.Name, region);
            if (place.Country != null) found.Add(EntityType.Place, place.Country, region);
            return country ?? place.Country ?? place.Name;
        }
        return country;
    }

    // "WINSTON-SALEM" → "Winston-Salem", "ST. LOUIS" → "St. Louis".
    private static string TitleCase(string text) =>
        CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text.ToLowerInvariant());
}
