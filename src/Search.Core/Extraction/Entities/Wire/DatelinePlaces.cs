using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Core.Extraction;

/// <summary>
/// The places of a wire dateline, the capitals that open a story: "NEW YORK, March 3 -",
/// "STAMFORD, Conn., March 2 -", "SAN FRANCISCO/WASHINGTON (Reuters) -". Every city named is a place
/// even when the gazetteer does not know it; a known city adds its country, and a US state or Canadian
/// province written the wire's way ("Conn.", "Calif.", "Ont.") adds the state and its country. A known city of another
/// country than its state's is the state's city (<see cref="HomonymCities"/>).
/// </summary>
internal sealed partial class DatelinePlaces(Gazetteer gazetteer, WireRegions regions, HomonymCities homonyms, int? year)
{
    // A month or a bracketed credit and a dash must follow, so a shouted headline ("U.S. SAYS - ...", "GULF EDIBLE OIL PRICES -
    // April 7", a ticker: "DALLAS INVESTOR CUTS STAKE IN MCDERMOTT (MDR)") is not a dateline.
    [GeneratedRegex(@"^(?<cities>\p{Lu}[\p{Lu}.'’ -]{1,39}[\p{Lu}.](?:/\p{Lu}[\p{Lu}.'’ -]{1,39}[\p{Lu}.])*)(?:, (?<region>\p{Lu}[\p{L}. ]{1,16}?))?(?:,? (?<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})| ?\((?<credit>[^)]{2,40})\)(?=\s*[-–—]))")]
    private static partial Regex Dateline();

    // The same written in mixed case ("Sydney, March 25 -", "Caracas, feb 26 -", 2% of Reuters datelines): capitalized words
    // only, and a dash after the date, since mixed case opens many a sentence.
    [GeneratedRegex(@"^(?<cities>\p{Lu}[\p{Ll}.'’]+(?:[ -]\p{Lu}[\p{Ll}.'’]+){0,3}(?:/\p{Lu}[\p{Ll}.'’]+(?:[ -]\p{Lu}[\p{Ll}.'’]+){0,3})*)(?:, (?<region>\p{Lu}[\p{L}. ]{1,16}?))?,? (?<month>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2})\s*[-–—]")]
    private static partial Regex MixedCaseDateline();

    // AFP's, in mixed case with the country and the credit in brackets ("Londrina (Brazil) (AFP) - ", "Lima (AFP) - "): the
    // credit and its dash tell it from a sentence's opening.
    [GeneratedRegex(@"^(?<cities>\p{Lu}[\p{Ll}.'’]+(?:[ -]\p{Lu}[\p{Ll}.'’]+){0,3})(?: \((?<region>\p{Lu}[\p{L}. ]{1,30}?)\))? \((?<credit>[^()\n]{2,40})\)\s*[-–—]")]
    private static partial Regex CreditedDateline();

    // The South Asian press's dateline: a city of up to three words in capitals and a colon, then a sentence ("SUKKUR: Twenty-two
    // people were killed", "NEW DELHI: The ministry said"); not a shouted headline ("CHINA MUST CUT DEMAND: ZHAO"). A label that
    // opens a story the same way ("EXCLUSIVE:", "SPECIAL REPORT:") is no place (Labels).
    [GeneratedRegex(@"^(?<cities>\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+){0,2}):\s+(?=[\p{Lu}\d“""]\S*\s+\S*\p{Ll})")]
    private static partial Regex ColonDateline();

    private static readonly HashSet<string> Labels = new(StringComparer.Ordinal)
    {
        "UPDATE", "UPDATED", "UPDATES", "BREAKING", "NEWS", "EXCLUSIVE", "ANALYSIS", "FACTBOX", "CORRECTED", "CORRECTION", "REFILE",
        "WRAPUP", "WRAP", "PHOTO", "PHOTOS", "VIDEO", "WATCH", "OPINION", "EDITORIAL", "LIVE", "NOTE", "COMMENT", "COMMENTARY",
        "INTERVIEW", "REVIEW", "EXPLAINER", "BRIEF", "BRIEFS", "URGENT", "FLASH", "ALERT", "REPORT", "INSIGHT", "COLUMN", "POLL",
        "GRAPHIC", "TIMELINE", "CHECK", "FEATURE", "PROFILE", "READ", "MORE", "ALSO", "SPONSORED", "ADVERTISEMENT", "PREVIEW",
        "RECAP", "BACKGROUNDER", "SCENARIOS", "DIARY", "TABLE", "CHART", "UPDATING", "DEVELOPING", "WARNING", "CAUTION", "TEXT",
    };

