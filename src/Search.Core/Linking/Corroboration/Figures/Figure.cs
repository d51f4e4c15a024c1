namespace Search.Core.Linking.Corroboration;

/// <summary>
/// A reported count: what happened (<see cref="Event"/>: killed, injured…), to whom (<see cref="Subject"/>:
/// security forces, protesters, people; null when the text does not say), and the number as written.
/// </summary>
internal sealed record Figure(string Event, string? Subject, NumberMention Number, string Text)
{
    /// <summary>The parts of a country (cities, regions) its sentence names: where the count was made, if anywhere in particular.</summary>
    public IReadOnlySet<string> Places { get; init; } = NoPlaces;

    private static readonly IReadOnlySet<string> NoPlaces = new HashSet<string>();

    /// <summary>No place: a count of the whole, or of where its sentence does not say.</summary>
    public static IReadOnlySet<string> Unplaced => NoPlaces;

    /// <summary>The countries its sentence names nearest its number, if any: a count of Bulgaria's is no rival to one of Romania's.</summary>
    public IReadOnlySet<string> Countries { get; init; } = NoPlaces;

    /// <summary>The fires and storms its sentence names (<see cref="NamedEvents"/>): a count of the Camp Fire is no rival to one of the Carr fire.</summary>
    public IReadOnlySet<string> EventNames { get; init; } = NoPlaces;

    /// <summary>The year its sentence tells of: a count of 2018 is no rival to one of today.</summary>
    public SentenceTime Time { get; init; } = SentenceTime.Unknown;

    /// <summary>What it counts, as a reader says it: "people killed", "jobs cut at Vorland", "km of coastline reached".</summary>
    public string Counted => (Event, Subject) switch
    {
        ("cut", { } jobs) when jobs.StartsWith(JobsAt, StringComparison.Ordinal) => "jobs cut at " + jobs[JobsAt.Length..],
        ("coastline", _) => "km of coastline reached",
        ("struck", _) => $"{Subject} on strike",
        ("waiting", "people") => "people stranded",
        ("share", { } candidate) => $"{candidate}'s share of the vote",
        ("lasted", "days") => "days it went unnoticed",
        ("lasted", _) => "hours it lasted",
        ("cases", "suspected" or "confirmed") => $"{Subject} cases",
        ("cases", _) => "cases",
        ("fatality rate", _) => "fatality rate (%)",
        ("turnout", _) => "turnout (%)",
        ("fell", "shares") => "fall in the share price (%)",
        ("rose", "shares") => "rise in the share price (%)",
        ("fell" or "rose", "index") => $"{(Event == "fell" ? "fall" : "rise")} in the stock index (%)",
        ("fell" or "rose", "currency") => $"{(Event == "fell" ? "fall" : "rise")} in the currency (%)",
        ("reserves", _) => "reserves",
        ("rate moved", _) => "rate move (basis points)",
        ("rate set", _) => "rate set (%)",
        ("rate held", _) => "rate held (%)",
        ("voted", _) => $"{Subject} who voted for it",
        ("exposed", "records") => "records exposed",
        ("reached", _) => "districts reached",
        ("sheltered", _) => "shelters opened",
        ("age", { } person) => $"{person}'s age",
        ("wind", { } gusts) when gusts.StartsWith("gusts ", StringComparison.Ordinal) => $"gusts ({gusts["gusts ".Length..]})",
        ("wind", { } unit) => $"wind speed ({unit})",
        ("rating", _) => "tornado rating (EF scale)",
        ("emergency", { } areas) => $"{areas} under a state of emergency",
        ("schools closed", { } areas) => $"{areas} where schools are closed",
        ("rationing", { } areas) => $"{areas} with water rationing",
        ("curfew", { } areas) => $"{areas} under curfew",
        ("alert", _) => "days of the alert",
        ("among the dead", { } who) => $"{who} among the dead",
        ("killed", "people with the attacker") => "people killed, the attacker among them",
        ("dead or missing", _) => "people dead or missing",
        ("intensive care", _) => $"{Subject} in intensive care or critical condition", // "people intensive care" read as no phrase
        ("response", { } who) => $"minutes the {who} took to arrive",
        ("explosives", _) => "explosives (kg)",
        ("fired", "rounds") => "rounds fired",
        ("employs", "plant staff") => "the plant's staff",
        ("employs", _) => "the firm's staff",
        ("pay offer", _) => "pay rise offered (%)",
        ("pay demand", _) => "pay rise demanded (%)",
        ("time this year", { } what) => $"{what} this year (as an ordinal)",
        ("deadline", _) => "days given as a deadline",
        ("burned", _) => "area burned (acres)",
        ("contained", _) => "containment (%)",
        ("lawsuits", _) => "lawsuits pending",
        ("damages", { } kind) => $"{kind[..kind.IndexOf(' ')]} damages ({kind[(kind.IndexOf(' ') + 1)..]})",
        ("deal value", { } currency) => $"price paid for the firm ({currency})",
        ("offer a share", { } currency) => $"price offered a share ({currency})",
        ("premium", { } basis) => $"premium{(basis.Length > 0 ? " " + basis : "")} (%)",
        ("exposed", _) => $"{Subject} whose data was taken",
        ("without power", _) => $"{Subject} without power",
        (var sum, { } currency) when Earnings.IsSum(sum) => $"{sum} ({currency})",
        ("fine", { } onFirm) => $"fine{onFirm[onFirm.IndexOf(' ')..]} ({onFirm[..onFirm.IndexOf(' ')]})",
        ("deployed", { } who) => $"{who} deployed",
        ("fine share", _) => "fine as a share of turnover (%)",
        ("recalled", { } vehicles) => $"vehicles recalled{vehicles["vehicles".Length..]}",
        ("temperature", { } town) => $"temperature {town["°C ".Length..]} (°C)",
        (var rate, { } period) when Indicators.Reads(rate) => $"{rate}{period["percent".Length..]} (%)",
        _ => $"{Subject} {Event}",
    };

