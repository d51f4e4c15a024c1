namespace Search.Core.Extraction;

/// <summary>
/// A city the gazetteer knows in another country than the state or province written after it: "BIRMINGHAM, Ala.",
/// "LONDON, Ontario", "Odessa, Texas". It is named with its region ("Birmingham, Alabama") and adds no foreign country. Once
/// a story names one so, its other mentions of the word are that city too.
/// </summary>
internal sealed class HomonymCities
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
        _local.TryAdd(key, $"{DatelinePlaces.TitleCase(written)}, {region.Name ?? writtenRegion}");
        return _local[key];
    }

    /// <summary>
    /// The story's own city for a known city matched in its text: the one a state written after it names ("Odessa, Texas"),
    /// or the one the story named so before ("Birmingham", after "BIRMINGHAM, Ala."); null for the gazetteer's.
    /// </summary>
    public string? InText(GazetteerEntry entry, Paragraph paragraph, int start, int end)
    {
        if (entry.Type != EntityType.Place || entry.Country == null) return null;
        var words = paragraph.Words;
        // The whole name before the state: "North Kingstown, R.I.", "Del Rio, Texas", not Kingstown or Rio.
        int from = start;
        while (from > 0 && paragraph.Joined(from - 1) && words[from - 1].IsCapitalized && paragraph.Runs.Any(r => r.Start < from && from < r.End)) from--;
        string written = paragraph.Surface(from, end);
        if (end < words.Count && paragraph.Text.AsSpan(words[end - 1].End, words[end].Start - words[end - 1].End).Trim() is ",")
        {
            for (int length = 2; length >= 1; length--)
            {
                if (end + length > words.Count || !paragraph.AllJoined(end, end + length)) continue;
                string region = paragraph.Surface(end, end + length);
                int after = words[end + length - 1].End;
                bool dotted = region.Contains('.') || after < paragraph.Text.Length && paragraph.Text[after] == '.';
                if (WireRegions.FindInText(region, dotted) is { } found && Name(entry, written, found, region) is { } local) return local;
            }
        }
        return _local.GetValueOrDefault(NameKey.Of(written));
    }
}
