using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// How far a market moved on the news, in percent: a firm's shares ("Kestrel shares fell 6.2%", "Kestrel's share price fell 6.2
/// percent", "shares closed 6.8 percent lower", "Kaneshiro's stock fell 3.2 percent"), a stock index ("the BUX index fell by
/// more than 4 per cent") or a currency ("The forint slumped 3.2%"). A fall and a rise are two counts, and so are the shares,
/// the index and the currency.
/// </summary>
internal static partial class SharePrices
{
    public static IEnumerable<Figure> In(string sentence)
    {
        if (!Market().IsMatch(sentence)) yield break;
        foreach (var number in NumberMentions.In(sentence))
        {
            if (number.Vague || Figures.Percent().Match(sentence, number.End) is not { Success: true } percent) continue;
            var before = sentence[..number.Start];
            if (MovedBy().Match(before) is { Success: true } moved)
                yield return new Figure(Falls(moved.Groups["how"].Value) ? "fell" : "rose", What(moved.Groups["what"].Value), number, sentence[moved.Index..(percent.Index + percent.Length)].Trim());
            else if (Closed().Match(before) is { Success: true } closed && Direction().Match(sentence, percent.Index + percent.Length) is { Success: true } way)
                yield return new Figure(way.Groups["way"].Value.ToLowerInvariant() is "lower" or "down" ? "fell" : "rose", What(closed.Groups["what"].Value), number, sentence[closed.Index..(way.Index + way.Length)].Trim());
        }
    }

    private static string What(string word) => string.Join(' ', word.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) switch
    {
        var w when w.StartsWith("share", StringComparison.Ordinal) || w == "stock" => "shares",
        "index" or "stocks" or "stock market" or "stock index" => "index",
        _ => "currency",
    };

    private const string Markets = @"shares?(?:\s+price)?|index|stock\s+(?:index|market)|stocks|stock(?!\s+exchange)|forint|zloty|koruna|krona|krone|rupee|peso|lira|rand|naira|shilling|yen|yuan|euro|dollar|pound|sterling|real|rouble|ruble|won|baht|ringgit|rupiah|dirham|riyal|cedi|taka|kwacha|franc|hryvnia|tenge|leu|lev|dinar|birr|currency";

    [GeneratedRegex(@"\b(?:" + Markets + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Market();

    private static bool Falls(string verb) => Fall().IsMatch(verb);

    // "shares fell", "share price tumbled as much as", "shares in Vorland rose", "the BUX index fell by", "The forint slumped".
    [GeneratedRegex(@"\b(?<what>" + Markets + @")\b[^.;:%]{0,40}?\b(?<how>fell|dropped|slumped|tumbled|plunged|sank|slid|lost|declined|rose|jumped|gained|climbed|surged|soared|fall|drop|rise|jump|down|up)\s+(?:as\s+much\s+as\s+|by\s+|nearly\s+|almost\s+|about\s+|some\s+|more\s+than\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MovedBy();

    [GeneratedRegex(@"\b(?:fell|dropped|slumped|tumbled|plunged|sank|slid|lost|declined|fall|drop|down)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Fall();

    // "shares closed 6.8 percent lower", "shares ended 3% higher".
    [GeneratedRegex(@"\b(?<what>" + Markets + @")\b[^.;:%]{0,40}?\b(?:closed|ended|finished|were|was|traded)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Closed();

    [GeneratedRegex(@"\G\s+(?<way>lower|higher|down|up)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Direction();
}
