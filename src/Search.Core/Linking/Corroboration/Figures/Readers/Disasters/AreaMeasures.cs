using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// The areas a measure covers, each measure a count of its own: a state of emergency or of calamity ("declared a state of
/// emergency in 14 counties"), schools closed ("Schools were closed in seven regions", "closed schools in six of the country's
/// 12 regions"), water rationing ("Fourteen cities have introduced water rationing") and a curfew ("a curfew in three
/// districts"). Counties, regions and cities are counts of their own; a count of all the country's regions ("of its 12
/// regions") is none. A measure that may yet be taken ("could declare", "is considering") is none.
/// </summary>
internal static partial class AreaMeasures
{
    private static readonly (string Event, Regex Words)[] Measures =
    [
        ("emergency", Emergency()),
        ("schools closed", SchoolsClosed()),
        ("rationing", Rationing()),
        ("curfew", Curfew()),
    ];

    /// <summary>Whether an event is a measure this reader counts areas of.</summary>
    public static bool Reads(string @event) => Measures.Any(m => m.Event == @event);

    public static IEnumerable<Figure> In(string sentence)
    {
        var found = Measures.SelectMany(m => m.Words.Matches(sentence).Select(w => (m.Event, w.Index))).ToList();
        if (found.Count == 0 || Possible().IsMatch(sentence)) yield break;
        foreach (var number in NumberMentions.In(sentence))
        {
            if (Areas().Match(sentence, number.End) is not { Success: true } areas || AllOf().IsMatch(sentence.AsSpan(0, number.Start))) continue;
            // "Schools were closed in seven regions and a curfew imposed in two districts": each count is of the measure named last
            // before it, or else first after it ("Fourteen cities have introduced water rationing").
            var before = found.Where(m => m.Index < number.Start).ToList();
            string measure = before.Count > 0 ? before.MaxBy(m => m.Index).Event : found.MinBy(m => m.Index).Event;
            string noun = areas.Groups["areas"].Value.ToLowerInvariant();
            yield return new Figure(measure, noun, number, sentence[number.Start..(areas.Index + areas.Length)].Trim());
        }
    }

    [GeneratedRegex(@"\b(?:states?\s+of\s+(?:emergency|disaster|calamity|alarm)|(?:emergency|disaster)\s+declarations?|disaster\s+areas?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Emergency();

    // "Schools were closed", "closed schools", "Classes remain suspended", "suspended classes in schools".
    [GeneratedRegex(@"\b(?:schools?|classes)\b[^.;:]{0,40}?\b(?:closed|shut|suspended|cancell?ed)\b|\b(?:clos(?:ed|ing)|shut|suspend(?:ed|ing)|cancell?(?:ed|ing))\s+(?:\w+\s+){0,2}(?:schools?|classes)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SchoolsClosed();

    [GeneratedRegex(@"\b(?:rationing|rationed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rationing();

    [GeneratedRegex(@"\bcurfews?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Curfew();

    [GeneratedRegex(@"\b(?:could|might|would|(?-i:may)|considering|consider|weighing|plans?\s+to|threatened)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Possible();

    // "in 14 counties", "in six of the country's 12 regions", "in 14 Kenyan counties".
    [GeneratedRegex(@"\G\s+(?:of\s+(?:the\s+)?(?:country|nation|state|province|its|their)(?:['’]s)?\s+[\w,]+\s+)?(?:[\p{L}-]+\s+)?(?<areas>counties|provinces|regions|districts|states|municipalities|departments|prefectures|parishes|cities|towns)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Areas();

    // The count of all the areas there are: "six of the country's 12 regions".
    [GeneratedRegex(@"\bof\s+(?:the\s+)?(?:(?:country|nation|state|province)['’]s|its|their)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AllOf();
}
