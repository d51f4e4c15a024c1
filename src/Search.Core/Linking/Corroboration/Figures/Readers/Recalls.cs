using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// The vehicles a maker recalls: "Kaneshiro Motor is recalling 412,000 vehicles around the world", "The recall covers 196,000
/// Corvana sedans and Rhea SUVs … in the United States", "calling back 1.2 million cars". The world's count and one country's are
/// two counts, so each is read with where the sentence says it was made ("worldwide", "in the United States"), and a count
/// whose sentence says neither is no rival to either.
/// </summary>
internal static partial class Recalls
{
    public static IEnumerable<Figure> In(string sentence)
    {
        if (!Recall().IsMatch(sentence)) yield break;
        foreach (var number in NumberMentions.In(sentence))
        {
            if (number.Vague || Measures.Conversion().IsMatch(sentence.AsSpan(0, number.Start))) continue;
            if (Recalled().Match(sentence[..number.Start]) is not { Success: true } recalled || Vehicles().Match(sentence, number.End) is not { Success: true } vehicles) continue;
            string rest = sentence[(vehicles.Index + vehicles.Length)..];
            string where = Worldwide().IsMatch(rest) ? " worldwide" : Country().Match(rest) is { Success: true } country ? " in " + Normal(country.Groups["where"].Value) : "";
            yield return new Figure("recalled", "vehicles" + where, number, sentence[recalled.Index..(vehicles.Index + vehicles.Length)].Trim());
        }
    }

    // "the U.S." and "the US" are the United States.
    private static string Normal(string where) => where.Replace(".", "", StringComparison.Ordinal) is "US" or "USA" ? "United States" : where;

    [GeneratedRegex(@"\b(?:recall\w*|call(?:s|ed|ing)?\s+back)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Recall();

    // "is recalling", "recalls nearly", "calling back", "The recall covers", "the campaign includes", "recall of".
    [GeneratedRegex(@"\b(?:recall(?:s|ed|ing)?|call(?:s|ed|ing)?\s+back|(?:recall|campaign)\s+(?:covers|covered|includes|included|affects|affected|involves|involved|applies\s+to|concerns)|recall\s+of)\s+(?:about|around|some|nearly|almost|roughly|more\s+than|over|just\s+over|an?\s+(?:additional|further)|another)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Recalled();

    // The vehicles, perhaps after their models' names: "vehicles", "Corvana sedans and Rhea SUVs", "cars and trucks".
    [GeneratedRegex(@"\G\s+(?:(?:of\s+its\s+|of\s+the\s+)?(?:[\p{Lu}\d][\p{L}\d-]*\s+){0,3}(?:and\s+(?:[\p{Lu}\d][\p{L}\d-]*\s+){1,3})?)?(?:vehicles|cars|trucks|SUVs|sport[\s-]utility\s+vehicles|sedans|crossovers|pickups|pickup\s+trucks|vans|motorcycles|scooters|buses|units)\b")]
    private static partial Regex Vehicles();

    [GeneratedRegex(@"\b(?:worldwide|globally|around\s+the\s+world|across\s+the\s+world|in\s+total|in\s+all)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Worldwide();

    // The country it was made in: "in the United States", "in the U.S.", "in China", "in Europe".
    [GeneratedRegex(@"\bin\s+(?:the\s+)?(?<where>U\.S\.|(?:United\s+States|US|USA|United\s+Kingdom|(?!January|February|March|April|May|June|July|August|September|October|November|December)\p{Lu}\p{Ll}+)\b)")]
    private static partial Regex Country();
}
