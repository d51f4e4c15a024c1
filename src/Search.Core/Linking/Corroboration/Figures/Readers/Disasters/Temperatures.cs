using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// A temperature a town recorded, in degrees Celsius: "in Marrakech the thermometer hit 48.1C", "The town of Taroudant hit 50.9
/// degrees Celsius". A heatwave's reports give many towns' temperatures, so one is read only with the town it names, and two
/// temperatures disagree only when they are of one town. A forecast is no reading, and a figure in Fahrenheit is left to the
/// Celsius figure beside it.
/// </summary>
internal static partial class Temperatures
{
    public static IEnumerable<Figure> In(string sentence)
    {
        if (!Celsius().IsMatch(sentence) || Forecast().IsMatch(sentence)) yield break;
        foreach (var number in NumberMentions.In(sentence))
        {
            if (number.Vague || Degrees().Match(sentence, number.End) is not { Success: true } unit) continue;
            if (Measures.Conversion().IsMatch(sentence.AsSpan(0, number.Start)) || Reached().Match(sentence[..number.Start]) is not { Success: true } reached) continue;
            // "beating the previous record of 50.4 C": the record it broke is no reading of today.
            if (Earlier().IsMatch(sentence.AsSpan(Math.Max(0, reached.Index - 25), Math.Min(25, reached.Index)))) continue;
            int end = unit.Index + unit.Length;
            if (Town(sentence, reached.Index, end) is not { } town) continue;
            yield return new Figure("temperature", "°C in " + town, number, sentence[reached.Index..end].Trim());
        }
    }

    // The town: named right after the reading ("reached 44C in Seville"), or as the reading's subject ("The town of Taroudant, east
    // of Agadir, recorded"), or else the last one the sentence puts "in" before it ("In Marrakech, a magnet for foreign tourists,
    // the mercury reached 47.3 C"). A sentence that names none gives no town's reading.
    private static string? Town(string sentence, int reading, int end)
    {
        if (InTown().Match(sentence, end) is { Success: true } after) return after.Groups["town"].Value;
        string before = sentence[..reading];
        if (Subject().Match(before) is { Success: true } subject && !NotTown().IsMatch(subject.Groups["town"].Value))
            return subject.Groups["town"].Value;
        return InBefore().Matches(before).Select(m => m.Groups["town"].Value).LastOrDefault(t => !NotTown().IsMatch(t));
    }

    [GeneratedRegex(@"(?<town>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)(?:,[^,]{1,60},)?\s+$")]
    private static partial Regex Subject();

    [GeneratedRegex(@"\b(?:[Ii]n|[Aa]t|of)\s+(?<town>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)")]
    private static partial Regex InBefore();

    [GeneratedRegex(@"\d\s*(?:°\s*C|C\b|degrees?\s+(?:Celsius|centigrade))", RegexOptions.CultureInvariant)]
    private static partial Regex Celsius();

    [GeneratedRegex(@"\G\s*(?:°\s*C\b|C\b|degrees?\s+(?:Celsius|centigrade)\b|degrees\b(?!\s+(?:Fahrenheit|F)\b))", RegexOptions.CultureInvariant)]
    private static partial Regex Degrees();

    // The verb of a reading right before the number: "hit", "reached", "recorded", "climbed to", "a record", "temperatures of".
    [GeneratedRegex(@"\b(?:hit|reached|recorded|registered|touched|topped|peaked\s+at|(?:rose|climbed|soared|jumped|shot\s+up)\s+to|(?:an?\s+)?(?:all-time|record)\s+(?:high|peak)\s+of|record\s+of|temperatures?\s+of|mercury\s+(?:hit|reached|at))\s+(?:a\s+(?:record|scorching|sweltering|blistering|searing)\s+(?:high\s+of\s+)?)?(?:about|around|some|nearly|almost|roughly)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reached();

    [GeneratedRegex(@"\G[\s,]+(?:\([^)]{0,40}\)\s*)?(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:in|at)\s+(?:the\s+(?:town|city|village)\s+of\s+)?(?<town>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)")]
    private static partial Regex InTown();

    // Capitalized words that name no town: days, months, the scales and the weather offices.
    [GeneratedRegex(@"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Celsius|Fahrenheit|C|F|The|A|An|In|On|At|It|Temperatures?|Thermometers?|Readings?|Mercury|Heat|Records?|Highs?|This|That|They|He|She)$|\b(?:Meteorolog\w*|Weather|Office|Directorate|Agency|Service|Ministry|Institute|Department|Centre|Center|Authority)\b")]
    private static partial Regex NotTown();

    [GeneratedRegex(@"\b(?:previous|former|old|earlier|last|prior|breaking|beating|broke|beat|surpassing|eclipsing|topping)\s+(?:the\s+|a\s+|its\s+)?(?:previous\s+)?(?:national\s+|all-time\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Earlier();

    // A forecast of the weather, not a reading: a temperature's, and a storm's winds (Storms).
    [GeneratedRegex(@"\b(?:forecasts?|forecasters?\s+(?:said|say|expect)|expected|expects?|predicted|could|(?-i:may)|might|will|would|likely)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Forecast();
}
