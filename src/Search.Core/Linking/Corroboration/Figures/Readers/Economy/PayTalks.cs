using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// A pay dispute's two figures, in percent: the rise offered ("The government has offered a 10% increase", "a government offer
/// of 10%", "has offered 12 per cent") and the rise demanded ("demand a 40% pay rise", "its demand of 40 percent"). Read only
/// in a sentence of pay.
/// </summary>
internal static partial class PayTalks
{
    public static IEnumerable<Figure> In(string sentence)
    {
        if (!Pay().IsMatch(sentence)) yield break;
        foreach (var number in NumberMentions.In(sentence))
        {
            if (number.Vague || !Figures.Percent().IsMatch(sentence, number.End)) continue;
            string before = sentence[..number.QualifierEnd];
            // Quoted with its sign or word: "demanding a 15%", not "demanding a 15" (a QA pass).
            int end = Figures.Percent().Match(sentence, number.End) is { Success: true } sign ? sign.Index + sign.Length : number.End;
            if (Offered().Match(before) is { Success: true } offered)
                yield return new Figure("pay offer", "percent", number, sentence[offered.Index..end].Trim());
            else if (Demanded().Match(before) is { Success: true } demanded)
                yield return new Figure("pay demand", "percent", number, sentence[demanded.Index..end].Trim());
        }
    }

    [GeneratedRegex(@"\b(?:pay|wages?|salar(?:y|ies)|raise|rise|increase|hike)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pay();

    // "offered a", "has offered", "an offer of a", "proposed a".
    [GeneratedRegex(@"\b(?:offer(?:ed|ing|s)?|offer\s+of|proposed|proposal\s+of)\s+(?:(?:a|an|only|just)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Offered();

    // "demand a", "demanding a", "its demand of", "want a", "seeking a", "calling for a".
    [GeneratedRegex(@"\b(?:demand(?:ed|ing|s)?|demand\s+of|want(?:s|ed)?|seek(?:s|ing)?|calling\s+for|call\s+for|asking\s+for)\s+(?:(?:a|an)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Demanded();
}
