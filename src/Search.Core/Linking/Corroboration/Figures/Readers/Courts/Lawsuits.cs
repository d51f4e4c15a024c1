using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// The lawsuits a firm faces: "Norvane faces more than 5,000 similar lawsuits", "faces roughly 4,000 pending cases", "Some
/// 4,000 Tillex cases are pending nationwide". Read only in a sentence that says the suits are faced or pending, and, for
/// "cases" or "claims", one of courts or litigation, so an outbreak's cases are not read. Their count changes from one filing
/// to the next, so it is compared on its day (<see cref="DayCounts"/>).
/// </summary>
internal static partial class Lawsuits
{
    public static IEnumerable<Figure> In(string sentence)
    {
        if (!Faced().IsMatch(sentence)) yield break;
        foreach (var number in NumberMentions.In(sentence))
        {
            if (Suits().Match(sentence, number.End) is not { Success: true } suits) continue;
            if (!suits.Groups["suits"].Value.StartsWith("lawsuit", StringComparison.OrdinalIgnoreCase) && !Legal().IsMatch(sentence)) continue;
            yield return new Figure("lawsuits", "pending", number, sentence[number.Start..(suits.Index + suits.Length)].Trim());
        }
    }

    [GeneratedRegex(@"\b(?:faces|facing|face|pending|outstanding)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Faced();

    // "5,000 similar lawsuits", "4,000 pending cases", "4,000 Tillex cases".
    [GeneratedRegex(@"\G\s+(?:(?:similar|pending|related|other|outstanding|\p{Lu}[\p{L}-]*)\s+){0,2}(?<suits>lawsuits|suits|cases|claims)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Suits();

    [GeneratedRegex(@"\b(?:lawsuits?|litigation|courts?|tort|plaintiffs|legal|trials?|juries|jury|verdicts?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Legal();
}
