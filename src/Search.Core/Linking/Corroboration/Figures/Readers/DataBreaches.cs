using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// A data breach's counts: the customers whose data was taken ("the personal data of 2.4 million customers", "2,400,000
/// subscribers … were affected") and the records ("7.3 million records were exposed"). Read only in a sentence of a breach, so
/// "2.4 million customers" of a telecom's results is no count of one; nor is a sample of the data shown, nor the customers of one
/// kind of data ("Passport and driver's licence numbers belonging to 148,000 customers").
/// </summary>
internal static partial class DataBreaches
{
    public static IEnumerable<Figure> In(string sentence)
    {
        if (!Breach().IsMatch(sentence)) yield break;
        foreach (var number in NumberMentions.In(sentence))
        {
            // "a sample of 10,000 customer records" is a part shown, not the count.
            if (number.Vague || Whose().Match(sentence, number.End) is not { Success: true } whose || Sample().IsMatch(sentence.AsSpan(0, number.Start))) continue;
            bool records = whose.Groups["records"].Success;
            // Customers count only as those whose data it was: "data of 2.8 million customers", "2.4 million customers were affected".
            if (!records && !DataOf().IsMatch(sentence.AsSpan(0, number.Start)) && !Affected().IsMatch(sentence.AsSpan(whose.Index + whose.Length))) continue;
            yield return new Figure("exposed", records ? "records" : "customers", number, sentence[number.Start..(whose.Index + whose.Length)].Trim());
        }
    }

    [GeneratedRegex(@"\b(?:sample|some|part|portion)\s+of\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Sample();

    [GeneratedRegex(@"\b(?:hack(?:ers?|ed|ing)?|breach(?:es|ed)?|stolen|stole|leaked|exposed|compromised|accessed|cyberattack|intrusion)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Breach();

    [GeneratedRegex(@"\G\s+(?:(?:current\s+and\s+former|affected|of\s+its)\s+)?(?:(?<records>(?:customer\s+|personal\s+)?records)|customers|subscribers|users|clients|account\s+holders|members|policyholders|patients)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Whose();

    [GeneratedRegex(@"\b(?:data|details|information|records|accounts)\s+(?:of|on|for|belonging\s+to)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DataOf();

    [GeneratedRegex(@"^\s+(?:\w+\s+){0,3}?(?:were|was|had\s+been|have\s+been)\s+(?:affected|exposed|compromised|hit|stolen|leaked)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Affected();
}
