using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// The rescuers a search or a fight against a fire or a flood took, and its helicopters and divers: "the fire department,
/// which mobilised about 150 firefighters", "More than 500 soldiers, police and rescue workers were searching the river",
/// "Nine helicopters … were deployed", "Forty divers joined the search". Read only in a sentence of a rescue, a search or a
/// fire, so that troops sent to quell unrest are not counted as rescuers; and the police sent to an attack ("Some 80 police
/// officers were sent to the mall"), a count of their own.
/// </summary>
internal static partial class Deployments
{
    public static IEnumerable<Figure> In(string sentence)
    {
        // Police sent to an attack are counted wherever they are sent; others only in a sentence of a rescue, a search or a fire.
        bool rescue = Rescue().IsMatch(sentence);
        if (!rescue && !Police().IsMatch(sentence)) yield break;
        foreach (var number in NumberMentions.In(sentence))
        {
            if (number.Vague || Measures.Conversion().IsMatch(sentence.AsSpan(0, number.Start))) continue;
            // The workforce named right after the number, perhaps after a list of others ("soldiers, police and rescue workers").
            var force = rescue ? Force().Match(sentence, number.End) : Match.Empty;
            if (!force.Success) force = PoliceForce().Match(sentence, number.End);
            if (!force.Success) continue;
            // "Three coast guard patrol boats and two helicopters": the helicopters are the next number's.
            if (NumberMentions.In(sentence[number.End..force.Groups["who"].Index]).Count > 0) continue;
            int end = force.Index + force.Length;
            bool sent = SentBefore().IsMatch(sentence.AsSpan(0, number.Start));
            if (!sent && WorkingAfter().Match(sentence, end) is { Success: true } working) end = working.Index + working.Length;
            else if (!sent) continue;
            string kind = Kind(force.Groups["who"].Value);
            if (!rescue && kind != "police") continue;
            yield return new Figure("deployed", kind, number, sentence[number.Start..end].Trim());
        }
    }

    private static string Kind(string who) => who.ToLowerInvariant() switch
    {
        var w when w.StartsWith("helicopter", StringComparison.Ordinal) => "helicopters",
        var w when w.StartsWith("diver", StringComparison.Ordinal) => "divers",
        var w when w.Contains("police", StringComparison.Ordinal) || w.Contains("officer", StringComparison.Ordinal) => "police",
        _ => "rescuers",
    };

    [GeneratedRegex(@"\b(?:rescue\w*|search\w*|firefight\w*|firemen|divers|blaze|fire|flames|flood\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rescue();

    // "mobilised about 150", "deployed more than", "sent".
    [GeneratedRegex(@"\b(?:mobili[sz]ed|mobili[sz]ing|deployed|deploying|dispatched|dispatching|sent|sending|involving)\s+(?:about|around|some|more\s+than|over|nearly|almost|at\s+least|another)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SentBefore();

    // The workforce right after the count, after at most a short list of others: "150 firefighters", "500 soldiers, police and
    // rescue workers", "1,100 search and rescue personnel".
    [GeneratedRegex(@"\G\s+(?:[\p{L}-]+,?\s+(?:and\s+)?){0,5}?(?<who>rescuers|rescue\s+(?:workers|teams|personnel|crews)|firefighters|firemen|fire\s+fighters|(?:search\s+and\s+rescue\s+|emergency\s+|relief\s+)?(?:personnel|workers)|volunteers|divers|helicopters)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Force();

    // Police right after the count, with at most three words between: "80 police officers", "120 military and civil police officers".
    [GeneratedRegex(@"\G\s+(?:[\p{L}-]+\s+){0,3}?(?<who>(?:police\s+)?officers|policemen|police)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PoliceForce();

    [GeneratedRegex(@"\b(?:police\w*|officers)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Police();

    // The work they are counted for, later in the clause: "were deployed", "have been working", "searched through the night",
    // "continued searching", "joined the search", "were taking part", "were on the lines", "were assigned to the fire".
    [GeneratedRegex(@"\G[^.;]{0,60}?\b(?:deployed|mobili[sz]ed|dispatched|sent|searching|searched|working|worked|involved|taking\s+part|took\s+part|joined|combing|combed|battling|battled|fighting|fought|tackling|helping|helped|assigned|on\s+the\s+(?:fire\s+)?lines)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WorkingAfter();
}
