using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// The counts of an attack's coverage that tell how it went: the minutes the police took to arrive ("Police arrived four
/// minutes after the first emergency call", "reached the mall 4 minutes after the call") and the rounds fired ("fired 32
/// shots", "fired at least 30 rounds"), and a bomb's charge ("8 kg of explosives"). The minutes are the police's, or the
/// rescuers' when the sentence says rescuers arrived ("Rescue teams reached the scene 10 minutes after the blast"). Each is a
/// count of its own.
/// </summary>
internal static partial class Attacks
{
    public static IEnumerable<Figure> In(string sentence)
    {
        // Most sentences tell of no minutes, rounds or charge: their numbers are not read again.
        if (!Cue().IsMatch(sentence)) yield break;
        foreach (var number in NumberMentions.In(sentence))
        {
            if (number.Vague) continue;
            if (MinutesAfterTheCall().Match(sentence, number.End) is { Success: true } call && Arrived().Match(sentence[..number.Start]) is { Success: true } arrived)
                yield return new Figure("response", Rescuers().IsMatch(sentence[..arrived.Index]) ? "rescuers" : "police", number,
                    sentence[arrived.Index..(call.Index + call.Length)].Trim());
            else if (Rounds().Match(sentence, number.End) is { Success: true } rounds && Fired().Match(sentence[..number.Start]) is { Success: true } fired)
                yield return new Figure("fired", "rounds", number, sentence[fired.Index..(rounds.Index + rounds.Length)].Trim());
            else if (Explosives().Match(sentence, number.End) is { Success: true } explosives)
                yield return new Figure("explosives", "kg", number, sentence[number.Start..(explosives.Index + explosives.Length)].Trim());
        }
    }

    // "… four minutes after the first emergency call", "5 minutes after the alarm was raised", "10 minutes after the blast".
    [GeneratedRegex(@"\G[\s-]+minutes?\s+(?:after|of)\s+(?:the\s+)?(?:first\s+)?(?:emergency\s+|911\s+|999\s+|112\s+)?(?:call|alarm|alert|report|blast|explosion|attack|bombing|shooting)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MinutesAfterTheCall();

    // "Police arrived", "Officers reached Shopping Aurora", "the first team reached the mall", within the clause.
    [GeneratedRegex(@"\b(?:arrived|arriving|reached|got\s+there|were\s+on\s+(?:the\s+)?scene)\b[^.;:]{0,50}?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Arrived();

    [GeneratedRegex(@"\bminutes?\b|\b(?:rounds|shots|bullets)\b|\d\s*(?:kg|kilograms?|kilos?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cue();

    // Who arrived: rescuers, or else the police ("Rescue teams reached the scene 10 minutes after the blast").
    [GeneratedRegex(@"\b(?:rescu\w*|ambulances?|paramedics|firefighters|medics)\b[^.;:]{0,30}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rescuers();

    // A bomb's charge: "8 kg of explosives", "8 kilograms (18 pounds) of explosives", "10kg of explosives".
    [GeneratedRegex(@"\G\s*(?:kg|kilograms?|kilos?)\s+(?:\([^)]{1,20}\)\s+)?of\s+(?:[\p{L}-]+\s+)?(?:explosives?|TNT)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Explosives();

    [GeneratedRegex(@"\G\s+(?:[\p{L}-]+\s+)?(?:rounds|shots|bullets)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rounds();

    // "fired 32", "fired at least 30", "let off some 20".
    [GeneratedRegex(@"\b(?:fired|firing|shot\s+off|let\s+off)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Fired();
}
