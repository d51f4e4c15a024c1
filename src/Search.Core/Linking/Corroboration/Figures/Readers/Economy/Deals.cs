using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// A takeover's terms: the price paid for the firm, in its currency ("agreed to buy Quillon Therapeutics for $14.2 billion",
/// "valuing the company at 13.1 billion dollars"), the value with the target's debt, which is another figure ("a deal valued at
/// $14.5 billion including debt", "an enterprise value of $15.1bn"), the price offered a share ("$52 a share in cash"), and the
/// premium that price pays over the target's close or over an average of its price, two figures again ("a 41% premium over
/// Quillon's closing price", "a premium of 45 per cent to Quillon's 30-day volume-weighted average price"). A premium that
/// names neither is read as a third kind. Conversions in brackets are not read.
/// </summary>
internal static partial class Deals
{
    /// <summary>Whether a figure is a takeover's term.</summary>
    public static bool Reads(string kind) => kind is "deal value" or "offer a share" or "premium";

    public static IEnumerable<Figure> In(string sentence)
    {
        // A dividend, earnings and an analyst's estimate are a sum a share too, and a convertible bond, a warrant or an option a
        // price a share: none is a price offered for the firm (read on Reuters-21578's takeover stories).
        if (!MoneyOrPercent().IsMatch(sentence) || !Takeover().IsMatch(sentence) || NoTakeover().IsMatch(sentence)) yield break;
        foreach (var number in NumberMentions.In(sentence))
        {
            if (Measures.Conversion().IsMatch(sentence.AsSpan(0, number.Start))) continue;
            string before = sentence[Math.Max(0, number.Start - 60)..number.Start];
            if (Currencies.Of(sentence, number.Start, number.End) is { } currency)
            {
                int end = Currencies.End(sentence, number.End);
                if (AShare().Match(sentence, end) is { Success: true } share)
                    yield return new Figure("offer a share", currency, number, sentence[Currencies.Start(sentence, number.Start)..(share.Index + share.Length)].Trim());
                else if (Paid().Match(before) is { Success: true } paid)
                {
                    bool debt = paid.Groups["ev"].Success || WithDebt().IsMatch(sentence.AsSpan(end));
                    yield return new Figure("deal value", debt ? currency + " with debt" : currency, number, (paid.Value + sentence[number.Start..end]).Trim());
                }
            }
            else if (Premium().Match(sentence, number.End) is { Success: true } premium
                && (premium.Groups["after"].Success || PremiumOf().IsMatch(before)))
            {
                string over = sentence[(premium.Index + premium.Length)..Math.Min(sentence.Length, premium.Index + premium.Length + 80)];
                string basis = Average().IsMatch(over) ? "over an average price" : Close().IsMatch(over) ? "over the close" : "";
                yield return new Figure("premium", basis, number, sentence[number.Start..(premium.Index + premium.Length)].Trim());
            }
        }
    }

    [GeneratedRegex(@"\b(?:buy|buys|bought|buying|acquire[sd]?|acquiring|acquisition|takeover|take over|merger|merge|purchase|bid|offer|offered|deal|pay|pays|paid|premium)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Takeover();

    // A sum or a share, before any number is read: a takeover's words ("deal", "pay", "offer") are common in other news.
    [GeneratedRegex(@"[$€£¥%]|\b(?:dollars?|dlrs|euros?|pounds|yen|francs|kronor|kroner|percent|per\s+cent|USD|EUR|GBP)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoneyOrPercent();

    [GeneratedRegex(@"\b(?:dividends?|earnings|estimates?|profit|income|convertible|debentures?|warrants?|options?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoTakeover();

    // "$52 a share", "52 dollars per share", "€9.80 for each share".
    [GeneratedRegex(@"\G\s+(?:a|per|for\s+each)\s+share\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AShare();

    // The words of a price paid right before it: "to buy Quillon Therapeutics for", "valued at", "valuing the company at", "a
    // deal worth", "an enterprise value of".
    [GeneratedRegex(@"(?:\b(?:buy|acquire|purchase|take\s+over)\b[^.;:,]{0,60}?\bfor|\b(?:valued|valuing\b[^.;:,]{0,40}?)\s+at|\b(?:deal|takeover|acquisition|offer|bid)\s+(?:worth|of)|(?<ev>\benterprise\s+value\s+of))\s+(?:about|around|some|nearly|roughly|approximately)?\s*(?:US\$|[$€£¥]|USD|EUR|GBP)?\s?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Paid();

    [GeneratedRegex(@"^[^.;]{0,25}?\bincluding\s+(?:net\s+)?debt\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WithDebt();

    // "a 41% premium", "a 38 percent premium"; or a percentage after "a premium of".
    [GeneratedRegex(@"\G\s*(?:%|percent|per\s+cent)(?<after>\s+premium\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Premium();

    [GeneratedRegex(@"\bpremium\s+of\s+(?:about|around|some|nearly|roughly|approximately)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PremiumOf();

    [GeneratedRegex(@"\baverage\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Average();

    [GeneratedRegex(@"\b(?:clos(?:e|ing)|last\s+traded|undisturbed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Close();
}
