using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// A firm's workforce: "Lyra, which employs about 2,400 people", "Lyra has around 2,600 employees", "The group, which has 2,400
/// staff", "a workforce of 2,400"; a plant's staff is a count of its own. A sentence that names several firms says no one firm's
/// workforce, and is not read.
/// </summary>
internal static partial class Workforce
{
    public static IEnumerable<Figure> In(string sentence, IReadOnlyList<string> organizations)
    {
        if (organizations.Count > 1 || !Staff().IsMatch(sentence)) yield break;
        foreach (var number in NumberMentions.In(sentence))
        {
            // A range ("16,000 to 17,000 people") or an average ("The average dealer had 17 employees") is no one firm's count.
            if (number.Vague || RangeAfter().IsMatch(sentence.AsSpan(number.End)) || Average().IsMatch(sentence.AsSpan(0, number.Start))) continue;
            string before = sentence[..number.Start];
            if (Employs().Match(before) is { Success: true } employs && People().Match(sentence, number.End) is { Success: true } people)
                yield return new Figure("employs", Whose(sentence, employs.Index, people.Index + people.Length), number, sentence[employs.Index..(people.Index + people.Length)].Trim());
            else if (Has().Match(before) is { Success: true } has && Employees().Match(sentence, number.End) is { Success: true } employees)
                yield return new Figure("employs", Whose(sentence, has.Index, employees.Index + employees.Length), number, sentence[has.Index..(employees.Index + employees.Length)].Trim());
        }
    }

    // A plant's staff is no rival to its firm's: "The site, which currently employs 1,750 people" and "Vorland employs around
    // 38,000 people".
    private static string Whose(string sentence, int verb, int end) =>
        Plant().IsMatch(sentence.AsSpan(Math.Max(0, verb - 60), Math.Min(60, verb))) || AtThePlant().IsMatch(sentence.AsSpan(end)) ? "plant staff" : "staff";

    // "73 employees at its Lexington facility".
    [GeneratedRegex(@"^\s+(?:at|in)\s+(?:its|the|a)\b[^.;:,]{0,30}?\b(?:plant|site|factory|mill|works|facility|mine|refinery)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AtThePlant();

    [GeneratedRegex(@"^\s*(?:to|-|–)\s*\d")]
    private static partial Regex RangeAfter();

    [GeneratedRegex(@"\baverage\b[^.;:]{0,40}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Average();

    [GeneratedRegex(@"\b(?:plant|site|factory|mill|works|facility|branch|store|mine|refinery|unit)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Plant();

    [GeneratedRegex(@"\b(?:employ\w*|staff|workforce|workers|employees|headcount)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Staff();

    // "employs about 2,400", "employing some", "a workforce of", "headcount of".
    [GeneratedRegex(@"\b(?:employs|employing|employed|workforce\s+of|headcount\s+of)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Employs();

    [GeneratedRegex(@"\G(?:\s+(?:people|staff|workers|employees))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex People();

    // "has around 2,600 employees", "which has 2,400 staff"; not "with 4,300 workers affected".
    [GeneratedRegex(@"\b(?:has|have|had)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Has();

    [GeneratedRegex(@"\G\s+(?:full-time\s+)?(?:employees|staff|workers)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Employees();
}
