using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// The prison term a sentence gives one person: "sentenced former minister Xolani Mabaso to 12 years in prison", "a 12-year
/// jail term", "jailed for a decade". The term is the person's, so it is read only when the sentence names exactly one person:
/// the co-accused of a trial are given terms of their own.
/// </summary>
internal static partial class PrisonTerms
{
    public static IEnumerable<Figure> In(string sentence, IReadOnlyList<string> people)
    {
        if (people.Count != 1) yield break;
        foreach (Match m in Term().Matches(sentence))
        {
            // Time served is no term: "who spent about five years behind bars", "had served five years of a 12-year sentence".
            if (Served().IsMatch(sentence.AsSpan(0, m.Index))) continue;
            var n = m.Groups["n"];
            double years = Years(n.Value);
            bool floor = m.Groups["q"].Success;
            var number = new NumberMention(years, years, floor ? years * 1.1 : years, false, n.Index, n.Index + n.Length);
            yield return new Figure("sentenced", people[0], number, m.Value.Trim());
        }
    }

    [GeneratedRegex(@"\b(?:spent|served|serving|after)\s+(?:(?:about|almost|nearly|more than|over|some)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Served();

    private static double Years(string words) => words.ToLowerInvariant() switch
    {
        "a decade" => 10,
        "two decades" => 20,
        var digits when double.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out double value) => value,
        var word => NumberMentions.InWordsValue(word),
    };

    // A number of years, and prison after it ("12 years in prison", "a 12-year jail term", "a decade behind bars", or "an
    // 11-year sentence", where the compound says it is a term of years) or a verb of sentencing before it ("jailed for 12
    // years", "sentenced … to 12 years").
    [GeneratedRegex(@"(?:\b(?:sentenced\b[^.;]{0,80}?\bto|jailed for|imprisoned for)\s+(?:(?<q>at least|more than)\s+)?(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|a decade|two decades)(?:[\s-]+years?)?|\b(?:(?<q>at least|more than)\s+)?(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|a decade|two decades)(?:[\s-]+years?)?\s*(?:(?:jail|prison)\s+(?:term|sentence)|(?<=-years?\s+)sentence|in (?:prison|jail)|behind bars))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Term();
}
