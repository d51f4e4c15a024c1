using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// How far a firm's shares moved on the news, in percent: "Kestrel shares fell 6.2%", "Kestrel's share price fell 6.2 percent",
/// "shares closed 6.8 percent lower". A fall and a rise are two counts.
/// </summary>
internal static partial class SharePrices
{
    public static IEnumerable<Figure> In(string sentence)
    {
        if (sentence.IndexOf("share", StringComparison.OrdinalIgnoreCase) < 0) yield break;
        foreach (var number in NumberMentions.In(sentence))
        {
            if (number.Vague || Percent().Match(sentence, number.End) is not { Success: true } percent) continue;
            var before = sentence[..number.Start];
            if (MovedBy().Match(before) is { Success: true } moved)
                yield return new Figure(Falls(moved.Groups["how"].Value) ? "fell" : "rose", "shares", number, sentence[moved.Index..(percent.Index + percent.Length)].Trim());
            else if (Closed().Match(before) is { Success: true } closed && Direction().Match(sentence, percent.Index + percent.Length) is { Success: true } way)
                yield return new Figure(way.Groups["way"].Value.ToLowerInvariant() is "lower" or "down" ? "fell" : "rose", "shares", number, sentence[closed.Index..(way.Index + way.Length)].Trim());
        }
    }

    private static bool Falls(string verb) => Fall().IsMatch(verb);

    [GeneratedRegex(@"\G\s*(?:%|percent\b|per cent\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Percent();

    // "shares fell", "share price tumbled as much as", "shares in Vorland rose".
    [GeneratedRegex(@"\bshares?(?:\s+price)?\b[^.;:%]{0,40}?\b(?<how>fell|dropped|slumped|tumbled|plunged|sank|slid|lost|declined|rose|jumped|gained|climbed|surged|soared|fall|drop|rise|jump)\s+(?:as\s+much\s+as\s+|by\s+|nearly\s+|almost\s+|about\s+|some\s+|more\s+than\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MovedBy();

    [GeneratedRegex(@"\b(?:fell|dropped|slumped|tumbled|plunged|sank|slid|lost|declined|fall|drop)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Fall();

    // "shares closed 6.8 percent lower", "shares ended 3% higher".
    [GeneratedRegex(@"\bshares?\b[^.;:%]{0,40}?\b(?:closed|ended|finished|were|traded)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Closed();

    [GeneratedRegex(@"\G\s+(?<way>lower|higher|down|up)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Direction();
}
