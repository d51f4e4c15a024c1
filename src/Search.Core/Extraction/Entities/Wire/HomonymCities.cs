namespace Search.Core.Extraction;

/// <summary>
/// A city the gazetteer knows in another country than the state or province written after it: "BIRMINGHAM, Ala.",
/// "LONDON, Ontario", "Odessa, Texas". It is named with its region ("Birmingham, Alabama") and adds no foreign country. Once
/// a story names one so, its other mentions of the word are that city too.
/// </summary>
/// <param name="isCountry">Whether a word names a country, which ends a list of one state's cities.</param>
internal sealed class HomonymCities(Func<string, bool> isCountry)
{
    private readonly Dictionary<string, string> _local = new(StringComparer.Ordinal);

    /// <summary>
    /// The name of the region's own city, or null when the gazetteer's city lies in the region's country, or the region is a
    /// country of its own ("GLASGOW, Scotland": the gazetteer gives Scotland no country above it).
    /// </summary>
    public string? Name(GazetteerEntry city, string written, (string? Name, string Country) region, string writtenRegion)
    {
        if (city.Type != EntityType.Place || region.Name == region.Country || (city.Country ?? city.Name) == region.Country) return null;
        string key = NameKey.Of(written);
        // "Rome, Georgia", not "Rome, Georgia (U.S. state)": the state's name without what tells it from the country.
        string state = region.Name ?? writtenRegion;
        if (state.IndexOf(" (", StringComparison.Ordinal) is > 0 and var paren) state = state[..paren];
        // "ST PETERSBURG, Fla." and "ST. PETERSBURG, Fla." are one city.
        string name = DatelinePlaces.TitleCase(written);
        if (name.StartsWith("St ", StringComparison.Ordinal)) name = "St. " + name[3..];
        _local.TryAdd(key, $"{name}, {state}");
        return _local[key];
    }

    /// <summary>
    /// The story's own city for a known city matched in its text: the one a state written after it names ("Odessa, Texas"),
    /// or the one the story named so before ("Birmingham", after "BIRMINGHAM, Ala."); null for the gazetteer's.
    /// </summary>
    public string? InText(GazetteerEntry entry, Paragraph paragraph, int start, int matchEnd)
    {
        if (entry.Type != EntityType.Place || entry.Country == null) return null;
        int end = matchEnd;
        var words = paragraph.Words;
        // The whole name before the state: "North Kingstown, R.I.", "Del Rio, Texas", "Nassau County, N.Y.", not Kingstown, Rio
        // or Nassau.
        int from = start;
        while (from > 0 && paragraph.Joined(from - 1) && words[from - 1].IsCapitalized && paragraph.Runs.Any(r => r.Start < from && from < r.End)) from--;
        while (end < words.Count && paragraph.Joined(end - 1) && words[end].IsCapitalized && paragraph.Runs.Any(r => r.Start <= start && end < r.End)) end++;
        string written = paragraph.Surface(from, end);
        // The state after the city, or after the list of cities it opens ("Alvin, Odessa and Longview, Texas", "Melbourne and
        // Sarasota, all in Florida"): the words between are names of no country, "and", or ", all in". "Paris, and in Texas"
        // and "Birmingham, England, and Huntsville, Alabama" are no such list.
        for (int k = end; k < words.Count && k <= end + MostListWords && words[k].Sentence == words[end - 1].Sentence; k++)
        {
            var gap = paragraph.Gap(k - 1);
            bool afterComma = gap is ",", allIn = words[k - 1].Text == "in" && k >= 2 && words[k - 2].Text == "all";
            if ((afterComma || allIn) && RegionAt(paragraph, k) is var (region, writtenRegion) && Name(entry, written, region, writtenRegion) is { } local)
                return local;
            bool listWord = words[k].IsCapitalized && !isCountry(words[k].Text) || words[k].Text == "and" || words[k].Text == "all" && afterComma
                || words[k].Text == "in" && words[k - 1].Text == "all";
            if (!afterComma && gap.Length > 0 || !listWord || k == end && afterComma && QualifiesTheNameBefore(paragraph, from)) break;
        }
        return _local.GetValueOrDefault(NameKey.Of(paragraph.Surface(start, matchEnd)));
    }

    // "Grande Baie, Quebec, and Sebree, Ky.": a place between commas after a name is that name's region, not a city of a list.
    private static bool QualifiesTheNameBefore(Paragraph paragraph, int from) =>
        from > 0 && paragraph.Words[from - 1].IsCapitalized && paragraph.Gap(from - 1) is ",";

    // A list of cities before their state is read this far.
    private const int MostListWords = 10;

    // A state or province of one or two words at word k, by its full name or its dotted abbreviation.
    private static ((string? Name, string Country) Region, string Written)? RegionAt(Paragraph paragraph, int k)
    {
        var words = paragraph.Words;
        for (int length = 2; length >= 1; length--)
        {
            if (k + length > words.Count || !paragraph.AllJoined(k, k + length)) continue;
            string region = paragraph.Surface(k, k + length);
            int after = words[k + length - 1].End;
            bool dotted = region.Contains('.') || after < paragraph.Text.Length && paragraph.Text[after] == '.';
            if (WireRegions.FindInText(region, dotted) is { } found) return (found, region);
        }
        return null;
    }
}
