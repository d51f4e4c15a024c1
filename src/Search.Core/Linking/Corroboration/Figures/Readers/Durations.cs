using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// How many hours an event lasted, or days a breach went unnoticed, as a count of its own: "The standoff lasted nine hours", "a
/// nine-hour standoff", "a 48-hour strike", "Power was restored to most of the country after 11 hours", "the breach went
/// unnoticed for 47 days"; the days a weather alert holds ("a four-day red alert", "on red alert … for the next five days"), the
/// days a court or a mediator gives ("gave both sides seven days to reach a deal"), and a strike's days, read as hours ("a
/// three-day strike"). Other spans of time count nothing ("three hours later"), so only these wordings are read.
/// </summary>
internal static partial class Durations
{
    public static IEnumerable<Figure> In(string sentence)
    {
        // Most sentences tell of no hours and nothing unnoticed: they are not read for numbers.
        bool alert = Alert().IsMatch(sentence), deadline = Deadline().IsMatch(sentence);
        if (sentence.IndexOf("hour", StringComparison.OrdinalIgnoreCase) < 0 && sentence.IndexOf("-day", StringComparison.OrdinalIgnoreCase) < 0
            && !UnnoticedWord().IsMatch(sentence) && !alert && !deadline) yield break;
        foreach (var number in NumberMentions.In(sentence))
        {
            // "gave both sides seven days to reach a deal", "The labour court's seven-day deadline", "to negotiate within seven days".
            if (deadline && !number.Vague && Days().Match(sentence, number.End) is { Success: true } given)
            {
                int to = given.Index + given.Length;
                if (DeadlineAfter().Match(sentence, to) is { Success: true } set)
                {
                    yield return new Figure("deadline", "days", number, sentence[number.Start..(set.Index + set.Length)].Trim());
                    continue;
                }
                if (GivenBefore().Match(sentence[..number.Start]) is { Success: true } gave)
                {
                    yield return new Figure("deadline", "days", number, sentence[gave.Index..to].Trim());
                    continue;
                }
            }
            // "issued a four-day red alert", "on red alert, the highest level, for the next five days", "extended its red alert to seven days".
            if (alert && !number.Vague && Days().Match(sentence, number.End) is { Success: true } alertDays)
            {
                if (Added().IsMatch(sentence.AsSpan(0, number.QualifierEnd))) continue;
                if (AlertAfter().Match(sentence, alertDays.Index + alertDays.Length) is { Success: true } kind)
                    yield return new Figure("alert", "days", number, sentence[number.Start..(kind.Index + kind.Length)].Trim());
                else if (AlertBefore().Match(sentence[..number.Start]) is { Success: true } before)
                    yield return new Figure("alert", "days", number, sentence[before.Index..(alertDays.Index + alertDays.Length)].Trim());
                continue;
            }
            // "the breach went unnoticed for 47 days", "the intrusion went undetected for 51 days".
            if (!number.Vague && Days().Match(sentence, number.End) is { Success: true } days && Unnoticed().Match(sentence[..number.Start]) is { Success: true } unnoticed)
            {
                yield return new Figure("lasted", "days", number, sentence[unnoticed.Index..(days.Index + days.Length)].Trim());
                continue;
            }
            // "a three-day strike" is a 72-hour strike.
            // Not an earlier one: "the second strike this year, after a one-day walkout in March".
            if (!number.Vague && DaysLong().Match(sentence, number.End) is { Success: true } daysLong && !Earlier().IsMatch(sentence.AsSpan(0, number.Start)))
            {
                yield return new Figure("lasted", "hours", number with { Value = number.Value * 24, Low = number.Low * 24, High = number.High * 24 },
                    sentence[number.Start..(daysLong.Index + daysLong.Length)].Trim());
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

    [GeneratedRegex(@"\b(?:red|orange|amber|heat|weather)\s+(?:alert|warning)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Alert();

    // "a four-day red alert", "a five-day heat warning".
    [GeneratedRegex(@"\G\s+(?:[\p{L}-]+\s+){0,1}(?:red|orange|amber|heat|weather)\s+(?:alert|warning)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AlertAfter();

    // "on red alert, the highest level, for the next five days", "extended its red alert, the highest level, to seven days"; not
    // "for another three days", which is what was added.
    [GeneratedRegex(@"\b(?:red|orange|amber|heat|weather)\s+(?:alert|warning)\b[^.;:]{0,60}?\b(?:for|to)\s+(?:the\s+next\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AlertBefore();

    [GeneratedRegex(@"\b(?:deadline|ultimatum|gave|given|giving|granted|within)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Deadline();

    // "a seven-day deadline", "14 days to resolve", "seven days to reach a deal".
    [GeneratedRegex(@"\G(?:\s+(?:deadline|ultimatum)|\s+to\s+(?:reach|resolve|settle|negotiate|agree|strike|find|end|respond|comply|leave))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeadlineAfter();

    // "ordered the two sides to negotiate within", "gave the two sides" (with "days to" after, above).
    [GeneratedRegex(@"\b(?:ordered|told|gave|given)\b[^.;:]{0,50}?\bto\s+(?:negotiate|reach\s+a\s+deal|agree|settle|resolve\s+\w+|respond)\s+within\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GivenBefore();

    // "for another three days", "by a further two days": what was added, not the alert's length.
    [GeneratedRegex(@"\b(?:another|a\s+further|an\s+extra|an\s+additional)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Added();

    private const string Events = @"standoff|stand-off|siege|ordeal|hostage crisis|strike|walkout|stoppage|blackout|outage|power cut|shutdown";

    // "a three-day strike", "a five-day walkout": a day-long event is read in hours, as "a 72-hour strike" is.
    [GeneratedRegex(@"\G-days?\s+(?:(?:general|nationwide|national|transport|rail|pilots'?|doctors'?)\s+)?(?:strike|walkout|stoppage|shutdown)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DaysLong();

    [GeneratedRegex(@"\b(?:after|following|since|than|like)\s+(?:a|an|the|its|last\s+\w+'s)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Earlier();

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
