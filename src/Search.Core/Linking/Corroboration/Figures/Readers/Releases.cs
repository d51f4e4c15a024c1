using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// Prisoners set free in a swap, a pardon or an amnesty: "Belarus freed nine prisoners", "The 9 people freed by Belarus", "in
/// exchange for four people held in Lithuania", "16 prisoners were pardoned", and the journalists among them ("including three
/// journalists", "Two journalists were among those freed"). Read only in a sentence of prisons or captivity, so that "freed 12
/// people trapped in the rubble" stays a rescue. Each side's count is its own: the country named nearest it.
/// </summary>
internal static partial class Releases
{
    public static IEnumerable<Figure> In(string sentence)
    {
        if (!Captivity().IsMatch(sentence)) yield break;
        foreach (var mention in NumberMentions.In(sentence))
        {
            if (mention.Vague) continue;
            // "handed over five people": "over" is the verb's, not a floor.
            var number = HandedOver().IsMatch(sentence.AsSpan(0, mention.Start)) && sentence.AsSpan(mention.Start).StartsWith("over ", StringComparison.OrdinalIgnoreCase)
                ? mention with { Low = mention.Value, High = mention.Value, Floor = false, Start = mention.Start + "over ".Length }
                : mention;
            var before = sentence[..number.Start];
            string after = sentence[number.End..Math.Min(sentence.Length, number.End + 60)];
            if (Among().Match(before) is { Success: true } among && Journalists().Match(after) is { Success: true, Index: 0 } named)
                yield return new Figure("released", "journalists", number, sentence[among.Index..(number.End + named.Length)].Trim());
            else if (FreedBefore().Match(before) is { Success: true } freed && Held().Match(after) is { Success: true, Index: 0 } held)
                yield return new Figure("released", Whom(held.Groups["who"].Value), number, sentence[freed.Index..(number.End + held.Length)].Trim());
            else if (FreedAfter().Match(after) is { Success: true, Index: 0 } told)
                yield return new Figure("released", Whom(told.Groups["who"].Value), number, sentence[number.Start..(number.End + told.Length)].Trim());
        }
    }

    private static string Whom(string who) => who.StartsWith("journalist", StringComparison.OrdinalIgnoreCase) ? "journalists" : "prisoners";

    private const string Captives = @"(?:political\s+)?(?:prisoners?|detainees|inmates|captives|hostages|people|men|women|citizens|nationals|journalists?|activists|dissidents|servicemen|soldiers|POWs|Americans|Europeans|\p{Lu}\p{Ll}+ans|\p{Lu}\p{Ll}+ians)";

    [GeneratedRegex(@"\b(?:prison|prisoners?|jail(?:ed|s)?|detain(?:ed|ees?)|detention|captiv\w*|hostages?|pardon\w*|amnest\w*|swap(?:ped|s)?|exchange[ds]?|custody|convicted|sentenced|behind bars|among\s+(?:those|the)\s+(?:freed|released|pardoned))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Captivity();

    // "freed nine", "released some 16", "handed over five", "in exchange for four".
    [GeneratedRegex(@"\b(?:freed|frees|freeing|released|releases|releasing|pardoned|pardons|pardoning|handed\s+over|hands\s+over|handing\s+over|set\s+free|swapped|exchanged|returned|repatriated|amnestied|in\s+(?:exchange|return)\s+for|(?:in\s+)?a\s+swap\s+for)\s+(?:about|around|some|nearly|almost|at\s+least|more\s+than|over|another)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FreedBefore();

    // The captives right after the count: "nine prisoners", "four people held in Lithuania", "five Lithuanian citizens".
    [GeneratedRegex(@"^\s+(?:(?:of\s+)?(?:its|their|the)\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?<who>" + Captives + @")\b")]
    private static partial Regex Held();

    // "The 9 people freed by Belarus", "16 prisoners were pardoned", "Two journalists were among those freed".
    [GeneratedRegex(@"^\s+(?:\p{Lu}\p{Ll}+\s+)?(?<who>" + Captives + @")\s+(?:(?:who\s+)?(?:were|was|have\s+been|had\s+been|has\s+been|being)\s+)?(?:among\s+(?:those|the)\s+)?(?:freed|released|pardoned|handed\s+over|set\s+free|exchanged|swapped|amnestied)\b")]
    private static partial Regex FreedAfter();

    [GeneratedRegex(@"\b(?:hand(?:ed|s|ing)?)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HandedOver();

    // "including three journalists", "among them three journalists".
    [GeneratedRegex(@"\b(?:including|among\s+them|among\s+whom|of\s+whom)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Among();

    [GeneratedRegex(@"^\s+journalists?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Journalists();
}
