using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// How many districts (or provinces, counties, municipalities) an event reached: "The outbreak has reached a dozen districts",
/// "cases had been recorded across 11 districts", "The disease has spread to 12 districts". Read only after a verb of reach or
/// "across", so "Vaccination began in two districts" counts nothing.
/// </summary>
internal static partial class Reach
{
    public static IEnumerable<Figure> In(string sentence)
    {
        if (!UnitWord().IsMatch(sentence)) yield break;
        foreach (var number in NumberMentions.In(sentence))
        {
            if (number.Vague || Units().Match(sentence, number.End) is not { Success: true } units || Reached().Match(sentence[..number.Start]) is not { Success: true } reached)
                continue;
            yield return new Figure("reached", "districts", number, sentence[reached.Index..(units.Index + units.Length)].Trim());
        }
    }

    [GeneratedRegex(@"\G\s+(?:of\s+(?:the\s+)?(?:country's|province's|region's|its)\s+\w+\s+)?(?:districts|provinces|counties|municipalities)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Units();

    [GeneratedRegex(@"\b(?:districts|provinces|counties|municipalities)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitWord();

    [GeneratedRegex(@"\b(?:reached|spread\s+to|spread\s+across|across|affecting|affected|hit|(?:recorded|reported|confirmed)\s+in)\s+(?:at\s+least\s+|more\s+than\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reached();
}
