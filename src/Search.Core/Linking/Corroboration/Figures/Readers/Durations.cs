using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// How many hours an event lasted, or days a breach went unnoticed, as a count of its own: "The standoff lasted nine hours", "a
/// nine-hour standoff", "a 48-hour strike", "Power was restored to most of the country after 11 hours", "the breach went
/// unnoticed for 47 days". Other spans of time count nothing ("three hours later"), so only these wordings are read: hours right
/// beside the event they measure or until power came back, and the days a breach went unnoticed.
/// </summary>
internal static partial class Durations
{
    public static IEnumerable<Figure> In(string sentence)
    {
        // Most sentences tell of no hours and nothing unnoticed: they are not read for numbers.
        if (sentence.IndexOf("hour", StringComparison.OrdinalIgnoreCase) < 0 && !UnnoticedWord().IsMatch(sentence)) yield break;
        foreach (var number in NumberMentions.In(sentence))
        {
            // "the breach went unnoticed for 47 days", "the intrusion went undetected for 51 days".
            if (!number.Vague && Days().Match(sentence, number.End) is { Success: true } days && Unnoticed().Match(sentence[..number.Start]) is { Success: true } unnoticed)
            {
                yield return new Figure("lasted", "days", number, sentence[unnoticed.Index..(days.Index + days.Length)].Trim());
                continue;
            }
            if (number.Vague || Hours().Match(sentence, number.End) is not { Success: true } hours) continue;
            int textEnd = hours.Index + hours.Length;
            if (EventAfter().Match(sentence, textEnd) is { Success: true } named)
                yield return new Figure("lasted", "hours", number, sentence[number.Start..(named.Index + named.Length)].Trim());
            else if (EventBefore().Match(sentence[..number.Start]) is { Success: true } lasted)
                yield return new Figure("lasted", "hours", number, sentence[lasted.Index..textEnd].Trim());
            else if (Restored().Match(sentence[..number.Start]) is { Success: true } restored)
                yield return new Figure("lasted", "hours", number, sentence[restored.Index..textEnd].Trim());
        }
    }

    [GeneratedRegex(@"\G[\s-]+hours?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hours();

    [GeneratedRegex(@"\G[\s-]+days?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Days();

    [GeneratedRegex(@"\b(?:unnoticed|undetected|undiscovered|had\s+access(?:\s+to\s+[^.;:]{1,30}?)?)\s+for\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unnoticed();

    [GeneratedRegex(@"\b(?:unnoticed|undetected|undiscovered|had\s+access)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnnoticedWord();

    private const string Events = @"standoff|stand-off|siege|ordeal|hostage crisis|strike|walkout|stoppage|blackout|outage|power cut|shutdown";

    // "a nine-hour standoff", "a 48-hour strike", "an 11-hour long siege".
    [GeneratedRegex(@"\G[\s-]+(?:long\s+)?(?:(?:general|nationwide|transport|rail|power)\s+)?(?:" + Events + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EventAfter();

    // "The standoff lasted nine hours", "a siege that lasted 11 hours", "the outage, which lasted about 14 hours".
    [GeneratedRegex(@"\b(?:" + Events + @")\b[^.;:]{0,40}?\b(?:lasted|lasting|ran for|went on for|of)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EventBefore();

    // "Power was restored to most of the country after 11 hours", "Power returned after eleven hours".
    [GeneratedRegex(@"\b(?:power|electricity|supply|supplies)\b[^.;:]{0,60}?\b(?:restored|returned|back|came back|resumed)\b[^.;:]{0,60}?\b(?:after|within|in)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Restored();
}
