namespace Search.Core.Extraction;

/// <summary>
/// The countries a story is set in, and the known towns it names as local ones that lie elsewhere. A town the gazetteer
/// knows is often the namesake of another: "near the town of Pamplona" in a report of a bus siege in Colombia is
/// Colombia's town, not Spain's city, and "the Abra Malaga pass" is in Peru. Such a town keeps its name but does not make
/// the story one of its country, as a known town otherwise does ("Tokyo" is also a mention of Japan).
/// </summary>
internal sealed class StorySettings(string? datelineCountry, int? year)
{
    private sealed record Town(GazetteerEntry Entry, string Country, string Mention, Paragraph Paragraph, int Start, int End);

    private readonly HashSet<string> _named = new(StringComparer.Ordinal);
    private readonly List<Town> _towns = [];

    /// <summary>A country the story names itself ("Colombia", "Colombian").</summary>
    public void Named(string country) => _named.Add(country);

    /// <summary>A known town or region matched at words [start, end), and the country it gave the story.</summary>
    public void Add(GazetteerEntry town, string country, string mention, Paragraph paragraph, int start, int end) =>
        _towns.Add(new Town(town, country, mention, paragraph, start, end));

    /// <summary>
    /// Takes back the country of each town that lies elsewhere. The story is set in another country: it is datelined there,
    /// or names two of its towns, or names it and one of its towns. Of the town's country it names neither the country nor
    /// another town, and it writes of the town as a local one, near which things happen, in a sentence that names no place of
    /// another country. A destination or a venue ("flights from Atlanta to Tokyo", "service between Brussels and Toronto",
    /// "talks in Geneva") keeps its country.
    /// </summary>
    public void WithdrawElsewhere(EntityCollection found)
    {
        var settings = _towns.GroupBy(t => t.Country)
            .Where(g => _named.Contains(g.Key) || g.Select(t => t.Entry).Distinct().Count() >= 2).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        if (datelineCountry != null) settings.Add(datelineCountry);
        foreach (var town in _towns)
        {
            string country = town.Country;
            bool alone = !_named.Contains(country) && country != datelineCountry && !_towns.Any(t => t.Country == country && t.Entry != town.Entry);
            if (!alone || !settings.Any(setting => setting != country) || !WrittenAsLocal(town) || !OnlyPlacesOf(settings, town)) continue;
            found.Withdraw(EntityType.Place, country, town.Mention);
            // "near the Abra Malaga pass": the local name is the whole run, not the known towns in it (Abra, Málaga).
            var (start, end) = RunOf(town);
            // A run of names joined by "and" is a list ("San Antonio and Belmonte"), each its own.
            if (end - start <= town.End - town.Start || Enumerable.Range(start, end - start).Any(k => town.Paragraph.Words[k].Text is "and" or "or")) continue;
            found.Withdraw(EntityType.Place, town.Entry.Name, town.Mention);
            found.Add(EntityType.Place, town.Paragraph.Surface(start, end), town.Paragraph.Surface(start, end));
        }
    }

    // "two ferries sank near Dhaka, 174 drowned when a ferry capsized in China": a sentence that also names places of other
    // countries recalls events elsewhere, not the story's own scene.
    // "near Paris in 1974": a sentence that names another year recalls an earlier event.
    private bool OnlyPlacesOf(HashSet<string> settings, Town town)
    {
        var paragraph = town.Paragraph;
        var (start, end) = RunOf(town);
        int sentence = paragraph.Words[town.Start].Sentence;
        for (int k = 0; k < paragraph.Words.Count; k++)
        {
            var word = paragraph.Words[k];
            if (word.Sentence != sentence || start <= k && k < end) continue;
            if (paragraph.Known[k] is { Type: EntityType.Place } place && !settings.Contains(place.Country ?? place.Name)) return false;
            if (word.Text.Length == 4 && int.TryParse(word.Text, out int number) && number is >= 1900 and <= 2100 && number != year) return false;
        }
        return true;
    }

    // The whole capitalized run a town's name ends or stands in: "Abra Malaga" of "the Abra Malaga pass".
    private static (int Start, int End) RunOf(Town town) =>
        town.Paragraph.Runs.Where(r => r.Start <= town.Start && town.End <= r.End).DefaultIfEmpty((town.Start, town.End)).MinBy(r => r.Start);

    // "near Pamplona", "near the town of Pamplona", "near the Abra Malaga pass", "outside the village of X", "the barangays of
    // Kapatagan, San Antonio and Belmonte": the words before the name (the whole capitalized run it ends) place the story there.
    private static bool WrittenAsLocal(Town town)
    {
        var paragraph = town.Paragraph;
        var words = paragraph.Words;
        int k = RunOf(town).Start - 1;
        // "the neighboring barangays of Kapatagan, San Antonio and Belmonte": a town in a list of the story's villages.
        int listed = k;
        while (listed >= 0 && (words[listed].Text is "and" or "or" || words[listed].IsCapitalized) && words[listed].Sentence == words[town.Start].Sentence) listed--;
        if (listed >= 1 && words[listed].Text == "of" && words[listed - 1].Text is "towns" or "villages" or "barangays" or "municipalities" or "districts" or "neighbourhoods" or "neighborhoods")
            return true;
        if (k >= 1 && words[k].Text == "of" && words[k - 1].Text is "town" or "village" or "municipality" or "district" or "barangay") k -= 2;
        if (k >= 0 && words[k].Text is "the") k--;
        return k >= 0 && words[k].Text is "near" or "outside" && words[k].Sentence == words[town.Start].Sentence;
    }
}
