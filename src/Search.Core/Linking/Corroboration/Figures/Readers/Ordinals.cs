using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// How many times something has happened this year, as an ordinal: "It is the third strike by doctors this year", "It is the
/// second walkout by doctors this year", "This is the third time doctors have gone on strike this year". Only an ordinal of the
/// year is read, and not a day or a quarter of it: "the second day of the strike" counts nothing.
/// </summary>
internal static partial class Ordinals
{
    private static readonly string[] Words = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    public static IEnumerable<Figure> In(string sentence)
    {
        foreach (Match m in ThisYear().Matches(sentence))
        {
            var word = m.Groups["o"];
            int n = Array.IndexOf(Words, word.Value.ToLowerInvariant()) + 2;
            yield return new Figure("time this year", "times", new NumberMention(n, n, n, false, word.Index, word.Index + word.Length), m.Value.Trim());
        }
    }

    // "is the third strike by doctors this year", "was the second such walkout this year", "marks the fourth time … this year".
    [GeneratedRegex(@"\b(?:is|was|marks|marked|it's)\s+(?:the|its)\s+(?<o>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:such\s+)?(?!(?:day|week|month|quarter|half|round|phase|stage|straight|consecutive)\b)[\p{L}-]+\b[^.;:]{0,60}?\bthis\s+year\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThisYear();
}