    /// <summary>What kind of count it is: its event, and for a count of one person's (a vote share, a prison term), whose; for a sum, its
    /// currency; for an economy's rate, the month or quarter it is of; for a temperature, its town; for a fine, the firm fined.</summary>
    public string Kind => KindedBySubject.Contains(Event) || Earnings.IsSum(Event) || Indicators.Reads(Event) ? $"{Event}:{Subject}" : Event;

    // The events whose subject says which count it is: a candidate's share, a town's temperature, the rescuers or the helicopters.
    private static readonly HashSet<string> KindedBySubject = new(StringComparer.Ordinal)
    {
        "share", "sentenced", "on board", "cases", "exposed", "lasted", "fell", "rose", "temperature", "released", "recalled",
        "fine", "fine share", "deployed", "age", "wind", "deal value", "offer a share", "premium", "emergency", "damages", "time this year",
        "schools closed", "rationing", "curfew", "among the dead", "response",
    };

    /// <summary>Whether two texts count the same kinds of thing, and none of the counts of one agrees with one of the other's.</summary>
    public static bool CountDifferently(IReadOnlyList<Figure> ours, IReadOnlyList<Figure> theirs)
    {
        var common = ours.Select(f => f.Kind).Intersect(theirs.Select(f => f.Kind)).ToList();
        return common.Count > 0 && !common.Any(kind =>
            ours.Where(f => f.Kind == kind).Any(f => theirs.Where(g => g.Kind == kind).Any(g => f.Number.Agrees(g.Number))));
    }

    /// <summary>Whether its sentence says the count is the whole country's ("nationwide", "in different regions").</summary>
    public bool WholeCountry => ReferenceEquals(Places, CountScope.Nationwide);

    /// <summary>Whether its sentence places the count in part of a country rather than in the whole or nowhere.</summary>
    public bool Local => Places.Count > 0;

    /// <summary>
    /// Two figures count the same thing (same event, same named subject, not in two different places) and their numbers cannot
    /// both be right.
    /// </summary>
    public bool Contradicts(Figure other) =>
        Event == other.Event && SameSubject(other) && !Number.Agrees(other.Number) && !PartBelowWhole(other)
        && !(Local && other.Local && !Places.Overlaps(other.Places)) && !Time.Differs(other.Time)
        && !(Countries.Count > 0 && other.Countries.Count > 0 && !Countries.Overlaps(other.Countries))
        && !NamedEvents.Differ(EventNames, other.EventNames);

    /// <summary>
    /// Whether the two count the same people or things: the same subject, or the jobs of one firm named in full by one report
    /// and short by the other ("Vorland Automobile", "Vorland").
    /// </summary>
    public bool SameSubject(Figure other) =>
        Subject != null && other.Subject != null && (Subject == other.Subject || FirmJobs(Subject, other.Subject) || FirmJobs(other.Subject, Subject));

    private const string JobsAt = "jobs at ";

    private static bool FirmJobs(string longer, string shorter) =>
        longer.StartsWith(JobsAt, StringComparison.Ordinal) && shorter.StartsWith(JobsAt, StringComparison.Ordinal)
        && longer.StartsWith(shorter + " ", StringComparison.Ordinal);

    // Counts in two cities are two counts ("one killed in Atyrau", "13 killed in Almaty"). A count in one city may well be below
    // the count for the country: "353 injured" in Almaty and "more than 1,000 injured"
    // in all are both right. Only a part above its whole contradicts it ("13 killed in Almaty" against "at least eight killed").
    // A share is no sum: a candidate's share in one province may be above the nation's, and so may a turnout.
    private bool PartBelowWhole(Figure other) =>
        Local != other.Local && (!Summed || (Local ? Number.High < other.Number.Low : other.Number.High < Number.Low));

    private bool Summed => Event is not ("share" or "turnout" or "temperature" or "wind" or "rating" or "age" or "contained" or "pay offer" or "pay demand" or "time this year" or "response") && !Indicators.Reads(Event) && !Deals.Reads(Event) && !Damages.Reads(Event);
}
