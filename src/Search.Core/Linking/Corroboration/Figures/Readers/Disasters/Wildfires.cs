using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// A wildfire's measures: the area it has burned, in acres whatever unit the report gives ("scorched some 5,000 hectares",
/// "had grown to about 12,400 acres", "50 square kilometers"), and how far it is contained ("was 10% contained",
/// "Containment stood at 5 percent"). A hectare or a square kilometre converted to acres is held to agree with the acres a
/// report rounds it to, within a hundredth. Both grow by the hour, so they are compared between reports of one day alone
/// (<see cref="DayCounts.Growing"/>). A conversion in brackets is not read.
/// </summary>
internal static partial class Wildfires
{
    private const double AcresPerHectare = 2.471, AcresPerSquareKm = 247.1, AcresPerSquareMile = 640;

    public static IEnumerable<Figure> In(string sentence)
    {
        if (!Fire().IsMatch(sentence) || !Measured().IsMatch(sentence)) yield break;
        foreach (var number in NumberMentions.In(sentence))
        {
            if (Measures.Conversion().IsMatch(sentence.AsSpan(0, number.Start))) continue;
            string before = sentence[Math.Max(0, number.Start - 40)..number.Start];
            if (Area().Match(sentence, number.End) is { Success: true } area && Burned().IsMatch(before))
            {
                double scale = area.Groups["unit"].Value.ToLowerInvariant() switch
                {
                    var u when u.StartsWith("hect", StringComparison.Ordinal) || u == "ha" => AcresPerHectare,
                    var u when u.Contains("mile", StringComparison.Ordinal) => AcresPerSquareMile,
                    var u when u.StartsWith("acre", StringComparison.Ordinal) => 1,
                    _ => AcresPerSquareKm,
                };
                var acres = scale == 1 ? number
                    : number with { Value = number.Value * scale, Low = number.Low * scale * 0.99, High = number.High * scale * 1.01 };
                yield return new Figure("burned", "acres", acres, sentence[number.Start..(area.Index + area.Length)].Trim());
            }
            else if (Contained().Match(sentence, number.End) is { Success: true } contained)
                yield return new Figure("contained", "percent", number, sentence[number.Start..(contained.Index + contained.Length)].Trim());
            else if (Containment().Match(before) is { Success: true } containment && Figures.Percent().IsMatch(sentence.AsSpan(number.End)))
                yield return new Figure("contained", "percent", number, (containment.Value + sentence[number.Start..number.End]).Trim());
        }
    }

    [GeneratedRegex(@"\b(?:fires?|wildfires?|bushfires?|blazes?|flames)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Fire();

    // A unit of area or a word of containment, before any number is read: most sentences of a fire's story have neither.
    [GeneratedRegex(@"\b(?:acres|hectares|ha|square|sq|km2|km²|contain\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Measured();

    [GeneratedRegex(@"\G\s*(?<unit>acres|hectares|ha|square\s+kilomet(?:re|er)s|sq\.?\s*km|km2|km²|square\s+miles)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Area();

    // The verb of the area right before it: "has burned", "scorched some", "had grown to about", "exploded to", "covering".
    [GeneratedRegex(@"\b(?:burned|burnt|burning|scorched|scorching|charred|consumed|blackened|ravaged|torched|(?:grown|grew|exploded|spread|expanded|swelled)\s+to|(?:spread|spreading)\s+(?:over|across)|covering|covers|covered)\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least|an\s+estimated)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Burned();

    [GeneratedRegex(@"\G\s*(?:%|percent|per\s+cent)\s+contained\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Contained();

    [GeneratedRegex(@"\bcontainment\s+(?:(?:stood|was|is|reached|rose|grew)\s+)?(?:at|to|of)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Containment();
}
