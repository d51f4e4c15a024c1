using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// The currency of a number: its sign or code right before it ("€3.4bn", "Rs 5 lakh", "US$700m"), or its name right after it
/// ("1.2 billion euros", "a 900-million-euro write-down"). A sum of money counts no one (<see cref="Figures"/>), and a firm's
/// sums are compared only in one currency (<see cref="Earnings"/>).
/// </summary>
internal static partial class Currencies
{
    /// <summary>The currency of the number that starts at <paramref name="start"/> and ends at <paramref name="end"/>, as a code ("EUR"), or null.</summary>
    public static string? Of(string text, int start, int end)
    {
        if (SignBefore().Match(text, 0, Digits(text, start, end)) is { Success: true } sign) return Code(sign.Groups["c"].Value);
        return NameAfter().Match(text, end) is { Success: true } name ? Code(name.Groups["c"].Value) : null;
    }

    /// <summary>Where a sum is quoted from: its currency's sign or code right before it ("$52", "US$700m"), else the number.</summary>
    public static int Start(string text, int start) => SignBefore().Match(text, 0, start) is { Success: true } sign ? sign.Index : start;

    // Where the number's digits begin: after its qualifier and sign ("nearly $1.4 billion"), which the number's span holds.
    private static int Digits(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
            if (char.IsAsciiDigit(text[i])) return i;
        return start;
    }

    /// <summary>Where a sum ends: after its currency's name, if one follows the number ("13.1 billion dollars").</summary>
    public static int End(string text, int end) => NameAfter().Match(text, end) is { Success: true } name ? name.Index + name.Length : end;

    private static string Code(string currency) => currency.ToLowerInvariant() switch
    {
        "€" or "eur" or "euro" or "euros" => "EUR",
        "$" or "usd" or "us$" or "dollar" or "dollars" or "dlrs" => "USD",
        "£" or "gbp" or "pounds" or "sterling" => "GBP",
        "¥" or "yen" => "JPY",
        "yuan" => "CNY",
        "₹" or "inr" or "rs" or "rs." or "rupees" => "INR",
        "r$" or "real" or "reais" => "BRL",
        var other => other.ToUpperInvariant(),
    };

    // "R$250 million" is in reais, not dollars.
    [GeneratedRegex(@"(?<c>US\$|R\$|(?<!\p{L})[$€£¥₹]|\b(?:USD|EUR|GBP|INR|Rs\.?|Rp|KSh|Ksh|S/\.?))\s?$", RegexOptions.CultureInvariant)]
    private static partial Regex SignBefore();

    [GeneratedRegex(@"\G-?\s*(?:(?:m|mln|bn|mn)\b\s*)?(?<c>rupees|dollars?|dlrs|euros?|pounds|sterling|yuan|yen|pesos|soles|rand|naira|shillings|kwacha|francs|reais|roubles|rubles|dirhams|riyals|rupiah|ringgit|baht|dong|won|lira|cedis|taka)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NameAfter();
}
