using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// Reads the figures of a sentence: each number followed, before the next number, by an event word
/// ("13 police officers were killed"), or right after an event verb ("police killed dozens of people"); a later
/// number with no subject of its own counts the same subject as the one before it ("13 police were killed and
/// another 353 wounded").
/// </summary>
internal static partial class Figures
{
    private const int Window = 90;

    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create(",.;:");

    public static List<Figure> In(string sentence)
    {
        // A number in a compound adjective counts nothing ("a seven-storey building", "a 10-year-old boy"), nor does a span of
        // time ("three months ago") or a magnitude ("a magnitude 4.9 tremor"); and none must cut the toll after it from its
        // words: "the death toll from the collapse of a seven-storey building has risen to 19". Nor does a part of the count
        // before it: "Seven people, including three children, were killed" counts seven.
        var numbers = NumberMentions.In(sentence)
            .Where(n => !AdjectiveAfter().IsMatch(sentence.AsSpan(n.End)) && !Including().IsMatch(sentence.AsSpan(0, n.Start))
                && !Span().IsMatch(sentence.AsSpan(n.End)) && !Magnitude().IsMatch(sentence.AsSpan(0, n.Start))
                && !Measures.Conversion().IsMatch(sentence.AsSpan(0, n.Start)) && !More().IsMatch(sentence.AsSpan(n.End))
                && !Kilograms().IsMatch(sentence.AsSpan(n.End))).ToList();
        // "Four of his five co-accused were convicted": four is the count, and the five its whole, which counts nothing; the
        // words after the whole are the part's.
        Dictionary<NumberMention, NumberMention>? wholes = null; // few sentences have one
        for (int i = numbers.Count - 1; i > 0; i--)
            if (WholeAfter().IsMatch(sentence.AsSpan(numbers[i - 1].End, numbers[i].Start - numbers[i - 1].End)))
            {
                (wholes ??= [])[numbers[i - 1]] = numbers[i];
                numbers.RemoveAt(i);
            }
        var figures = new List<Figure>();
        string? subject = null;
        for (int i = 0; i < numbers.Count; i++)
        {
            // A person's age counts no one ("The shooter, 23, had been arrested"), though it ends the count before it.
            if (AgeBefore().IsMatch(sentence.AsSpan(0, numbers[i].Start)) && AgeAfter().IsMatch(sentence.AsSpan(numbers[i].End))) continue;
            NumberMention? whole = wholes != null && wholes.TryGetValue(numbers[i], out var all) ? all : null;
            int from = whole?.End ?? numbers[i].End;
            int end = Math.Min(i + 1 < numbers.Count ? numbers[i + 1].Start : sentence.Length, from + Window);
            string after = sentence[from..end];
            // "authorities killed dozens of people": the verb just before the number says what it counts, and a subject after it
            // names the victims. This comes first, since in "killed 13 and injured 353" the word after 13 belongs to 353.
            string before = sentence[(i > 0 ? numbers[i - 1].End : 0)..numbers[i].Start];
            if (Toll().Match(before) is { Success: true } toll)
            {
                // "the death toll rose to 17", "put the death toll at 22": the dead, whoever they were.
                int tollAt = toll.Index + (i > 0 ? numbers[i - 1].End : 0);
                figures.Add(new Figure("killed", "people", numbers[i], sentence[tollAt..numbers[i].End].Trim()));
                continue;
            }
            // "The number of people admitted to hospital has risen to 104": the count and its words before it.
            if (CountOf().Match(before) is { Success: true } count && First(Events, count.Groups["what"].Value) is { } kind)
            {
                int countAt = count.Index + (i > 0 ? numbers[i - 1].End : 0);
                var whose = First(Subjects, count.Groups["what"].Value);
                figures.Add(new Figure(kind.Name, whose?.Name ?? Implied(kind.Name), numbers[i], sentence[countAt..numbers[i].End].Trim()));
                continue;
            }
            // "Turnout stood at 61.4 percent", "a turnout of 62.7%": the share of voters who voted; "a case fatality rate of 1.8%":
            // the share of the sick who died.
            if (Rate().Match(before) is { Success: true } rate && Percent().IsMatch(sentence.AsSpan(numbers[i].End)))
            {
                int rateAt = rate.Index + (i > 0 ? numbers[i - 1].End : 0);
                bool turnout = rate.Groups["what"].Value.Equals("turnout", StringComparison.OrdinalIgnoreCase);
                figures.Add(new Figure(turnout ? "turnout" : "fatality rate", turnout ? "voters" : "cases", numbers[i], sentence[rateAt..numbers[i].End].Trim()));
                continue;
            }
            if (Measures.Estimate().Match(before) is { Success: true } estimate && First(Subjects, after) is { At: < 3 } unit)
            {
                int estimateAt = estimate.Index + (i > 0 ? numbers[i - 1].End : 0);
                figures.Add(new Figure("spilled", unit.Name, numbers[i], sentence[estimateAt..(from + unit.End)].Trim()));
                continue;
            }
            // "demanding $5 million in bitcoin", "a ransom of $8 million": the sum asked, whoever asks it.
            if (Ransom().Match(before) is { Success: true } asked
                && (asked.Value.Contains("ransom", StringComparison.OrdinalIgnoreCase) || Currencies.Of(sentence, numbers[i].Start, numbers[i].End) != null))
            {
                int askedAt = asked.Index + (i > 0 ? numbers[i - 1].End : 0);
                figures.Add(new Figure("asked", "ransom", numbers[i], sentence[askedAt..numbers[i].End].Trim()));
                continue;
            }
            // A sum of money counts no one: "500,000 rupees ($5,500) for the family of each person killed" is no toll.
            if (Currencies.Of(sentence, numbers[i].Start, numbers[i].End) != null) continue;
            // Nor does a share of a group: "92 percent of resident doctors had joined the strike"; nor a share price's close ("closed
            // 20.2% higher", "closed at SKr101").
            if (ShareOf().IsMatch(sentence.AsSpan(numbers[i].End)) || PriceClosed().IsMatch(before) && (Percent().IsMatch(sentence, numbers[i].End) || before.TrimEnd().EndsWith("at", StringComparison.OrdinalIgnoreCase))) continue;
            // "confirmed 112 structures destroyed": the count's own event right after it, not the confirmed cases of an outbreak.
            if (VerbBeforeNumber(before) is { } verb && !(verb.Event == "cases" && ConfirmedBefore().IsMatch(before)
                && First(Events, after) is { Name: not "cases" } itsOwn && after.AsSpan(0, itsOwn.At).IndexOfAny(ClauseEnds) < 0 && !after[..itsOwn.At].Contains(" and ", StringComparison.Ordinal)))
            {
                // The victims are named in the verb's clause: in "arrested 24 at the depot, Dhaka Metropolitan Police said" the police
                // are who said it.
                var victims = First(Subjects, after) is { } named && (First(Events, after) is not { } next || named.At < next.At)
                    && after.AsSpan(0, named.At).IndexOfAny(ClauseEnds) < 0 ? named : default((string Name, int At, int End)?);
                // "killed 29 pilgrims and injured about 50 others": the others are of the subject before.
                if (victims == null && subject != null && Others().Match(after) is { Success: true } others) victims = (subject, 0, others.Length);
                // "killed at least 11 people and injured at least 120": the verb joined to the count before counts its subject.
                if (victims == null && subject != null && i > 0 && JoinedToTheCountBefore().IsMatch(before)) victims = (subject, 0, 0);
                if (victims != null) subject = victims.Value.Name;
                int verbAt = verb.At + (i > 0 ? numbers[i - 1].End : 0);
                int textEnd = from + (victims?.End ?? 0);
                // "Laboratory tests have confirmed 340 of the cases": the confirmed cases.
                string? whose = victims?.Name ?? (verb.Event == "cases" && sentence.AsSpan(verbAt).StartsWith("confirm", StringComparison.OrdinalIgnoreCase) ? "confirmed" : null);
                figures.Add(new Figure(verb.Event, whose, numbers[i], sentence[verbAt..textEnd].Trim()));
                continue;
            }
            // "The 155 students abducted by 15 gunmen were freed": a number after "by" counts who did it, not whom the event after befell.
            if (Agent().IsMatch(before)) continue;
            var what = First(Events, after);
            // "the 41 inmates who escaped on Sunday have been recaptured": the relative clause tells which ones are counted, the
            // verb after it what they are counted for.
            var told = what;
            if (what != null && RelativeClause().Match(after) is { Success: true } clause && clause.Index + clause.Length <= what.Value.At
                && First(Events, after[what.Value.End..]) is { } main)
                what = (main.Name, main.At + what.Value.End, main.End + what.Value.End);
            var whom = First(Subjects, after);
            // A subject named after the event word is the agent of the next clause ("killed by security forces"), not what was counted.
            // One word may be both ("126 survivors").
            string? own = whom != null && (what == null || whom.Value.At <= what.Value.At) ? whom.Value.Name : null;
            if (own != null) subject = own;
            if (what == null) continue;
            // "At least six of the survivors have lost their eyesight", "eight of the injured are in critical condition": a part of
            // the whole the event word names, counted for the event after it, if any.
            bool ofTheWhole = OfTheWhole().IsMatch(after[..what.Value.At]);
            if (ofTheWhole)
            {
                if (First(Events, after[what.Value.End..]) is not { } next) continue;
                what = (next.Name, next.At + what.Value.End, next.End + what.Value.End);
            }
            // "groups of six people, some of whom were injured": the number counts something else than the event's victims.
            if (PartOf().Match(after[..what.Value.At]) is { Success: true } part)
            {
                // "Eleven children were among the dead": a count of its own, of those named among the dead.
                if (what.Value.Name == "killed" && own != null && part.Value.StartsWith("among", StringComparison.OrdinalIgnoreCase))
                    figures.Add(new Figure("among the dead", own, numbers[i], sentence[numbers[i].Start..Math.Min(end, from + what.Value.End)].Trim()));
                continue;
            }
            // "Five of the wounded were in critical condition": people, as "four of them" after "14 people were injured" is, whoever
            // the sentence named before ("The dead included five children, and 12 of the wounded were in critical condition").
            string? counted = ofTheWhole && InjuredWhole().IsMatch(after) ? "people" : own ?? (whom == null ? subject : null);
            figures.Add(new Figure(what.Value.Name, counted ?? Implied(what.Value.Name), numbers[i], sentence[numbers[i].Start..Math.Min(end, from + what.Value.End)].Trim()));
            // "Twenty-nine of the 41 inmates who escaped": the whole is a count of its clause's event.
            if (whole != null && told != what)
                figures.Add(new Figure(told!.Value.Name, counted ?? Implied(told.Value.Name), whole, sentence[whole.Start..(from + told.Value.End)].Trim()));
        }
        // "Including the gunman, eight people died": a toll of its own beside the victims'.
        bool withAttacker = WithTheAttacker().IsMatch(sentence);
        // "A man … was found dead in a car, and two people died after falling from roofs": deaths told one by one are parts of
        // the toll, not rivals to it; and "a further 60 flights were canceled" is what was added.
        bool oneByOne = OneDeath().IsMatch(sentence);
        return Measures.Fitted(figures).ConvertAll(Aboard).ConvertAll(Crowd)
            .Where(f => !(oneByOne && f.Event == "killed") && !Added().IsMatch(sentence.AsSpan(0, f.Number.Start)))
            .Select(f => withAttacker && f is { Event: "killed", Subject: "people" or null } ? f with { Subject = "people with the attacker" } : f).ToList();
    }