    // A city in capitals and a dash before a sentence, with no date or credit ("KWEKWE - The death toll … has risen to 13", as
    // The Herald writes it). A commodity's or a table's heading opens a Reuters report the same way ("WHEAT - No Two Soft Red",
    // "GRADINGS - None posted"), so the city must be one the gazetteer knows or the story names again (NamedAgain).
    [GeneratedRegex(@"^(?<cities>\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+){0,2}) [-–—] (?=[\p{Lu}\d“""]\S*\s+\S*\p{Ll})")]
    private static partial Regex DashDateline();

    /// <summary>
    /// Adds the dateline's places; returns the country of the first, the country a story is written from, or null.
    /// <paramref name="story"/> is every paragraph's text, where a dateline with neither date nor credit must name its city again.
    /// </summary>
    public string? Add(Paragraph paragraph, EntityCollection found, IReadOnlyList<string> story)
    {
        var m = Dateline().Match(paragraph.Text);
        if (!m.Success) m = MixedCaseDateline().Match(paragraph.Text);
        if (!m.Success) m = CreditedDateline().Match(paragraph.Text);
        if (!m.Success && ColonDateline().Match(paragraph.Text) is { Success: true } colon
            && !colon.Groups["cities"].Value.Split(' ', '-').Any(Labels.Contains)) m = colon;
        if (!m.Success && DashDateline().Match(paragraph.Text) is { Success: true } dash
            && (gazetteer.Find(TitleCase(dash.Groups["cities"].Value)) is { Type: EntityType.Place } || NamedAgain(TitleCase(dash.Groups["cities"].Value), story))) m = dash;
        if (!m.Success) return null;
        string? country = null;
        // The dateline's words are read here only: "DALLAS/FORT WORTH AIRPORT" is not also Dallas.
        int datelineEnd = m.Groups["region"].Success ? m.Groups["region"].Index + m.Groups["region"].Length : m.Groups["cities"].Index + m.Groups["cities"].Length;
        for (int k = 0; k < paragraph.Words.Count && paragraph.Words[k].Start < datelineEnd; k++) paragraph.Covered[k] = true;
        string? writtenRegion = m.Groups["region"].Success ? m.Groups["region"].Value.Trim() : null;
        var region = writtenRegion == null ? null : regions.Find(writtenRegion);
        string cities = m.Groups["cities"].Value.Trim();
        // "DALLAS/FORT WORTH AIRPORT" is one place; "SAN FRANCISCO/WASHINGTON" two.
        bool onePlace = PlaceWords.PlaceHeads.Contains(cities[(cities.LastIndexOf(' ') + 1)..]);
        foreach (string written in onePlace ? [cities] : cities.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            string city = TitleCase(written);
            if (gazetteer.Find(city) is { Type: EntityType.Place } known)
            {
                if (region is { } r && homonyms.Name(known, city, r, writtenRegion!) is { } local)
                {
                    found.Add(EntityType.Place, local, written);
                    continue;
                }
                found.Add(EntityType.Place, known.Name, written);
                string? knownCountry = gazetteer.CountryIn(known, year);
                if (knownCountry != null) found.Add(EntityType.Place, knownCountry, written);
                country ??= knownCountry ?? known.Name;
            }
            // "UNITED NATIONS, Oct 20 -": a body's seat, written as its name, is that body.
            else if (gazetteer.Find(city) is { Type: EntityType.Organization } body) found.Add(EntityType.Organization, body.Name, written);
            else found.Add(EntityType.Place, city, written);
        }
        if (writtenRegion == null) return country;
        if (region is { } named)
        {
            if (named.Name != null) found.Add(EntityType.Place, named.Name, writtenRegion);
            if (named.Country != named.Name) found.Add(EntityType.Place, named.Country, writtenRegion);
            return country ?? named.Country;
        }
        return country;
    }

    // "Kwekwe is one of the country's main gold-producing areas": the city written as a name after its dateline, and never as a
    // common word ("wheat"). A name whose capitals lose a letter is found by its folded form: "BARTIN —" is the Bartın named
    // below, though no capitals give back its dotless ı.
    private static bool NamedAgain(string city, IReadOnlyList<string> story)
    {
        string key = " " + NameKey.Of(city) + " ";
        return story.Skip(1).Any(text => text.Contains(city, StringComparison.Ordinal)
                || NameRun().Matches(text).Any(run => (" " + NameKey.Of(run.Value) + " ").Contains(key, StringComparison.Ordinal)))
            && !story.Any(text => text.Contains(city.ToLowerInvariant(), StringComparison.Ordinal));
    }

    // Words written as a name, a capital and small letters ("Bartın River"); not words in capitals, as a table's heading
    // repeated below ("WHEAT") is.
    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)*")]
    private static partial Regex NameRun();

    // "WINSTON-SALEM" → "Winston-Salem", "ST. LOUIS" → "St. Louis".
    internal static string TitleCase(string text) =>
        CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text.ToLowerInvariant());
}
