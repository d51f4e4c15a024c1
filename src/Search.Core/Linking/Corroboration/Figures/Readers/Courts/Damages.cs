using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// The damages a jury or a court awards, in their currency: punitive and compensatory damages, two figures ("$175 million in
/// compensatory damages and $1.5 billion in punitive damages", "punitive damages of $1.2bn"), and the verdict's whole
/// ("ordered Norvane Chemical to pay $1.68 billion", "returned a $1.375 billion verdict"), a third. Read only in a sentence of
/// a verdict or an award; a sum the firm has set aside or settled for, and an earlier award ("following a $78 million award …
/// in 2024"), are not read.
/// </summary>
internal static partial class Damages
{
    /// <summary>Whether a figure is an award of damages.</summary>
    public static bool Reads(string kind) => kind == "damages";

    public static IEnumerable<Figure> In(string sentence)
    {
        if (!Award().IsMatch(sentence) || SetAside().IsMatch(sentence)) yield break;
        foreach (var number in NumberMentions.In(sentence))
        {
            if (Measures.Conversion().IsMatch(sentence.AsSpan(0, number.Start)) || Currencies.Of(sentence, number.Start, number.End) is not { } currency) continue;
            string before = sentence[Math.Max(0, number.Start - 60)..number.Start];
            // "following a $78 million award to a Missouri landscaper in 2024 and a $12 million verdict in Oregon last year".
            if (EarlierAward().IsMatch(before) || EarlierAfter().IsMatch(sentence[number.End..Math.Min(sentence.Length, number.End + 50)])) continue;
            int from = Currencies.Start(sentence, number.Start), end = Currencies.End(sentence, number.End);
            if (KindAfter().Match(sentence, end) is { Success: true } after)
                yield return new Figure("damages", $"{after.Groups["kind"].Value.ToLowerInvariant()} {currency}", number, sentence[from..(after.Index + after.Length)].Trim());
            else if (KindBefore().Match(before) is { Success: true } named)
                yield return new Figure("damages", $"{named.Groups["kind"].Value.ToLowerInvariant()} {currency}", number, (named.Value + sentence[number.Start..number.End]).Trim());
            else if (Whole().Match(before) is { Success: true } || VerdictAfter().IsMatch(sentence.AsSpan(end)))
                yield return new Figure("damages", "total " + currency, number, sentence[from..end].Trim());
        }
    }

    [GeneratedRegex(@"\b(?:damages|verdict|jury|jurors|awarded|ordered\s+to\s+pay)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Award();

    [GeneratedRegex(@"\b(?:set\s+aside|reserves?|provisions?|settle(?:d|ment)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SetAside();

    // Right before the sum: "following a", "after an", "a previous" ("after a six-week trial, … ordered to pay" is this one).
    [GeneratedRegex(@"\b(?:following|after|previous|earlier|prior|past)\s+(?:an?\s+)?(?:US\$|[$€£])?\s?$|\b(?:an?\s+)?(?:previous|earlier|prior|past)\s+(?:US\$|[$€£])?\s?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EarlierAward();

    [GeneratedRegex(@"\b(?:last\s+year|in\s+(?:19|20)\d{2}|earlier|previously)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EarlierAfter();

    // "$175 million in compensatory damages", "$1.5 billion in punitive damages".
    [GeneratedRegex(@"\G\s+(?:in|of)\s+(?<kind>punitive|compensatory)\s+damages\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KindAfter();

    // "punitive damages of", "compensatory damages totalling".
    [GeneratedRegex(@"\b(?<kind>punitive|compensatory)\s+damages\s+(?:of|totall?ing|amounting\s+to|worth)\s+(?:about|around|some|nearly|roughly)?\s*(?:US\$|[$€£])?\s?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KindBefore();

    // The whole award: "ordered Norvane Chemical to pay", "awarded a total of", "a verdict of", "damages totalling".
    [GeneratedRegex(@"(?:\bto\s+pay|\ba\s+total\s+of|\bverdict\s+of|\bdamages\s+(?:of|totall?ing))\s+(?:about|around|some|nearly|roughly|more\s+than)?\s*(?:US\$|[$€£])?\s?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Whole();

    // "a $1.375 billion verdict".
    [GeneratedRegex(@"^\s+verdict\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VerdictAfter();
}