    // Those on board are counted as the sentence names them: "174 passengers and six crew members" are no rival to "180 people on
    // board", nor "12 crew" to "175 people".
    private static Figure Aboard(Figure figure) => figure.Event != "on board" ? figure
        : figure.Text.Contains("crew", StringComparison.OrdinalIgnoreCase) ? figure with { Subject = "crew" }
        : figure.Text.Contains("passenger", StringComparison.OrdinalIgnoreCase) ? figure with { Subject = "passengers" }
        : figure;

    // A crowd is one count, whoever the report says it is: "Some 120,000 people marched" and "Some 80,000 protesters filled the
    // streets" disagree.
    private static Figure Crowd(Figure figure) => figure is { Event: "gathered", Subject: "protesters" } ? figure with { Subject = "people" } : figure;

    // The verb right before a number, and where it starts: the verbs are tried in turn and matched once.
    private static (string Event, int At)? VerbBeforeNumber(string before)
    {
        foreach (var (name, words) in Verbs)
            if (words.Match(before) is { Success: true } m) return (name, m.Index);
        return null;
    }

    private static (string Name, int At, int End)? First((string Name, Regex Words)[] kinds, string text)
    {
        (string Name, int At, int End)? first = null;
        foreach (var (name, words) in kinds)
            if (words.Match(text) is { Success: true } m && (first == null || m.Index < first.Value.At))
                first = (name, m.Index, m.Index + m.Length);
        return first;
    }

    // Whom a count with no subject counts, where the event says: only inmates are recaptured ("Seventeen have been recaptured").
    private static string? Implied(string what) => what switch
    {
        "recaptured" or "at large" => "inmates",
        // "1,035 migrants have died or gone missing", "1,035 deaths and disappearances": people, whoever they were.
        "dead or missing" => "people",
        _ => null,
    };
}
