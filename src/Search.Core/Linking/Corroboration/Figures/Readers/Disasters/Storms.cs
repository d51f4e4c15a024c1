using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// A storm's measures: its winds ("peak winds of 165 mph", "winds of around 275 kilometres (170 miles) an hour") and a tornado's
/// rating on the Enhanced Fujita scale ("a preliminary EF4 rating"). Winds in miles and in kilometres an hour are two kinds, so
/// a conversion is never compared with its own figure, and gusts are apart from the winds. A forecast ("winds of up to 200 km/h
/// are expected") is no measure, nor is a rating a tornado was raised from or may yet be given.
/// </summary>
internal static partial class Storms
{
    public static IEnumerable<Figure> In(string sentence)
    {
        if (Wind().IsMatch(sentence) && !Temperatures.Forecast().IsMatch(sentence))
        {
            NumberMention? before = null;
            foreach (var number in NumberMentions.In(sentence))
            {
                int from = number.Start;
                // "winds of around 275 kilometres (170 miles) an hour": the conversion is quoted with what it converts (a QA pass
                // saw "170 miles) an hour" quoted against "165 mph"). Its number is its own: the labellers read 170 against 165.
                if (before is { } converted && Measures.Conversion().IsMatch(sentence.AsSpan(0, number.Start))) from = converted.Start;
                before = number;
                string? unit = KmH().Match(sentence, number.End) is { Success: true } km ? "km/h"
                    : Mph().Match(sentence, number.End) is { Success: true } ? "mph" : null;
                if (unit == null) continue;
                // The winds' word nearest before the number; gusts are a measure of their own.
                var said = WindBefore().Match(sentence[Math.Max(0, from - 60)..from]);
                if (!said.Success) continue;
                string kind = said.Groups["gust"].Success ? "gusts " + unit : unit;
                yield return new Figure("wind", kind, number, sentence[from..(number.End + UnitLength(sentence, number.End))].Trim());
            }
        }
        // "could be an EF5" is no rating; "a preliminary EF3 rating …, though the rating could still be raised" is one.
        var ratings = Rating().Matches(sentence).Where(m => !Earlier().IsMatch(sentence.AsSpan(0, m.Index)) && !Possible().IsMatch(sentence.AsSpan(0, m.Index))).ToList();
        // An outbreak's tornadoes have a rating each: a sentence that gives two tells of two tornadoes.
        if (ratings.Count == 1)
        {
            var n = ratings[0].Groups["n"];
            int value = int.Parse(n.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            yield return new Figure("rating", "EF", new NumberMention(value, value, value, false, n.Index, n.Index + n.Length), ratings[0].Value);
        }
    }

    private static int UnitLength(string sentence, int at) =>
        KmH().Match(sentence, at) is { Success: true } km ? km.Length : Mph().Match(sentence, at).Length;

    [GeneratedRegex(@"\b(?:winds?|gusts?|gusting|gustiness)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Wind();

    [GeneratedRegex(@"\b(?:winds?|(?<gust>gusts?|gusting|gustiness))\b[^.;]*?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex WindBefore();

    // Kilometres an hour, written short or long, perhaps with its conversion in brackets before "an hour".
    [GeneratedRegex(@"\G\s*(?:km/h|kph|kmh|km/hr|(?:km|kilomet(?:re|er)s)(?:\s*\([^)]{0,30}\))?\s+(?:an|per|a)\s+hour|(?:km|kilomet(?:re|er)s)\)\s*(?:an|per|a)\s+hour)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KmH();

    [GeneratedRegex(@"\G\s*(?:mph|(?:miles|mi)(?:\s*\([^)]{0,30}\))?\s+(?:an|per|a)\s+hour|miles\)\s*(?:an|per|a)\s+hour)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Mph();

    [GeneratedRegex(@"\bEF-?(?<n>[0-5])\b")]
    private static partial Regex Rating();

    // "upgraded to EF4 from EF3": the rating before.
    [GeneratedRegex(@"\bfrom\s+(?:an?\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Earlier();

    [GeneratedRegex(@"\b(?:could|(?-i:may)|might|would|expected\s+to)\s+(?:be\s+)?(?:(?:upgraded|raised|lowered|downgraded)\s+to\s+)?(?:an?\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Possible();
}
