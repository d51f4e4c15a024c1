using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// A firm's results in money: its loss or profit, its revenue, a write-down, the savings a plan is to bring, its dividend, the
/// costs of its fuel or staff, and a forecast of any of them ("swung to a net loss of 1.2 billion euros", "a 900-million-euro
/// write-down", "expects annual sales of 13 billion euros"). Each is counted in its currency, so a sum in dollars is no rival
/// to one in euros; a year-earlier figure, an analysts' estimate and the figure a forecast was cut from are not read.
/// </summary>
internal static partial class Earnings
{
    private static readonly string[] Sums = ["loss", "profit", "revenue", "write-down", "savings", "dividend", "annual"];

    /// <summary>Whether a figure's event is a sum this reader gives (with a forecast or a year after it, if any), counted per currency.</summary>
    public static bool IsSum(string kind) =>
        Sums.Any(s => kind == s || kind.StartsWith(s + " ", StringComparison.Ordinal)) || kind.EndsWith(" costs", StringComparison.Ordinal);

    public static IEnumerable<Figure> In(string sentence)
    {
        if (!Money().IsMatch(sentence)) yield break;
        foreach (var number in NumberMentions.In(sentence))
        {
            if (number.Vague || Currencies.Of(sentence, number.Start, number.End) is not { } currency) continue;
            // Where its clause begins: the words that say what the sum is are in it.
            int clause = ClauseStart(sentence, number.Start);
            string before = sentence[clause..number.Start];
            if (NotToday().IsMatch(before) || Estimate().IsMatch(before) || YearEarlier().IsMatch(sentence.AsSpan(number.End))
                || Measures.Conversion().IsMatch(sentence.AsSpan(0, number.Start))) continue;
            int textStart, textEnd;
            string what;
            if (SumOf().Match(before) is { Success: true } sum)
                (what, textStart, textEnd) = (sum.Groups["what"].Value, clause + sum.Index, number.End);
            else if (SumBefore().Match(sentence, number.End) is { Success: true } after)
                (what, textStart, textEnd) = (after.Groups["what"].Value, number.Start, after.Index + after.Length);
            else continue;
            // "Shares … lost 2 billion euros of their value" is no loss of the firm's.
            if (what.Equals("lost", StringComparison.OrdinalIgnoreCase) && MarketValue().IsMatch(sentence.AsSpan(clause))) continue;
            string kind = Kind(what);
            // "For the full year, Arventa now expects revenue of around €13.5bn": the year may be named in a clause before.
            if (kind != "savings" && Annual().IsMatch(sentence.AsSpan(0, textEnd))) kind = "annual " + kind;
            if (kind != "savings" && Forecast().IsMatch(before)) kind += " forecast";
            // "Net profit in 2024 was 870 million euros": the sum of a year its clause names is of that year, and no rival to
            // this year's.
            if (Year().Match(sentence, clause, ClauseEnd(sentence, textEnd) - clause) is { Success: true } year) kind += " " + year.Groups["y"].Value;
            yield return new Figure(kind, currency, number, sentence[textStart..textEnd].Trim());
        }
    }

    // Where the clause of a number begins: after a comma, a semicolon, a colon, a bracket or a sentence's stop, but not inside
    // a number ("1,800", "3.4").
    private static int ClauseStart(string sentence, int at)
    {
        for (int i = at - 1; i > 0; i--)
            if (sentence[i - 1] is ',' or ';' or ':' or '(' or '.' && char.IsWhiteSpace(sentence[i]) || sentence[i] == '(') return i;
        return 0;
    }

    private static int ClauseEnd(string sentence, int at)
    {
        for (int i = at; i < sentence.Length - 1; i++)
            if (sentence[i] is ',' or ';' or ':' or ')' && char.IsWhiteSpace(sentence[i + 1])) return i;
        return sentence.Length;
    }

