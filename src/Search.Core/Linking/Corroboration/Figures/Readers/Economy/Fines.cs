using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// A fine a regulator or a court imposed on a firm the sentence names, in its currency ("fined Halcyon Technologies 1.8 billion
/// euros", "The Commission's €1.84 billion fine against Halcyon"), and the share of the firm's turnover it amounts to ("the fine amounted to
/// 4.1% of Halcyon's global turnover"). Fines imposed before ("It has previously been fined 2.6 billion euros"), fines a firm
/// may yet face ("daily fines of up to five percent", "up to 10% of turnover") and conversions in brackets are not read.
/// </summary>
internal static partial class Fines
{
    /// <summary>Whether a figure is a fine or its share of turnover.</summary>
    public static bool Reads(string kind) => kind is "fine" or "fine share";

    public static IEnumerable<Figure> In(string sentence)
    {
        if (!Fine().IsMatch(sentence) || Before().IsMatch(sentence)) yield break;
        foreach (var number in NumberMentions.In(sentence))
        {
            if (number.Vague || Measures.Conversion().IsMatch(sentence.AsSpan(0, number.Start))
                || Possible().IsMatch(sentence.AsSpan(Math.Max(0, number.Start - 30), Math.Min(30, number.Start) + number.QualifierEnd - number.Start))) continue;
            if (Currencies.Of(sentence, number.Start, number.End) is { } currency)
            {
                // The firm fined, as the sentence names it: two regulators' fines on one firm, or one regulator's on two firms, are
                // two counts, and a fine whose sentence names no firm is compared with none.
                if (Fined().Match(sentence[..number.Start]) is { Success: true } fined && Party(fined.Value) is { } firm)
                    yield return new Figure("fine", currency + " on " + firm, number, sentence[fined.Index..number.End].Trim());
                else if (FineAfter().Match(sentence, number.End) is { Success: true } after && Against().Match(sentence, after.Index + after.Length) is { Success: true } against)
                    yield return new Figure("fine", currency + " on " + against.Groups["firm"].Value, number, sentence[number.Start..(after.Index + after.Length)].Trim());
            }
            else if (OfTurnover().Match(sentence, number.End) is { Success: true } share)
                yield return new Figure("fine share", "percent of turnover", number, sentence[number.Start..(share.Index + share.Length)].Trim());
        }
    }

    [GeneratedRegex(@"\b(?:fined|fines?|fining|penalt(?:y|ies))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Fine();

    // A fine of another case: "has previously been fined", "two earlier fines totalling", "was fined in 2018".
    [GeneratedRegex(@"\b(?:previously|previous|earlier|prior|past|already|last)\b[^.;]{0,40}\bfine|\bfine[ds]?\b[^;]{0,40}?\b(?:previously|earlier|before|in (?:19|20)\d\d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Before();

    // A fine that may come: "up to", "daily fines of", "could face", "a ceiling of", "the maximum".
    [GeneratedRegex(@"\b(?:up\s+to|daily|per\s+day|a\s+day|could|(?-i:may)|might|risks?|faces?|facing|ceiling|maximum|cap)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Possible();

    // "fined U.S. tech group Halcyon Technologies", "fined it", "a fine of", "penalty of", "ordered to pay".
    [GeneratedRegex(@"(?:\bfined\s+(?:[^\s,;:()]+\s+){0,6}?|\bfined\s+(?:it|them|the\s+(?:company|group|firm|bank)\s+)|\b(?:fine|penalty)\s+(?:of|totall?ing|amounting\s+to|worth)\s+|\bordered\s+to\s+pay\s+)(?:about|around|some|nearly|almost|roughly|more\s+than|over)?\s*(?:US)?[$€£¥₹]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Fined();

    // The last name between "fined" and the sum: "fined U.S. tech group Halcyon Technologies 1.84 billion euros".
    private static string? Party(string fined) =>
        Name().Matches(fined).LastOrDefault(m => m.Value.Length > 2)?.Value;

    [GeneratedRegex(@"\p{Lu}[\p{L}&'’-]+(?:\s+\p{Lu}[\p{L}&'’-]+)*")]
    private static partial Regex Name();

    // "€1.84 billion fine against Halcyon Technologies", "fine on Corvane", "fine imposed on Serra Azul".
    [GeneratedRegex(@"\G\s+(?:imposed\s+)?(?:against|on)\s+(?:the\s+)?(?:[\p{Ll}.-]+\s+){0,3}?(?<firm>\p{Lu}[\p{L}&'’-]+(?:\s+\p{Lu}[\p{L}&'’-]+)*)")]
    private static partial Regex Against();

    // "€1.84 billion fine", "a 1.8-billion-euro fine", "1.8 billion euros penalty".
    [GeneratedRegex(@"\G[\s-]*(?:(?:billion|million|bn|mn|m)[\s-]*)?(?:(?:euros?|dollars?|pounds|yen|yuan|rupees)[\s-]*)?(?:antitrust\s+|competition\s+|record\s+)?(?:fine|penalty)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FineAfter();

    // "4.1% of Halcyon's global turnover", "3.9 percent of the group's worldwide turnover".
    [GeneratedRegex(@"\G\s*(?:%|percent\b|per\s*cent\b)\s+of\s+(?:(?:its|their|the\s+(?:group|company|firm)'s|\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*)*['’]s)\s+)?(?:(?:global|worldwide|annual|total|world)\s+)*(?:turnover|revenue|revenues|sales)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfTurnover();
}
