namespace Search.Core.Extraction;

/// <summary>
/// Names made of a known city and lower-case common nouns, which capitalized-phrase rules cannot see:
/// a local body ("the Almaty city police department", "the Moscow city council") and a city's airport
/// ("protesters stormed Almaty airport"). The city itself stays a mention too: the body and the airport are in it.
/// </summary>
internal static class CityCommonNames
{
    // Nouns that describe a local body on their way to its head ("city police department").
    private static readonly HashSet<string> BodyWords = new(
        ["city", "municipal", "county", "state", "provincial", "regional", "district", "police", "fire", "health", "transport", "traffic"], StringComparer.Ordinal);

    // The nouns that end a local body's name; "Almaty police" alone is a force described, not named.
    private static readonly HashSet<string> BodyHeads = new(["department", "council", "administration"], StringComparer.Ordinal);

    private const int MaxBodyWords = 3;

    /// <summary>
    /// The type and end (exclusive word index) of a name that the city ending at <paramref name="cityEnd"/> opens, or null.
    /// </summary>
    public static (EntityType Type, int End)? After(Paragraph paragraph, int cityEnd)
    {
        var words = paragraph.Words;
        if (cityEnd >= words.Count || !paragraph.Joined(cityEnd - 1)) return null;
        if (words[cityEnd].Text == "airport") return (EntityType.Place, cityEnd + 1);
        int k = cityEnd;
        while (k < words.Count && k - cityEnd < MaxBodyWords && BodyWords.Contains(words[k].Text) && paragraph.Joined(k)) k++;
        return k > cityEnd && k < words.Count && BodyHeads.Contains(words[k].Text) ? (EntityType.Organization, k + 1) : null;
    }
}
