using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// A number that no figure reader reads, with the words right after it that say what it counts: "1,300 members",
/// "13,000 resident doctors", "9.8 million cubic metres". <see cref="Things"/> are those words' keys, less units that
/// say nothing of what is counted (percent, currencies, spans of time).
/// </summary>
internal sealed record Tally(NumberMention Number, IReadOnlySet<string> Things, string Counted, string Text)
{
    /// <summary>The word the number stands after ("has", "held", "to"), lower-cased: it says what the number is in its sentence.</summary>
    public string Governor { get; init; } = "";

    /// <summary>
    /// Whether another sentence's tally may count the same thing: it counts a thing of the same words, and stands after the same
    /// word. "holding more than 15,000 inmates" (the country's) and "holds over 3,000 inmates" (one prison's) share both, but
    /// "build four floors" and "three additional floors", or "a 7-2 vote" and "by seven votes", do not.
    /// </summary>
    public bool Rivals(Tally other) => Governor.Length > 0 && Governor == other.Governor && Things.Overlaps(other.Things);
}

/// <summary>
/// Finds a sentence's tallies. The curated readers (<see cref="Figures"/>) know what an event's count means; a tally only
/// knows its words, so it is compared only between two sentences alike beside their numbers (<see cref="FactMatcher"/>).
/// </summary>
internal static partial class Tallies
{
    private const int MostWords = 3;

    /// <summary>Words of a tally that say in what unit, not what, it counts: two sums in euros may be any two sums.</summary>
    public static readonly string[] Units =
    [
        "percent", "cent", "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
        "second", "seconds", "time", "times", "euro", "euros", "dollar", "dollars", "pound", "pounds", "sterling", "yuan", "yen",
        "rupee", "rupees", "naira", "shilling", "shillings", "peso", "pesos", "franc", "francs", "cedi", "cedis", "rand", "lira",
        "ruble", "rubles", "rouble", "roubles", "reais", "real", "kronor", "krona", "kroner", "zloty", "zlotys", "forints", "lei",
        "million", "billion", "thousand", "hundred", "dozen",
    ];

    // Words that end what a number counts: "1,300 members at Albion", "12,000 junior doctors in Kenya".
    private static readonly HashSet<string> Ends = new(SceneWords.Function.Concat(
    [
        "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "by", "and", "or", "as", "that", "this", "these", "those",
        "it", "they", "their", "them", "into", "per", "while", "but", "if", "not", "no", "nor", "across", "among", "including",
        "each", "every", "were", "are", "was", "is",
    ]), StringComparer.OrdinalIgnoreCase);

    /// <summary>Each number of <paramref name="sentence"/> outside its figures, with where the words of what it counts end.</summary>
    public static IEnumerable<(NumberMention Number, int From, int To, bool Percent, string Governor)> In(string sentence, IReadOnlyList<NumberMention> numbers, IReadOnlyList<Figure> figures)
    {
        foreach (var number in numbers)
        {
            // "a" and "one" count nothing two reports could differ on, a vague amount is no figure, and a number read as a
            // figure is compared as one.
            if (number.Vague || number.Value < 2 || figures.Any(f => f.Number.Start < number.End && number.Start < f.Number.End)) continue;
            // A sum is compared by its own readers, in its currency; a number in brackets converts the one before it ("200 metres
            // (656 feet)", "2:30 p.m. (1730 GMT)"), rounded as each report pleases.
            if (Currencies.Of(sentence, number.Start, number.End) != null || InBrackets().IsMatch(sentence.AsSpan(0, number.Start))) continue;
            if (GovernorBefore().Match(sentence[..number.Start]) is not { Success: true } governor) continue;
            int at = number.End;
            bool percent = false;
            if (Figures.Percent().Match(sentence, at) is { Success: true } sign) (at, percent) = (sign.Index + sign.Length, true);
            // A number in a compound adjective counts nothing ("a seven-storey building", "a 10-year sentence").
            if (at == number.End && at < sentence.Length && sentence[at] == '-') continue;
            // A share of a group counts the group: "92 percent of resident doctors had stayed away".
            if (percent && OfTheGroup().Match(sentence, at) is { Success: true } of) at = of.Index + of.Length;
            int from = at, to = at;
            for (int words = 0; words < MostWords && Word().Match(sentence, to) is { Success: true } word && !Ends.Contains(word.Groups[1].Value); words++)
                to = word.Index + word.Length;
            if (to > from) yield return (number, from, to, percent, governor.Groups[1].Value.ToLowerInvariant());
        }
    }

    // The word before a number, past an article or a currency's sign: "has 1,300", "held 9.8 million", "to a dozen".
    [GeneratedRegex(@"(?<![\p{L}'’-])(\p{L}[\p{L}'’-]*)[\s$€£¥]+(?:(?:a|an|the)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex GovernorBefore();

    [GeneratedRegex(@"\(\s*[$€£¥]?$")]
    private static partial Regex InBrackets();

    [GeneratedRegex(@"\G\s+of(?:\s+the)?(?=\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfTheGroup();

    [GeneratedRegex(@"\G\s+(\p{L}[\p{L}'’-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
