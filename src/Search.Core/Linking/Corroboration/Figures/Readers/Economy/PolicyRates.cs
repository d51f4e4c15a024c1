using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// A central bank's rate decision: how far it moved the rate, in basis points ("raised its base rate by 150 basis points", "by
/// 1.5 percentage points", "a 175-basis-point hike"), and where it set it ("to 8 percent"). Percentage points are read as basis
/// points, so "150 basis points" and "1.5 percentage points" agree.
/// </summary>
internal static partial class PolicyRates
{
    public static IEnumerable<Figure> In(string sentence)
    {
        if (!Rate().IsMatch(sentence)) yield break;
        foreach (var number in NumberMentions.In(sentence))
        {
            if (number.Vague) continue;
            if (Points().Match(sentence, number.End) is { Success: true } points && MovedBy().IsMatch(sentence.AsSpan(0, number.Start)))
            {
                double scale = points.Groups["basis"].Success ? 1 : 100;
                var inBasisPoints = number with { Value = number.Value * scale, Low = number.Low * scale, High = number.High * scale };
                yield return new Figure("rate moved", "basis points", inBasisPoints, sentence[number.Start..(points.Index + points.Length)].Trim());
            }
            // A rate held is another decision than a rate moved to a level: "kept its main interest rate unchanged at 4 percent" is
            // no rival to "raised its base rate … to 8 percent", though a story of one bank names the other's.
            else if (Figures.Percent().Match(sentence, number.End) is { Success: true } percent && SetTo().IsMatch(sentence.AsSpan(0, number.Start)))
                yield return new Figure(Held().IsMatch(sentence) ? "rate held" : "rate set", "percent", number, sentence[number.Start..(percent.Index + percent.Length)].Trim());
        }
    }

    [GeneratedRegex(@"\b(?:base|key|benchmark|policy|interest|repo|lending)\s+(?:interest\s+)?rates?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rate();

    [GeneratedRegex(@"\G[\s-]+(?:(?<basis>basis[\s-]+points?|bps|bp)|percentage[\s-]+points?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Points();

    // "raised its base rate by 150 basis points", "a 175-basis-point hike": the move just before its size.
    [GeneratedRegex(@"(?:\brates?\b[^.;:]{0,30}?\bby|\b(?:an?|its|the)(?:\s+\w+)?)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MovedBy();

    [GeneratedRegex(@"\b(?:unchanged|held|holds|holding|kept|keeps|steady|left|on hold)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Held();

    // "… rate by 150 basis points to", "raised the base rate to", "taking the rate to", "leaving it at".
    [GeneratedRegex(@"\brates?\b[^.;:]{0,60}?\b(?:to|at)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SetTo();
}