    private static string Kind(string what) => what.ToLowerInvariant() switch
    {
        // "Fuel costs rose 8% to 3.9 billion euros", "The fuel bill rose to €4.1bn": the costs of one thing.
        var w when w.Contains(' ') && !w.StartsWith("net", StringComparison.Ordinal) => w[..w.IndexOf(' ')].Replace("labor", "labour", StringComparison.Ordinal) + " costs",
        "dividend" => "dividend",
        var w when w.Contains("loss", StringComparison.Ordinal) || w.StartsWith("los", StringComparison.Ordinal) => "loss",
        var w when w.Contains("profit", StringComparison.Ordinal) || w.StartsWith("earn", StringComparison.Ordinal) => "profit",
        "revenue" or "revenues" or "sales" or "turnover" => "revenue",
        "save" or "savings" or "synergies" => "savings",
        _ => "write-down",
    };

    [GeneratedRegex(@"\b(?:loss|losses|losing|lost|profit|earned|revenue|sales|turnover|write-?downs?|impairment|save|savings|synergies|dividend|costs?|bill|expenses)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Money();

    // The sum's words before it: "a net loss of", "revenue fell 18% to", "losing", "earned a record", "save around", "impairment
    // charge of"; not an operating or a pre-tax profit, which is another sum.
    [GeneratedRegex(@"(?:(?<!\b(?:operating|pre-?tax|gross|underlying|adjusted|core|EBIT)\s+)\b(?<what>(?:net\s+)?(?:loss|profit)|revenues?|sales|turnover|write-?down|impairment|savings|synergies|dividend|(?:fuel|staff|labou?r|energy|personnel)\s+(?:costs?|bill|expenses))\b(?!-)(?:\s+charge)?[^.;:]{0,30}?\b(?:of|to|at|was|were|totall?ed|reached)|\b(?<what>losing|lost|save|earned))\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|an?|a\s+record)\s+)?(?:US\$|[€$£¥]|EUR|USD|GBP)?\s?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SumOf();

    // The sum's words after it: "a 900-million-euro write-down", "an €850m impairment", "a 1.2 bln euro loss", "1.15 billion
    // euros ($1.25 billion) in net profit", "$750 million in annual cost savings", "$600mn of annual synergies".
    [GeneratedRegex(@"\G-?\s*(?:euros?|dollars?|pounds)?(?:[\s-]+(?:net\s+)?(?<what>write-?down|impairment|loss|profit)\b|(?:\s*\([^)]{1,40}\))?\s+in\s+(?:net\s+)?(?<what>profit|revenues?|sales)\b|(?:\s*\([^)]{1,40}\))?\s+(?:in|of)\s+(?:(?:annual|yearly|cost|pre-?tax)\s+){0,2}(?<what>savings|synergies)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SumBefore();

    // The figure it was changed from, or another's: "from 14.5 billion previously", "compared with", "down from the".
    [GeneratedRegex(@"\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?|than)\s+(?:the\s+|a\s+|an\s+)?(?:(?:net\s+)?(?:loss|profit)\s+of\s+)?(?:about\s+|around\s+)?(?:US\$|[€$£¥]|EUR|USD|GBP)?\s?$|\ba\s+year\s+(?:earlier|ago|before)\b|\blast\s+year\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotToday();

    // An estimate of others than the firm: analysts', a poll's.
    [GeneratedRegex(@"\b(?:analysts?|consensus|poll|economists?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Estimate();

    [GeneratedRegex(@"^[^.;:,]{0,40}?\b(?:a\s+year\s+(?:earlier|ago|before)|year-(?:earlier|ago)|expected\s+by|forecast\s+by|previously)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearEarlier();

    [GeneratedRegex(@"\b(?:shares?|stocks?|value|valuation|capitali[sz]ation)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarketValue();

    // "in 2024", "for 2025": the year a sum is of, not one it runs from ("savings of €600m from 2028").
    [GeneratedRegex(@"\b(?:in|for|during)\s+(?:fiscal\s+)?(?<y>(?:19|20)\d{2})\b(?!\s*%)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(?:full-year|full\s+year|annual|for\s+the\s+year|whole\s+year)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Annual();

    [GeneratedRegex(@"\b(?:expects?|expected|expecting|forecasts?|forecasting|outlook|guidance|sees|predicts?|projects?|targets?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Forecast();
}
