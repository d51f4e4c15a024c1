using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// An economy's rates as a statistics office or a ministry gives them, in percent: inflation ("Annual inflation accelerated to
/// 7.4% in September", "inflation stood at 7.9 per cent"), unemployment ("the jobless rate rose to 5.1 pct"), the economy's
/// growth ("Peru's economy grew 3.2% last year") and a budget deficit or debt as a share of output ("the budget deficit would
/// reach 5.9 percent of gross domestic product"). Only a level is read, never the change ("inflation rose 0.4 points") nor a
/// target; the rate it came from only as the earlier month's ("from 19.4% in January"). A forecast is another count than the
/// figure itself, and so is a rate of
/// another month or quarter, when the sentence names one, and a series beside the headline rate (food, core or monthly
/// inflation, youth unemployment).
/// </summary>
internal static partial class Indicators
{
    private static readonly string[] Events = ["inflation", "unemployment", "growth", "contraction", "deficit", "debt"];

    /// <summary>Whether a figure is one of these rates, or a forecast of one.</summary>
    public static bool Reads(string kind) => Events.Any(e => kind == e || kind == e + " forecast")
        || Series.Any(series => kind.StartsWith(series + " ", StringComparison.Ordinal) && Reads(kind[(series.Length + 1)..]));

    // The series besides the headline rate that are read as counts of their own: "food inflation rose to 12.9 percent" is no
    // rival to headline inflation, but is to another report's food inflation.
    private static readonly string[] Series = ["core", "food", "non-food", "monthly", "youth"];

    public static IEnumerable<Figure> In(string sentence)
    {
        if (!Named().IsMatch(sentence)) yield break;
        NumberMention? previous = null;
        Figure? stated = null; // the level the sentence gave last, whose earlier month a "from" may give
        foreach (var mention in NumberMentions.In(sentence))
        {
            // "inched up to 9.4 percent": "up to" is the verb's, not a ceiling.
            var number = MovedUp().IsMatch(sentence.AsSpan(0, mention.Start)) && sentence.AsSpan(mention.Start).StartsWith("up to ", StringComparison.OrdinalIgnoreCase)
                ? mention.Unqualified()
                : mention;
            var last = previous;
            previous = number;
            if (number.Vague || Percent().Match(sentence, number.End) is not { Success: true } percent) continue;
            if (Target().IsMatch(sentence.AsSpan(percent.Index + percent.Length)) || Measures.Conversion().IsMatch(sentence.AsSpan(0, number.Start))) continue;
            if (stated != null && EarlierMonth(sentence, stated, number, percent.Index + percent.Length) is { } earlier)
            {
                yield return earlier;
                continue;
            }
            var before = sentence[..number.Start];
            string? rate = null;
            int from = 0, named = 0;
            if (LevelOf().Match(before) is { Success: true } level)
                (rate, from, named) = (Rate(level.Groups["what"].Value), level.Index, level.Groups["what"].Index + level.Groups["what"].Length);
            else if (Grew().Match(before) is { Success: true } grew)
                (rate, from, named) = (Shrank().IsMatch(grew.Groups["how"].Value) ? "contraction" : "growth", grew.Index, grew.Index);
            // The number must be the rate's first ("reduce inflation to five pct this year from the current rate of 6.3 pct"), and
            // the rate the headline one, stated rather than aimed at.
            string? series = rate == null ? null : SeriesOf(sentence[..from]);
            if (rate == null || last != null && last.End > named || series == null && Qualified().IsMatch(sentence.AsSpan(0, from))
                || Expectations().IsMatch(sentence.AsSpan(named)) || Aim().IsMatch(sentence.AsSpan(named, number.Start - named))
                || Aimed().IsMatch(sentence.AsSpan(Math.Max(0, from - 30), from - Math.Max(0, from - 30)))) continue;
            int end = percent.Index + percent.Length;
            // A deficit or a debt is read only as a share of output: "the deficit widened by 33 pct" is no level.
            if (rate is "deficit" or "debt")
            {
                if (OfOutput().Match(sentence, end) is not { Success: true } output) continue;
                end = output.Index + output.Length;
            }
            if (series != null) rate = series + " " + rate;
            string kind = Forecast().IsMatch(sentence.AsSpan(Math.Max(0, from - 40), end - Math.Max(0, from - 40))) ? rate + " forecast" : rate;
            var figure = new Figure(kind, "percent" + Period(sentence[Math.Max(0, from - 15)..Math.Min(sentence.Length, end + 40)]), number, sentence[from..end].Trim());
            if (!kind.EndsWith(" forecast", StringComparison.Ordinal)) stated = figure;
            yield return figure;
        }
    }

