using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// The areas a state of emergency or of calamity covers: "declared a state of emergency in 14 counties", "A state of emergency
/// was declared in a dozen counties", "a state of calamity in five provinces". Counties and provinces are counts of their own.
/// An emergency that may yet be declared ("could declare", "is considering") is none.
/// </summary>
internal static partial class Emergencies
{
    public static IEnumerable<Figure> In(string sentence)
    {
        if (!Emergency().IsMatch(sentence) || Possible().IsMatch(sentence)) yield break;
        foreach (var number in NumberMentions.In(sentence))
        {
            if (Areas().Match(sentence, number.End) is not { Success: true } areas) continue;
            string noun = areas.Groups["areas"].Value.ToLowerInvariant();
            yield return new Figure("emergency", noun, number, sentence[number.Start..(areas.Index + areas.Length)].Trim());
        }
    }

    [GeneratedRegex(@"\b(?:states?\s+of\s+(?:emergency|disaster|calamity|alarm)|(?:emergency|disaster)\s+declarations?|disaster\s+areas?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Emergency();

    [GeneratedRegex(@"\b(?:could|might|would|(?-i:may)|considering|consider|weighing|plans?\s+to|threatened)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Possible();

    [GeneratedRegex(@"\G\s+(?:[\p{L}-]+\s+)?(?<areas>counties|provinces|regions|districts|states|municipalities|departments|prefectures|parishes)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Areas();
}
