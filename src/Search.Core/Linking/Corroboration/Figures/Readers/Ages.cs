using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// A named person's age, as a report gives it beside the name: "Ales Barysenka, 53, who spent about five years behind bars",
/// "Barysenka (54)", "Jose Purizaca, a 58-year-old fisherman", "the 67-year-old journalist Ales Barysenka". An age is the
/// person's, so two ages disagree only when they are of one person. A number that is no age beside a name ("Smith, 2, 3") is
/// not read: only one to 120.
/// </summary>
internal static partial class Ages
{
    public static IEnumerable<Figure> In(string sentence, IReadOnlyList<(int Start, int End, string Name)> people)
    {
        foreach (var (start, end, name) in people)
        {
            var age = After().Match(sentence, end) is { Success: true } after ? (Match: after, From: start, To: after.Index + after.Length)
                : Before().Match(sentence, 0, start) is { Success: true } before ? (Match: before, From: before.Index, To: end)
                : default;
            if (age.Match == null) continue;
            var n = age.Match.Groups["n"];
            int years = int.Parse(n.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            if (years is < 1 or > 120) continue;
            var number = new NumberMention(years, years, years, false, n.Index, n.Index + n.Length);
            yield return new Figure("age", name, number, sentence[age.From..age.To].Trim());
        }
    }

    /// <summary>
    /// The age of an attack's unnamed attacker: "The gunman, 23, had worked as a guard", "The attacker, aged 24", "identified the
    /// attacker as a 23-year-old former security guard". The gunman, the shooter and the attacker are one person to a report.
    /// </summary>
    public static IEnumerable<Figure> OfTheAttacker(string sentence)
    {
        foreach (Match role in Attacker().Matches(sentence))
        {
            var after = After().Match(sentence, role.Index + role.Length);
            if (!after.Success) after = IdentifiedAs().Match(sentence, role.Index + role.Length);
            if (!after.Success) continue;
            var n = after.Groups["n"];
            int years = int.Parse(n.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            if (years is < 10 or > 100) continue;
            yield return new Figure("age", "the attacker", new NumberMention(years, years, years, false, n.Index, n.Index + n.Length),
                sentence[role.Index..(after.Index + after.Length)].Trim());
        }
    }

    [GeneratedRegex(@"\b(?:gunman|attacker|shooter|assailant|bomber|knifeman)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Attacker();

    // "identified the attacker as a 23-year-old former security guard".
    [GeneratedRegex(@"\G\s+as\s+an?\s+(?<n>\d{1,3})-year-old\b")]
    private static partial Regex IdentifiedAs();

    // Right after the name: ", 53," or ", 53." or ", aged 53", " (53)", ", a 58-year-old fisherman".
    [GeneratedRegex(@"\G(?:,\s+(?:aged\s+)?(?<n>\d{1,3})(?=\s*(?:[,.;]|$))|\s+\((?:aged\s+)?(?<n>\d{1,3})\)|,\s+an?\s+(?<n>\d{1,3})-year-old\b)")]
    private static partial Regex After();

    // Right before the name, with at most two words between that name the person ("the 67-year-old journalist ", "53-year-old
    // former minister "), not a verb or a word that joins another ("A 67-year-old man met ").
    [GeneratedRegex(@"\b(?<n>\d{1,3})-year-old\s+(?:(?!(?:met|said|says|told|saw|sees|is|was|has|had|and|or|with|to|of|by|for|from|as|at|in|on|who|whose|than)\b)[\p{L}'’-]+(?<!ed)\s+){0,2}$")]
    private static partial Regex Before();
}