    // The rate of the month before, as the sentence gives it after the level: "slowed to 18.2% in February from 19.4% in
    // January", "rose to 9.4 percent in March, up from 8.7 percent the previous month" (February's). A rate a year earlier, or
    // one whose month is not told, is not read.
    private static Figure? EarlierMonth(string sentence, Figure stated, NumberMention number, int end)
    {
        if (FromBefore().Match(sentence, stated.Number.End, number.Start - stated.Number.End) is not { Success: true }) return null;
        string period;
        if (MonthAfter().Match(sentence, end) is { Success: true } month) period = " in " + month.Groups["m"].Value.ToLowerInvariant();
        else if (PreviousMonth().Match(sentence, end) is { Success: true } && stated.Subject is { } subject
            && Array.IndexOf(NumberMentions.Months, subject.Replace("percent in ", "", StringComparison.Ordinal)) is >= 0 and var at)
            period = " in " + NumberMentions.Months[(at + 11) % 12];
        else return null;
        return new Figure(stated.Event, "percent" + period, number, sentence[number.Start..end].Trim());
    }

    [GeneratedRegex(@"\b(?:inched|ticked|edged|crept|picked|moved|went|shot|ratcheted)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MovedUp();

    // Between the level and the rate it came from: "in February from", ", up from", "compared with".
    [GeneratedRegex(@"^\s*(?:%|percent|per\s*cent|pct)?[^.;%\d]{0,40}?\b(?:(?:up|down)\s+from|from|compared\s+with|against)\s+(?:a\s+(?:revised\s+)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromBefore();

    [GeneratedRegex(@"\G\s+(?:in|for)\s+(?<m>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+(?:19|20)\d\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthAfter();

    [GeneratedRegex(@"\G\s+(?:the\s+previous\s+month|a\s+month\s+earlier|the\s+month\s+before|in\s+the\s+previous\s+month)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PreviousMonth();

    private static string Rate(string word) => word.ToLowerInvariant() switch
    {
        var w when w.StartsWith("inflation", StringComparison.Ordinal) => "inflation",
        var w when w.Contains("deficit", StringComparison.Ordinal) => "deficit",
        var w when w.Contains("debt", StringComparison.Ordinal) => "debt",
        var w when w.Contains("growth", StringComparison.Ordinal) => "growth",
        _ => "unemployment",
    };

    // The month or quarter a rate is of, as its clause names it: September's inflation is no rival to August's. The last or
    // final quarter of a year is its fourth.
    private static string Period(string clause)
    {
        if (PeriodNamed().Match(clause) is not { Success: true } period) return "";
        string named = period.Value.ToLowerInvariant();
        return " in " + (LastQuarterOfAYear().IsMatch(clause.AsSpan(period.Index)) ? "fourth quarter" : named);
    }

    [GeneratedRegex(@"^(?:final\s+quarter|last\s+quarter\s+of\s+(?:the\s+year|(?:19|20)\d\d))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LastQuarterOfAYear();

    // The series named right before the rate, as one of its own, or null: "food inflation", "month-on-month inflation".
    private static string? SeriesOf(string before) => SeriesBefore().Match(before) is { Success: true } series
        ? series.Groups["s"].Value.ToLowerInvariant() switch
        {
            "underlying" or "core" => "core",
            "month-on-month" or "monthly" => "monthly",
            var other => other,
        }
        : null;

    [GeneratedRegex(@"\b(?<s>core|underlying|food|non-food|monthly|month-on-month|youth)[\s-]+(?:(?:price|prices|consumer)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeriesBefore();

    private const string Rates = @"inflation(?:\s+rate)?|unemployment(?:\s+rate)?|jobless(?:ness)?(?:\s+rate)?|(?:economic|GDP|annual)\s+growth|(?:budget|fiscal|public|government)\s+deficit|deficit|(?:public|government|national)\s+debt";

    [GeneratedRegex(@"\b(?:" + Rates + @"|economy|GDP|gross domestic product)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Named();

    // The rate and the verb that gives its level: "inflation accelerated to", "unemployment stands at around", "a deficit of",
    // "the inflation rate was". No other number but a year, no percent sign and no clause end comes between.
    [GeneratedRegex(@"\b(?<what>" + Rates + @")\b(?:[^.;:%\d]|\b(?:19|20)\d\d\b){0,50}?(?:\b(?:rose|climbed|jumped|accelerated|quickened|edged\s+up|picked\s+up|fell|dropped|eased|slowed|declined|decelerated|edged\s+down|(?:inched|ticked|crept)\s+(?:up|down|higher|lower)|widened|narrowed|increased|decreased|slipped|rising|falling|easing|slowing)\s+to|\b(?:was|is|were|stood|stands|remained|remains|hit|reached|reach|came\s+in|held|be|averaged?)(?:\s+(?:at|to))?|\b(?:of|at|to))\s+(?:a\s+(?:record|new|fresh)\s+(?:(?:high|low)\s+of\s+)?)?(?:about|around|some|nearly|almost|roughly|an?\s+(?:annual|estimated)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LevelOf();

    // "Peru's economy grew 3.2% last year", "GDP expanded by 1.9 percent in the fourth quarter", "the economy shrank 0.4%".
    [GeneratedRegex(@"\b(?:economy|GDP|gross domestic product)\b[^.;:%\d]{0,30}?\b(?<how>grew|expanded|contracted|shrank|shrunk|grow|expand|contract|shrink)\s+(?:by\s+)?(?:about|around|some|nearly|almost|roughly|an?\s+(?:annual|estimated)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Grew();

    [GeneratedRegex(@"^(?:contracted|shrank|shrunk|contract|shrink)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shrank();

    // The percent sign or word right after the number, as wires write it ("2.1 pct" in older copy).
    [GeneratedRegex(@"\G\s*(?:%|percent\b|per\s*cent\b|pct\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Percent();

    // "5.9 percent of gross domestic product", "6.1 per cent of GDP", "7.2 pct of national output".
    [GeneratedRegex(@"\G\s+of\s+(?:the\s+country's\s+|its\s+)?(?:GDP|gross\s+domestic\s+product|(?:national|economic)\s+output|output|the\s+economy)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfOutput();

    // A target or a ceiling right after the number is no level: "the bank's 3% target".
    [GeneratedRegex(@"^[\s-]*(?:target|goal|ceiling|limit|threshold|cap)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Target();

    // Another series than the headline rate, named right before it: core, food-price or producer-price inflation, youth
    // unemployment, a monthly rate, industrial output's growth.
    [GeneratedRegex(@"\b(?:core|underlying|food|fuel|energy|producer|wholesale|services|wage|rent|housing|monthly|month-on-month|quarterly|youth|female|male|urban|rural|credit|loan|export|import|sales|trade|primary|structural|industrial|manufacturing|targeted|expected|projected)\b[\s-]+(?:(?:price|prices|consumer|annual)\s+)?(?:\p{L}+\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Qualified();

    // "inflation expectations rose to", "the inflation target of 3%": no level of the rate.
    [GeneratedRegex(@"^\s*(?:expectations?|targets?|goals?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Expectations();

    // Words between the rate and its number that make the number another one: "inflation remained within its target range of 1%".
    [GeneratedRegex(@"\b(?:target|goal|ceiling|range|limit|band|threshold|compared|against|versus)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Aim();

    // A level aimed at: "to reduce inflation to five pct", "pledged to cut the deficit to 3 percent of GDP".
    [GeneratedRegex(@"\b(?:reduce|reducing|cut|cutting|bring|bringing|lower|lowering|curb|curbing|keep|keeping|hold|holding|limit|limiting|aims?|aiming|goal|plans?|planned|pledged?|promised?|wants?|hopes?|seeks?|seeking|trim|trimming)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Aimed();

    // A forecast before the level: "raised its 2026 deficit forecast to 5.9%", "expects growth of about 3%", "would reach".
    [GeneratedRegex(@"\b(?:forecasts?|forecast(?:ing|ed)|expects?|expected|expecting|projects?|projected|projections?|predicts?|predicted|estimates?d?|outlook|seen|see|sees|will|would|could|(?-i:may)|might|should|to\s+(?:rise|fall|reach|hit|ease|slow|grow|widen|narrow))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Forecast();

    // A month is named with its capital, so that "growth may slow" names none.
    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?i:(?:first|second|third|fourth|final|last)\s+quarter)|Q[1-4])\b", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodNamed();
}
