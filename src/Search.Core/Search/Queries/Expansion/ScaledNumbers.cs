using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Core.Search;

/// <summary>
/// A large number written three ways: "3.1 million" (two words), "3,100,000" or "3100000", and "3.1m", "3.1mn" or "3.1mln" (one
/// word each), as "$14.2bn" and "14.2 billion" are one sum. The index keeps each as written; <see cref="NumberWritings"/> asks
/// for every writing.
/// </summary>
internal static partial class ScaledNumbers
{
    private static readonly (string Word, decimal Value, string[] Suffixes)[] Scales =
    [
        ("million", 1_000_000m, ["m", "mn", "mln"]),
        ("billion", 1_000_000_000m, ["bn", "b", "bln"]),
        ("trillion", 1_000_000_000_000m, ["tn", "trn"]),
    ];

    /// <summary>Whether a word is a scale ("million", "billion", "trillion").</summary>
    public static bool IsScale(string word) => Scales.Any(s => s.Word == word);

    /// <summary>
    /// The one-word writings of a number and its scale ("3.1" and "million": "3,100,000", "3100000", "3.1m", "3.1mn", "3.1mln"),
    /// or none when the number is none ("three" is a word, read by the synonyms).
    /// </summary>
    public static List<string> WordsOf(string number, string scale)
    {
        var found = Scales.FirstOrDefault(s => s.Word == scale);
        if (found.Word == null || !TryNumber(number, out decimal value)) return [];
        // At most three decimals of a million or more: a whole number.
        decimal whole = value * found.Value;
        return [whole.ToString("#,0", CultureInfo.InvariantCulture), whole.ToString("0", CultureInfo.InvariantCulture), .. found.Suffixes.Select(s => number + s)];
    }

    /// <summary>
    /// A one-word writing of a large number ("3,100,000", "3100000", "14.2bn") as its number and scale ("3.1", "million"), with
    /// its other one-word writings; null for any other word, and for a number of a million or more that no scale writes in three
    /// decimals ("3,141,593").
    /// </summary>
    public static (string Number, string Scale, List<string> Others)? Apart(string word)
    {
        if (Suffixed().Match(word) is { Success: true } suffixed)
        {
            var scale = Scales.First(s => s.Suffixes.Contains(suffixed.Groups[2].Value));
            return (suffixed.Groups[1].Value, scale.Word, WordsOf(suffixed.Groups[1].Value, scale.Word).Where(w => w != word).ToList());
        }
        if (!Whole().IsMatch(word) || word[0] == '0' || !decimal.TryParse(word.Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out decimal value))
            return null;
        foreach (var (scaleWord, scaleValue, _) in Scales.Reverse())
        {
            if (value < scaleValue) continue;
            decimal scaled = value / scaleValue;
            if (decimal.Round(scaled, 3) != scaled) return null;
            string number = scaled.ToString("0.###", CultureInfo.InvariantCulture);
            return (number, scaleWord, WordsOf(number, scaleWord).Where(w => w != word).ToList());
        }
        return null;
    }

    private static bool TryNumber(string text, out decimal value)
    {
        value = 0;
        return Decimal().IsMatch(text) && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex(@"^([1-9]\d{0,2}(?:\.\d{1,3})?)(m|mn|mln|bn|b|bln|tn|trn)$", RegexOptions.CultureInvariant)]
    private static partial Regex Suffixed();

    [GeneratedRegex(@"^(?:\d{1,3}(?:,\d{3})+|\d{7,})$", RegexOptions.CultureInvariant)]
    private static partial Regex Whole();

    [GeneratedRegex(@"^[1-9]\d{0,2}(?:\.\d{1,3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Decimal();
}
