using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// How many times an event has happened this year, as an ordinal: "It is the third strike by doctors this year", "It is the
/// second walkout by doctors this year", "This is the third time doctors have gone on strike this year", "the attack, the fourth
/// in Peshawar this year". Only an ordinal of an event of the year is read, each kind of event apart (strikes, attacks, cuts…):
/// "the second strongest 10-day period we've had this year" and "the third group to become involved … this year" count nothing.
/// </summary>
internal static partial class Ordinals
{
    private static readonly string[] Words = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    public static IEnumerable<Figure> In(string sentence)
    {
        foreach (Match m in ThisYear().Matches(sentence).Concat(InApposition().Matches(sentence)))
        {
            // "the third time doctors have gone on strike this year": the time is of the event the clause names.
            string? what = Kind(m.Groups["what"].Value) ?? (m.Groups["what"].Value.Equals("time", StringComparison.OrdinalIgnoreCase)
                ? EventNoun().Matches(m.Groups["rest"].Value).Select(e => Kind(e.Value)).FirstOrDefault(k => k != null) : null);
            if (what == null) continue;
            var word = m.Groups["o"];
            int n = Array.IndexOf(Words, word.Value.ToLowerInvariant()) + 2;
            yield return new Figure("time this year", what, new NumberMention(n, n, n, false, word.Index, word.Index + word.Length), m.Value.Trim());
        }
    }

    private static string? Kind(string noun) => noun.ToLowerInvariant() switch
    {
        "strike" or "walkout" or "stoppage" => "strikes",
        "attack" or "bombing" or "blast" or "explosion" or "shooting" => "attacks",
        "cut" or "hike" or "increase" or "rise" or "raise" or "reduction" => "rate moves",
        "round" => "rounds of cuts",
        "recall" => "recalls",
        "outage" or "blackout" => "blackouts",
        "protest" or "rally" or "demonstration" => "protests",
        "crash" or "accident" or "derailment" => "accidents",
        "quake" or "earthquake" or "storm" or "typhoon" or "hurricane" or "cyclone" or "flood" or "fire" or "wildfire" => noun.ToLowerInvariant() + "s",
        _ => null,
    };

    // "is the third strike by doctors this year", "was the second such walkout this year", "marks the fourth time … this year".
    [GeneratedRegex(@"\b(?:is|was|marks|marked|it's)\s+(?:the|its)\s+(?<o>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:such\s+)?(?<what>[\p{L}-]+)\b(?<rest>[^.;:]{0,60}?)\bthis\s+year\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThisYear();

    // In apposition: "No one claimed responsibility for the attack, the fourth in Peshawar this year".
    [GeneratedRegex(@"\b(?<what>[\p{L}-]+),\s+the\s+(?<o>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:in|on|at|of|since)\b(?<rest>[^.;:]{0,60}?)\bthis\s+year\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InApposition();

    [GeneratedRegex(@"\b(?:strike|walkout|stoppage|attack|bombing|blast|explosion|shooting|recall|outage|blackout|protest|rally|crash|accident)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EventNoun();
}
