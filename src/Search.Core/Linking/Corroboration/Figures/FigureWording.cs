using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>The wording around a count that <see cref="Figures"/> reads: what cuts a count off, what makes it a part, a sum or a toll.</summary>
internal static partial class Figures
{
    // "some of whom were injured" and "four tourists were among the dead": the event word is the whole. "17 of them had been
    // recaptured" is a count of the subject before it.
    [GeneratedRegex(@"\b(?:some|many|most|several|few|none|all|each) of\b|\bamong\s+(?:the|those)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartOf();

    [GeneratedRegex(@"^\s+of\s+(?:the|those)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfTheWhole();

    [GeneratedRegex(@"^\s+others\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Others();

    // "nine more patients died": a count added to one given before, not a count of its own.
    [GeneratedRegex(@"^\s+more\b(?!\s+than)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex More();

    // "the number of people admitted to hospital has risen to": what is counted, between "number of" and the verb.
    [GeneratedRegex(@"\bnumber of\s+(?<what>[^.;:]{1,160}?)\s+(?:(?:has|had|have)\s+)?(?:risen|rose|climbed|increased|jumped|grown|reached|stood|stands|went up)\s+(?:to|at)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountOf();

    [GeneratedRegex(@"^[^.;:,]{0,40}?\b(?:who|that|which)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeClause();

    // A sum of money counts no one: a currency's sign or code before it, or its name after it.
    [GeneratedRegex(@"(?:[$€£¥₹]|\b(?:USD|EUR|GBP|INR|Rs\.?|Rp|KSh|Ksh|S/\.?)\s?)$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyBefore();

    [GeneratedRegex(@"^\s*(?:(?:m|mln|bn|mn)\b\s*)?(?:rupees|dollars|dlrs|euros|pounds|sterling|yuan|yen|pesos|soles|rand|naira|shillings|kwacha|francs|reais|roubles|rubles|dirhams|riyals|rupiah|ringgit|baht|dong|won|lira|cedis|taka)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyAfter();

    [GeneratedRegex(@"^-\p{L}")]
    private static partial Regex AdjectiveAfter();

    // A span of time and a quake's magnitude count nothing: "three months ago", "two weeks after", "a magnitude 4.9 tremor".
    [GeneratedRegex(@"^\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Span();

    [GeneratedRegex(@"\bmagnitude(?:\s+of)?\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Magnitude();

    // Between a part and its whole: " of his ", " of the ", " of Mabaso's ".
    [GeneratedRegex(@"^\s+of\s+(?:the|his|her|their|its|\p{Lu}\p{L}*['’]s)\s+$")]
    private static partial Regex WholeAfter();

    [GeneratedRegex(@"\b(?:including|among them|among whom|of whom|of them)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Including();

    // The toll just before its number, within the clause: "the death toll rose to", "put the death toll at", "the number of
    // people confirmed dead … has risen to", "the death toll from Tuesday's collapse of an illegal mining pit at Akyempim in
    // the Wassa Amenfi East Municipality has risen to".
    [GeneratedRegex(@"\b(?:death toll|toll of the dead|number of (?:\w+ ){0,3}(?:dead|killed|deaths))\b[^.;:]{0,160}?\b(?:to|at|reached|hit|passed|of)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Toll();

    // A rate just before its share, within the clause: "Turnout stood at", "turnout was put at", "a turnout of", "a case fatality
    // rate of", "the fatality rate had risen to".
    [GeneratedRegex(@"\b(?<what>turnout|(?:case\s+)?fatality rate|death rate|mortality rate)\b[^.;:]{0,40}?\b(?:at|was|of|to|reached|hit)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rate();

    [GeneratedRegex(@"^\s*(?:%|percent\b|per cent\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Percent();

    // The ransom just before its sum, within the clause: "demanding $5 million", "a ransom of $8 million", "a ransom demand of".
    [GeneratedRegex(@"\b(?:ransom(?: demand)?(?: of| worth| totalling)?|demand(?:ed|ing|s)?(?: a ransom of| a)?)\s+(?:US)?\$?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ransom();
}
