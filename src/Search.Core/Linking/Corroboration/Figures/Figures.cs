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

    private static readonly (string Event, Regex Words)[] Events =
    [
        ("intensive care", EventWords(@"intensive care|critical condition")),
        // A blackout's households: "left 3.1 million households without electricity", "deprived 3,100,000 households of power".
        ("without power", EventWords(@"without (?:power|electricity)|(?:of|lost) (?:power|electricity)|in the dark|in darkness")),
        ("on board", EventWords(@"aboard|on board|onboard")),
        ("beheaded", EventWords(@"beheaded|decapitated")),
        ("killed", EventWords(@"killed|dead|died|deaths|slain|lost their lives|fatalities|drowned")),
        // "retrieved 13 bodies", "26 bodies had been recovered": the bodies right after their number; not "two governing bodies".
        ("killed", new Regex(@"^\s+bodies\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled)),
        // "The outbreak has claimed 31 lives": the lives right after their number.
        ("killed", new Regex(@"^\s+lives\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled)),
        ("injured", EventWords(@"injured|wounded|hurt|injuries")),
        ("hospitalized", EventWords(@"hospitali[sz]ed|in hospital|taken to hospital|admitted to (?:\w+ ){0,2}hospitals?")),
        // A crowd's size: "More than 200,000 devotees had gathered", "Nearly 2.5 lakh devotees had thronged the ghats".
        ("gathered", EventWords(@"gathered|thronged|converged|massed|turned out|took to the streets|marched|rallied")),
        ("arrested", EventWords(@"arrested|detained|in(?:to)? custody")),
        ("rescued", EventWords(@"rescued|saved|survivors|survived|alive|freed|released unharmed|(?:were|was|been) released")),
        ("missing", EventWords(@"missing|unaccounted for")),
        // An outbreak's cases, suspected or confirmed, and those vaccinated against it.
        ("cases", EventWords(@"cases|infected|infections|sickened|fell ill")),
        ("vaccinated", EventWords(@"vaccinated|inoculated|immuni[sz]ed")),
        // A vote's count of those for it: "Seven of the nine members of the Monetary Council voted for the increase".
        ("voted", EventWords(@"voted for|voted in favou?r|backed the")),
        ("evacuated", EventWords(@"evacuated|displaced|evacuees|forced from their homes|fled their homes|ordered to evacuate|moved (?:\w+ ){0,4}to (?:evacuation|shelters|schools|safer|higher)")),
        // A jailbreak's counts: those who got out, those caught again, and those still free. "caught" only as a passive
        // ("had been caught"), not "caught fire" or "caught in the blaze".
        ("escaped", EventWords(@"escaped|broke out|broken out|fled")),
        ("recaptured", EventWords(@"recaptured|re-?arrested|(?:been|were|was) caught(?! (?:in|up|on|fire)\b)|back in custody")),
        ("at large", EventWords(@"at large|on the run|remain(?:ed|s)? free|still free")),
        // An oil spill's measures (Measures): the oil spilled, the coast it reached, the beaches closed.
        ("spilled", EventWords(@"spilled|spilt|leaked|poured|gushed|spewed")),
        ("coastline", EventWords(@"(?:of|along)\s+(?:the\s+)?(?:coastline|coast|shoreline|shore)")),
        ("closed", EventWords(@"closed|shut")),
        ("cancelled", EventWords(@"cancell?ed|diverted|grounded")),
        // Homes damaged, and homes destroyed, which are two counts: "some 400 homes were damaged", "612 homes had been damaged or
        // destroyed", "120 houses were swept away".
        ("damaged", EventWords(@"damaged")),
        ("destroyed", EventWords(@"destroyed|flattened|razed|swept away|washed away")),
        // Jobs cut ("3,000 job cuts", "The number of jobs to go rose to 3,150"), and workers on strike.
        ("cut", EventWords(@"job cuts|cuts|cut|axed|eliminated|slashed|shed|to go|redundancies|layoffs|laid off")),
        ("struck", EventWords(@"walked out|went on strike|on strike|(?:joined|joining|taking part in|took part in) (?:the |a )?(?:[\w-]+ ){0,2}(?:strike|stoppage|walkout)")),
        ("blinded", EventWords(@"lost (?:their |his |her )?(?:eye)?sight|lost (?:their |his |her )?vision|blinded|went blind")),
        ("convicted", EventWords(@"convicted|found guilty")),
        ("acquitted", EventWords(@"acquitted")),
        // Ships held off a port, and the containers stuck in it: "43 ships were waiting at anchorage", "12,500 containers stuck".
        ("waiting", EventWords(@"waiting|at anchor(?:age)?|anchored|stranded|stuck|queued|idle")),
    ];

    private static readonly (string Subject, Regex Words)[] Subjects =
    [
        ("security forces", EventWords(@"police\w*|officers?|warders?|wardens?|guards?|jailers?|law enforcement|security (?:forces|officers|personnel|services)|members of the (?:\w+ )?security|servicemen|national guard")),
        ("protesters", EventWords(@"protesters|protestors|demonstrators|rioters|invaders|bandits|militants|terrorists|attackers|picketers|strikers|gunmen|assailants|hijackers|kidnappers|hostage-takers|armed men")),
        ("people", EventWords(@"people|person|persons|individuals|civilians|residents|inhabitants|villagers|victims|survivors|passengers|workers|employees|miners|pilgrims|devotees|worshippers|worshipers|spectators|mourners|commuters|hostages")),
        // Patients are a part of the people of a story, as often as all of them: "two patients who had been transferred … died".
        ("patients", EventWords(@"patients")),
        ("people", new Regex(@"^\s+bodies\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled)),
        // A count of homes is no count of people: "1,200 families were moved" and "4,800 people were moved" agree.
        ("families", EventWords(@"families|households|customers")),
        ("members", EventWords(@"members|lawmakers|legislators|deputies|senators|MPs")),
        ("suspected", EventWords(@"suspected(?=\s+(?:\w+\s+)?cases)")),
        ("confirmed", EventWords(@"confirmed(?=\s+(?:\w+\s+)?cases)")),
        ("troops", EventWords(@"troops|soldiers|paratroopers")),
        ("ships", EventWords(@"ships|vessels|freighters|tankers")),
        ("defendants", EventWords(@"co-accused|co-defendants|defendants|accused")),
        ("containers", EventWords(@"containers")),
        ("inmates", EventWords(@"inmates?|prisoners?|escapees|fugitives|convicts")),
        ("barrels", EventWords(@"barrels")), ("tonnes", EventWords(@"tonnes|tons|metric tons")), ("gallons", EventWords(@"gallons")),
        ("litres", EventWords(@"litres|liters")), ("km", EventWords(@"km|kilometres|kilometers")), ("miles", EventWords(@"miles")),
        ("beaches", EventWords(@"beaches")), ("flights", EventWords(@"flights")), ("jobs", EventWords(@"jobs|job|positions|posts")),
        ("homes", EventWords(@"homes|houses|dwellings|buildings")),
    ];

    // The verbs of the events, as they stand before their count in the active voice: "killed 13", "arrested more than 2,000".
    private static readonly (string Event, Regex Words)[] Verbs =
    [
        ("beheaded", VerbBefore(@"beheaded|decapitated")),
        ("killed", VerbBefore(@"killed|killing|slain")),
        ("injured", VerbBefore(@"injured|injuring|wounded|wounding|hurt")),
        ("hospitalized", VerbBefore(@"hospitali[sz]ed")),
        ("arrested", VerbBefore(@"arrested|arresting|detained|detaining")),
        ("rescued", VerbBefore(@"rescued|rescuing|saved|saving")),
        ("evacuated", VerbBefore(@"evacuated|evacuating|displaced|displacing")),
        ("recaptured", VerbBefore(@"recaptured|recapturing|re-?arrested")),
        ("closed", VerbBefore(@"closed|closing|shut")),
        ("spilled", VerbBefore(@"spilled|spilling|leaked|leaking")),
        ("cut", VerbBefore(@"cut|cutting|axe|axing|eliminate|eliminating|eliminated|slash|slashing|shed|shedding|cost|costing|lay off|laying off")),
        ("waiting", VerbBefore(@"stranding|stranded")),
        ("without power", VerbBefore(@"(?:cutting|cut|knocking out|knocked out)\s+(?:power|electricity)\s+(?:supplies\s+)?to")),
        ("on board", VerbBefore(@"carrying")),
        ("cases", VerbBefore(@"infected|infecting|sickened|sickening|confirmed|confirming")),
        ("vaccinated", VerbBefore(@"vaccinated|vaccinating|inoculated|inoculating|immuni[sz]ed")),
        // "Hospitals have treated 1,870 people": treated, where the sentence has just named a hospital.
        ("hospitalized", VerbBefore(@"(?<=\bhospitals?\b[^.;:]{0,40}?)(?:treated|admitted)")),
    ];

    public static List<Figure> In(string sentence)
    {
        // A number in a compound adjective counts nothing ("a seven-storey building", "a 10-year-old boy"), nor does a span of
        // time ("three months ago") or a magnitude ("a magnitude 4.9 tremor"); and none must cut the toll after it from its
        // words: "the death toll from the collapse of a seven-storey building has risen to 19". Nor does a part of the count
        // before it: "Seven people, including three children, were killed" counts seven.
        var numbers = NumberMentions.In(sentence)
            .Where(n => !AdjectiveAfter().IsMatch(sentence.AsSpan(n.End)) && !Including().IsMatch(sentence.AsSpan(0, n.Start))
                && !Span().IsMatch(sentence.AsSpan(n.End)) && !Magnitude().IsMatch(sentence.AsSpan(0, n.Start))
                && !Measures.Conversion().IsMatch(sentence.AsSpan(0, n.Start)) && !More().IsMatch(sentence.AsSpan(n.End))).ToList();
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
            if (Ransom().Match(before) is { Success: true } asked)
            {
                int askedAt = asked.Index + (i > 0 ? numbers[i - 1].End : 0);
                figures.Add(new Figure("asked", "ransom", numbers[i], sentence[askedAt..numbers[i].End].Trim()));
                continue;
            }
            // A sum of money counts no one: "500,000 rupees ($5,500) for the family of each person killed" is no toll.
            if (CurrencyBefore().IsMatch(sentence.AsSpan(0, numbers[i].Start)) || CurrencyAfter().IsMatch(sentence.AsSpan(numbers[i].End))) continue;
            if (VerbBeforeNumber(before) is { } verb)
            {
                // The victims are named in the verb's clause: in "arrested 24 at the depot, Dhaka Metropolitan Police said" the police
                // are who said it.
                var victims = First(Subjects, after) is { } named && (First(Events, after) is not { } next || named.At < next.At)
                    && after.AsSpan(0, named.At).IndexOfAny(ClauseEnds) < 0 ? named : default((string Name, int At, int End)?);
                // "killed 29 pilgrims and injured about 50 others": the others are of the subject before.
                if (victims == null && subject != null && Others().Match(after) is { Success: true } others) victims = (subject, 0, others.Length);
                if (victims != null) subject = victims.Value.Name;
                int verbAt = verb.At + (i > 0 ? numbers[i - 1].End : 0);
                int textEnd = from + (victims?.End ?? 0);
                // "Laboratory tests have confirmed 340 of the cases": the confirmed cases.
                string? whose = victims?.Name ?? (verb.Event == "cases" && sentence.AsSpan(verbAt).StartsWith("confirm", StringComparison.OrdinalIgnoreCase) ? "confirmed" : null);
                figures.Add(new Figure(verb.Event, whose, numbers[i], sentence[verbAt..textEnd].Trim()));
                continue;
            }
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
            if (OfTheWhole().IsMatch(after[..what.Value.At]))
            {
                if (First(Events, after[what.Value.End..]) is not { } next) continue;
                what = (next.Name, next.At + what.Value.End, next.End + what.Value.End);
            }
            // "groups of six people, some of whom were injured": the number counts something else than the event's victims.
            if (PartOf().IsMatch(after[..what.Value.At])) continue;
            string? counted = own ?? (whom == null ? subject : null);
            figures.Add(new Figure(what.Value.Name, counted ?? Implied(what.Value.Name), numbers[i], sentence[numbers[i].Start..Math.Min(end, from + what.Value.End)].Trim()));
            // "Twenty-nine of the 41 inmates who escaped": the whole is a count of its clause's event.
            if (whole != null && told != what)
                figures.Add(new Figure(told!.Value.Name, counted ?? Implied(told.Value.Name), whole, sentence[whole.Start..(from + told.Value.End)].Trim()));
        }
        return Measures.Fitted(figures).ConvertAll(Aboard);
    }

    // Those on board are counted as the sentence names them: "174 passengers and six crew members" are no rival to "180 people on
    // board", nor "12 crew" to "175 people".
    private static Figure Aboard(Figure figure) => figure.Event != "on board" ? figure
        : figure.Text.Contains("crew", StringComparison.OrdinalIgnoreCase) ? figure with { Subject = "crew" }
        : figure.Text.Contains("passenger", StringComparison.OrdinalIgnoreCase) ? figure with { Subject = "passengers" }
        : figure;

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
    private static string? Implied(string what) => what is "recaptured" or "at large" ? "inmates" : null;

    private static Regex VerbBefore(string alternatives) =>
        new($@"\b(?:{alternatives})\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static Regex EventWords(string alternatives) =>
        new($@"\b(?:{alternatives})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
