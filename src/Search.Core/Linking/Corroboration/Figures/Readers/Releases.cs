using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// Captives set free in a swap, a pardon, an amnesty or by kidnappers: "Belarus freed nine prisoners", "The 9 people freed by
/// Belarus", "in exchange for four people held in Lithuania", "Gunmen have freed 137 pupils", and the journalists or teachers
/// among them ("including three journalists", "freed along with four teachers"); and those still held ("15 others remain in
/// captivity"). Read only in a sentence of prisons, captivity or kidnapping, so that "freed 12 people trapped in the rubble"
/// stays a rescue. Children, teachers and journalists are counts of their own; each side of a swap is the country named
/// nearest its count.
/// </summary>
internal static partial class Releases
{
    public static IEnumerable<Figure> In(string sentence)
    {
        if (!Captivity().IsMatch(sentence)) yield break;
        // "handed over five people" is read as five by NumberMentions, "over" being the verb's.
        foreach (var number in NumberMentions.In(sentence))
        {
            if (number.Vague) continue;
            var before = sentence[..number.Start];
            string after = sentence[number.End..Math.Min(sentence.Length, number.End + 60)];
            if (Among().Match(before) is { Success: true } among && Named().Match(after) is { Success: true, Index: 0 } named)
                yield return new Figure("released", Whom(named.Groups["who"].Value), number, sentence[among.Index..(number.End + named.Length)].Trim());
            else if (StillHeld().Match(after) is { Success: true, Index: 0 } still)
                yield return new Figure("still held", "captives", number, sentence[number.Start..(number.End + still.Length)].Trim());
            else if (FreedBefore().Match(before) is { Success: true } freed && Held().Match(after) is { Success: true, Index: 0 } held)
                yield return new Figure("released", Whom(held.Groups["who"].Value), number, sentence[freed.Index..(number.End + held.Length)].Trim());
            else if (FreedAfter().Match(after) is { Success: true, Index: 0 } told)
                yield return new Figure("released", Whom(told.Groups["who"].Value), number, sentence[number.Start..(number.End + told.Length)].Trim());
        }
    }

    // Children and teachers freed from a school are counts of their own, and so are the journalists among prisoners; the rest
    // (prisoners, hostages, people, nationals) are one count of captives.
    private static string Whom(string who) => who.ToLowerInvariant() switch
    {
        var w when w.StartsWith("journalist", StringComparison.Ordinal) => "journalists",
        var w when w.StartsWith("teacher", StringComparison.Ordinal) => "teachers",
        var w when Children().IsMatch(w) => "children",
        _ => "captives",
    };

    [GeneratedRegex(@"^(?:schoolchildren|children|pupils|students|schoolgirls|schoolboys|girls|boys)$")]
    private static partial Regex Children();

    private const string Captives = @"(?:political\s+)?(?:prisoners?|detainees|inmates|captives|hostages|people|men|women|citizens|nationals|journalists?|activists|dissidents|servicemen|soldiers|POWs|Americans|Europeans|\p{Lu}\p{Ll}+ans|\p{Lu}\p{Ll}+ians|schoolchildren|children|pupils|students|schoolgirls|schoolboys|girls|boys|teachers|villagers|worshippers|passengers|travell?ers|farmers|workers)";

    [GeneratedRegex(@"\b(?:prison|prisoners?|jail(?:ed|s)?|detain(?:ed|ees?)|detention|captiv\w*|hostages?|pardon\w*|amnest\w*|swap(?:ped|s)?|exchange[ds]?|custody|convicted|sentenced|behind bars|kidnap\w*|abduct\w*|captors|ransom|among\s+(?:those|the)\s+(?:freed|released|pardoned))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Captivity();

    // "freed nine", "released some 16", "handed over five", "in exchange for four".
    [GeneratedRegex(@"\b(?:freed|frees|freeing|released|releases|releasing|pardoned|pardons|pardoning|handed\s+over|hands\s+over|handing\s+over|set\s+free|swapped|exchanged|returned|repatriated|amnestied|in\s+(?:exchange|return)\s+for|(?:in\s+)?a\s+swap\s+for)\s+(?:about|around|some|nearly|almost|at\s+least|more\s+than|over|another)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FreedBefore();

    // The captives right after the count: "nine prisoners", "four people held in Lithuania", "five Lithuanian citizens".
    [GeneratedRegex(@"^\s+(?:(?:of\s+)?(?:its|their|the)\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?<who>" + Captives + @")\b")]
    private static partial Regex Held();

    // "The 9 people freed by Belarus", "16 prisoners were pardoned", "Two journalists were among those freed", "Four teachers who were abducted with the pupils were
    // also released".
    [GeneratedRegex(@"^\s+(?:of\s+(?:its|their|the)\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?<who>" + Captives + @")\s+(?:[^.;]{0,40}?\b(?:were|was|have|had|has)\s+(?:also\s+)?(?:been\s+)?|(?:who\s+)?(?:were|was|have\s+been|had\s+been|has\s+been|being)\s+(?:also\s+)?)?(?:among\s+(?:those|the)\s+)?(?:freed|released|pardoned|handed\s+over|set\s+free|exchanged|swapped|amnestied)\b")]
    private static partial Regex FreedAfter();

    // "including three journalists", "among them three journalists", "freed along with four teachers".
    [GeneratedRegex(@"\b(?:including|among\s+them|among\s+whom|of\s+whom|along\s+with|alongside|together\s+with)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Among();

    [GeneratedRegex(@"^\s+(?:of\s+(?:its|their|the)\s+)?(?<who>journalists?|teachers?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Named();

    // "15 others remain in captivity", "12 are still being held", "15 pupils are still in the hands of the kidnappers".
    [GeneratedRegex(@"^\s+(?:(?:others|more|of\s+them)\s+|(?:\p{Lu}\p{Ll}+\s+)?" + Captives + @"\s+)?(?:remain(?:s|ed)?|are|were|is)\s+(?:still\s+)?(?:in\s+captivity|being\s+held|held\s+captive|in\s+(?:the\s+)?(?:hands|custody)\s+of)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StillHeld();
}
