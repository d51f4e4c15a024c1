using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// A central bank's foreign currency reserves: "The bank, which has $48.6 billion in foreign currency reserves", "reserves stood
/// at 48,600 million dollars". Money counts no one, so reserves are read only beside their own word.
/// </summary>
internal static partial class Reserves
{
    public static IEnumerable<Figure> In(string sentence)
    {
        if (sentence.IndexOf("reserves", StringComparison.OrdinalIgnoreCase) < 0) yield break;
        foreach (var number in NumberMentions.In(sentence))
        {
            if (number.Vague) continue;
            if (InReserves().Match(sentence, number.End) is { Success: true } after)
                yield return new Figure("reserves", "money", number, sentence[number.Start..(after.Index + after.Length)].Trim());
            else if (ReservesOf().Match(sentence[..number.Start]) is { Success: true } before)
                yield return new Figure("reserves", "money", number, sentence[before.Index..number.End].Trim());
        }
    }

    // "$48.6 billion in foreign currency reserves", "46 billion dollars in reserves".
    [GeneratedRegex(@"\G\s*(?:dollars|euros|usd|eur)?\s+(?:in|of)\s+(?:foreign\s+(?:currency|exchange)\s+|forex\s+|international\s+)?reserves\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InReserves();

    // "foreign currency reserves stood at", "reserves of".
    [GeneratedRegex(@"\breserves\b[^.;:]{0,40}?\b(?:stood at|were|of|at|to|totall?ed|fell to|rose to)\s+(?:US)?[$€]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReservesOf();
}
