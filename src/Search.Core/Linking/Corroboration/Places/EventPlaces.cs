using System.Text.RegularExpressions;
using Search.Core.Extraction;

namespace Search.Core.Linking.Corroboration;

/// <summary>Whether two reports may tell of one event by the places they name, and by the people their leads name.</summary>
internal sealed partial class EventPlaces(Gazetteer gazetteer)
{
    // An event of many places, as a title or a lead names it: disasters and unrest in the plural, or spread over a land.
    [GeneratedRegex(@"\b(?:wildfires|fires|blazes|floods|storms|landslides|mudslides|protests|demonstrations|riots|clashes|strikes|attacks|(?:across|throughout) (?:the )?(?:country|nation|region|\p{Lu}\w+)|nationwide)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Widespread();

    /// <summary>Reports a day apart at most may tell of one event though they name no known place in common.</summary>
    public const int SameEventDays = 1;

    /// <summary>
    /// Figures are compared only between reports of one event: dated within days of each other (the candidates already are,
    /// when both are dated), and naming a place in common.
    /// </summary>
    public bool NamePlaceInCommon(StoredArticle a, StoredArticle b)
    {
        // More than a day apart, a country in common is not enough: a report of a pit collapse that names only Ghana, and one of
        // another pit two days later in the Ashanti Region, gave each other's tolls as figures that disagree.
        bool daysApart = MaybeDaysApart(a, b);
        var places = a.Entities.Where(e => e.Type == EntityType.Place && (!daysApart || !IsCountry(e.Name))).Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        if (b.Entities.Any(e => e.Type == EntityType.Place && places.Contains(e.Name))) return true;
        // A firm's or a body's story may name no place, or another one: a local radio's report of a data breach named only the
        // hackers' country, the wires Sydney. A day apart at most, a person or a body both name (not an outlet) ties them.
        return !daysApart && NamesOf(a).Overlaps(NamesOf(b));
    }

    /// <summary>
    /// Whether two reports tell of one event, as the article page's figures and related coverage read them: dated within
    /// <paramref name="eventDays"/> of each other (or either undated), naming a place in common, and not elsewhere entirely.
    /// </summary>
    public bool OfOneEvent(StoredArticle a, StoredArticle b, int eventDays) =>
        (a.Date is not { } x || b.Date is not { } y || Math.Abs(x.DayNumber - y.DayNumber) <= eventDays)
        && NamePlaceInCommon(a, b) && !ElsewhereEntirely(a, b);

    private readonly Dictionary<string, HashSet<string>> _names = new(StringComparer.Ordinal);

    // The people and bodies a report names, its outlets left out; read once per report, as every candidate asks.
    private HashSet<string> NamesOf(StoredArticle article)
    {
        if (_names.TryGetValue(article.Id, out var known)) return known;
        return _names[article.Id] = article.Entities.Where(e => e.Type is EntityType.Person or EntityType.Organization && gazetteer.Find(e.Name) is not { IsOutlet: true })
            .Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Whether both reports are dated, on different days.</summary>
    public static bool OnOtherDays(StoredArticle a, StoredArticle b) => a.Date is { } x && b.Date is { } y && x != y;

    /// <summary>
    /// Whether the reports may be more than <see cref="SameEventDays"/> apart: both dated so, or either undated. An undated report
    /// of unrest in Almaty named the United States, as a wildfire's report of 2026 did: a country in common ties nothing then.
    /// </summary>
    public static bool MaybeDaysApart(StoredArticle a, StoredArticle b) => a.Date is null || b.Date is null || DaysApart(a, b);

    /// <summary>Whether both reports are dated, more than <see cref="SameEventDays"/> apart.</summary>
    public static bool DaysApart(StoredArticle a, StoredArticle b) =>
        a.Date is { } x && b.Date is { } y && Math.Abs(x.DayNumber - y.DayNumber) > SameEventDays;

    private bool IsCountry(string place) => gazetteer.Find(place) is { Type: EntityType.Place, Country: null };

    /// <summary>
    /// Two reports that both name places the gazetteer knows, and no place in common, tell of two events however alike their
    /// words: a farmers' protest at The Hague and a strike in Lisbon. A known place brings its country, so "Almaty" and
    /// "Kazakhstan" are a place in common. A place it does not know ("the province of Guayas", "Maluku") may lie in the other
    /// report's country or not: two reports that name places, with no known one in common, are of one event only if dated a
    /// day apart at most. A local paper's next-day report of a fire names only the province; a speedboat that sank off Maluku
    /// two days before a ferry sank off Lombok is another sinking. A report that names no place may be of either event. Two
    /// whose leads name known cities or regions, none in common, are two events though they share the country; so are two
    /// more than a day apart whose whole stories do. A day apart at most, cities named further on do not tell, as they may be
    /// a story's background alone ("a landslide in Maco in February 2024") or a district misread ("San Antonio", Texas, for a
    /// village of Davao de Oro).
    /// </summary>
    public bool ElsewhereEntirely(StoredArticle a, StoredArticle b)
    {
        var (ours, theirs) = (PlacesOf(a), PlacesOf(b));
        // Two reports whose titles and leads name known cities or regions, none in common, tell of two events whatever their days:
        // a building that collapsed in Kano the day after one in Lagos. The lead names where the event is; the rest of a story
        // may name its background's places ("a landslide in Maco in February 2024") or a village misread as a known city.
        // Not so when either tells of an event in many places ("Wildfires rage near Athens and on islands", "protests across the
        // country"): one outlet leads on the fire in Achaia, another on the one in Crete.
        // Within one country only: protests in Kampala are not those in Nairobi, however widespread each.
        if (LeadsApart(ours.LeadLocal, theirs.LeadLocal) && !LeadOnOneBody(ours, theirs)
            && (!(ours.Widespread || theirs.Widespread) || !CountriesOf(ours.LeadLocal).Overlaps(CountriesOf(theirs.LeadLocal))))
            return true;
        // So are two whose leads name countries, none in common, whatever else their stories share: Hungary's rate rise and
        // Poland's hold of the same day, whose story recalls Hungary's. A place named as a currency's or a distance's is no lead's.
        if (ours.LeadCountries.Count > 0 && theirs.LeadCountries.Count > 0 && !ours.LeadCountries.Overlaps(theirs.LeadCountries)) return true;
        // A known city or region brings its country, so two explosions in two Mexican states share "Mexico": they are two events
        // when each names cities or regions and none in common (a fuel terminal in Guanajuato four days after a plant in Veracruz).
        bool daysApart = DaysApart(a, b), maybeApart = MaybeDaysApart(a, b);
        if (maybeApart && ours.Local.Count > 0 && theirs.Local.Count > 0 && !ours.Local.Overlaps(theirs.Local)) return true;
        // So are two whose leads, days apart, name people and none in common: a jailbreak in Zambia three days after one in
        // Malawi, a roads official sentenced two days after a minister, each story's own protagonists.
        if (daysApart && ours.LeadPeople.Count > 0 && theirs.LeadPeople.Count > 0 && !ours.LeadPeople.Overlaps(theirs.LeadPeople)) return true;
        // On any day, so are two whose protagonists differ and neither names the other's: a roads official sentenced in East London
        // the day after a minister in Pretoria, the prosecutors' spokeswoman quoted in both (a ninth QA pass).
        if (Protagonists.Apart(a, ours.Protagonists, b, theirs.Protagonists)) return true;
        // Or firms and bodies, none in common: a health insurer's data breach a week after a telecom's.
        if (daysApart && ours.LeadBodies.Count > 0 && theirs.LeadBodies.Count > 0 && !ours.LeadBodies.Overlaps(theirs.LeadBodies)) return true;
        // Or whose titles, days apart, name firms the gazetteer does not know, none in common, and one of them named nowhere in the
        // other report: an EU fine on an ad firm five days after one on an app store's owner, whose story the later one recalls.
        if (daysApart && TitleFirmsApart(a, b, ours, theirs)) return true;
        // Or whose leads, days apart, give a count told on its day (prisoners freed, vehicles recalled, a fine, a firm's results)
        // of one kind, and never alike: an amnesty a week after a swap, at the same border crossing and told from the same capital.
        if (daysApart && Figure.CountDifferently(ours.LeadCounts, theirs.LeadCounts)) return true;
        // Or whose leads, days apart, name towns, known or not, and none in common, though their stories go on to share one: a
        // hostage-taking at Saravena's town hall four days after a bus siege near Pamplona, which its story recalls.
        if (daysApart && ours.LeadBelowCountry.Count > 0 && theirs.LeadBelowCountry.Count > 0 && !ours.LeadBelowCountry.Overlaps(theirs.LeadBelowCountry)) return true;
        // A country in common is no place in common for reports days apart that name towns, known or not, and none in common:
        // a derailment near Khanewal four days after one near Rohri, both in Pakistan, is another derailment.
        if (maybeApart && ours.BelowCountry.Count > 0 && theirs.BelowCountry.Count > 0 && !ours.BelowCountry.Overlaps(theirs.BelowCountry)) return true;
        // A town in common, known or not, is a place in common.
        if (ours.Known.Overlaps(theirs.Known) || ours.BelowCountry.Overlaps(theirs.BelowCountry) || !ours.Any || !theirs.Any) return false;
        if (ours.Known.Count > 0 && theirs.Known.Count > 0) return true;
        return maybeApart;
    }

    // Titles that name the gazetteer's unknown firms, none alike, and a firm one report never names: a report that recalls the
    // other's firm as background still names it, so one side is asked of at least.
    private static bool TitleFirmsApart(StoredArticle a, StoredArticle b, NamedPlaces ours, NamedPlaces theirs) =>
        ours.TitleFirms.Count > 0 && theirs.TitleFirms.Count > 0
        && !ours.TitleFirms.Any(f => theirs.TitleFirms.Any(g => NameKey.Of(f.Name) == NameKey.Of(g.Name)))
        && (ours.TitleFirms.Any(f => !NamedIn(f, b.Title) && !NamedIn(f, b.Body)) || theirs.TitleFirms.Any(f => !NamedIn(f, a.Title) && !NamedIn(f, a.Body)));

    // A firm or body that both leads name, as either report's extraction found it: towns a business story names (its seat, its
    // plants, its stock exchange) are no event's site, and "Arventa" alone, with no cue, is found as a firm in one report only.
    private static bool LeadOnOneBody(NamedPlaces ours, NamedPlaces theirs) =>
        ours.LeadBodies.Overlaps(theirs.LeadBodies) || ours.LeadBodyNames.Any(b => NamedIn(b, theirs.Lead)) || theirs.LeadBodyNames.Any(b => NamedIn(b, ours.Lead));

    // Leads that name known places inside a country, none in common, and that name towns against towns or regions against
    // regions: a town may lie in the other lead's region ("GUATEMALA CITY" and "ALOTENANGO, Sacatepéquez" of one eruption).
    private bool LeadsApart(HashSet<string> ours, HashSet<string> theirs)
    {
        if (ours.Count == 0 || theirs.Count == 0 || ours.Overlaps(theirs)) return false;
        bool IsRegion(string place) => gazetteer.Find(place) is { IsRegion: true };
        return ours.Any(p => !IsRegion(p)) && theirs.Any(p => !IsRegion(p)) || ours.Any(IsRegion) && theirs.Any(IsRegion);
    }

    /// <summary>
    /// The one site two reports of a single-site event both lead on ("a hospital fire in Guayaquil", "the port of Callao"), or
    /// none: a count made there is the event's whole, not a part of it. Reports of an event of many places have no one site.
    /// </summary>
    public IReadOnlySet<string> OneSite(StoredArticle a, StoredArticle b)
    {
        var (ours, theirs) = (PlacesOf(a), PlacesOf(b));
        if (ours.Widespread || theirs.Widespread) return NoSite;
        var site = ours.LeadSite.Intersect(theirs.LeadSite, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        return site.Count > 0 ? site : NoSite;
    }

    private static readonly IReadOnlySet<string> NoSite = new HashSet<string>();

    private HashSet<string> CountriesOf(IEnumerable<string> places) =>
        places.Select(p => gazetteer.Find(p)?.Country).OfType<string>().ToHashSet(StringComparer.Ordinal);

    // Asked once per paragraph and candidate: each article's places are read once.
    private readonly Dictionary<string, NamedPlaces> _places = new(StringComparer.Ordinal);

    private NamedPlaces PlacesOf(StoredArticle article)
    {
        if (_places.TryGetValue(article.Id, out var known)) return known;
        var places = article.Entities.Where(e => e.Type == EntityType.Place).ToList();
        int dateline = NamedSentence.DatelineLength(article.Body);
        var entries = places.Where(e => !OnlyAsAReference(article.Body, dateline, e)).Select(e => (e.Name, Entry: gazetteer.Find(e.Name), Place: e)).ToList();
        var inGazetteer = entries.Where(p => p.Entry is { Type: EntityType.Place }).ToList();
        string lead = string.Join("\n", article.Title, article.Paragraph(1), article.Paragraph(2));
        var leadLocal = places.Where(e => inGazetteer.Any(p => p.Name == e.Name && p.Entry!.Country != null)
                && NamedIn(e, lead))
            .Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var leadPeople = article.Entities.Where(e => e.Type == EntityType.Person && NamedIn(e, lead))
            .Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        // The site is a town, not its region ("Santa Catarina" beside "Florianópolis"). A local paper's lead may name its town in
        // the dateline alone ("VARANASI: The death toll in Sunday's crush … rose to 36"): where no known town of the lead is
        // named after it, the dateline's is the story's site.
        var towns = leadLocal.Where(name => gazetteer.Find(name) is not { IsRegion: true }).ToHashSet(StringComparer.Ordinal);
        var site = towns.Count > 0 ? towns : places.Where(e => gazetteer.Find(e.Name) is { Type: EntityType.Place, Country: not null, IsRegion: false }
                && InDateline(article, dateline, e))
            .Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var bodies = article.Entities.Where(e => e.Type == EntityType.Organization && gazetteer.Find(e.Name) is not { IsOutlet: true } && NamedIn(e, lead)).ToList();
        var knownPlaces = inGazetteer.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        if (knownPlaces.Count == 0) knownPlaces = BodiesCountries(article);
        return _places[article.Id] = new NamedPlaces(places.Count > 0 || knownPlaces.Count > 0, leadLocal, Widespread().IsMatch(lead), leadPeople,
            knownPlaces,
            inGazetteer.Where(p => p.Entry!.Country != null).Select(p => p.Name).ToHashSet(StringComparer.Ordinal),
            entries.Where(p => p.Entry is not { Type: EntityType.Place, Country: null }).Select(p => NameKey.Of(p.Name)).ToHashSet(StringComparer.Ordinal))
            {
                LeadSite = site,
                LeadCountries = entries.Select(p => p.Place).Concat(places.Where(e => InDateline(article, dateline, e))).Where(e => NamedIn(e, lead))
                    .Select(e => gazetteer.CountryOf(e.Name)).OfType<string>().ToHashSet(StringComparer.Ordinal),
                LeadBodyNames = bodies,
                LeadBodies = bodies.Select(e => NameKey.Of(e.Name)).ToHashSet(StringComparer.Ordinal),
                TitleFirms = bodies.Where(e => gazetteer.Find(e.Name) == null && NamedIn(e, article.Title)).ToList(),
                Lead = lead,
                LeadCounts = DayCounts.In(lead), Protagonists = Protagonists.Of(article, leadPeople),
                LeadBelowCountry = entries.Where(p => p.Entry is not { Type: EntityType.Place, Country: null } && NamedIn(p.Place, lead))
                    .Select(p => NameKey.Of(p.Name)).ToHashSet(StringComparer.Ordinal),
            };
    }

    // A story that names no place of its own may name its country's bodies: "the Bank of Ghana", "the Ghana Statistical
    // Service", "the Bank of Thailand" (the gazetteer's, with its country). A Ghanaian paper's inflation figures named only the
    // "US dollar", and were linked to a Thai rate cut of the day before.
    private HashSet<string> BodiesCountries(StoredArticle article)
    {
        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var body in article.Entities.Where(e => e.Type == EntityType.Organization))
        {
            if (gazetteer.Find(body.Name) is { } entry)
            {
                if (!entry.IsOutlet && entry.Country != null) countries.Add(entry.Country);
                continue;
            }
            foreach (string word in body.Name.Split(' '))
                if (gazetteer.Find(word) is { Type: EntityType.Place, Country: null } country && gazetteer.IsCountry(country.Name)) countries.Add(country.Name);
        }
        return countries;
    }

    private static bool InDateline(StoredArticle article, int dateline, Entity place) =>
        place.Mentions.Append(place.Name).Any(m => m.Length > 1 && article.Body.IndexOf(m, StringComparison.Ordinal) is >= 0 and var at && at < dateline);

    internal static bool NamedIn(Entity entity, string text) =>
        entity.Mentions.Append(entity.Name).Any(m => m.Length > 1 && text.Contains(m, StringComparison.Ordinal));

    /// <summary>
    /// Whether the body names the place only as the desk it was written from ("MANILA, Feb 21 (Reuters) -") or as a point to
    /// measure from ("about 950 kilometers southeast of Manila"): where the event is not. Two landslides five days apart in two
    /// provinces were one event by "Manila". A place named nowhere in the body (in the title alone) counts as named.
    /// </summary>
    private static bool OnlyAsAReference(string body, int dateline, Entity place)
    {
        bool found = false;
        foreach (string mention in place.Mentions.Append(place.Name).Where(m => m.Length > 1).Distinct(StringComparer.Ordinal))
        {
            for (int at = body.IndexOf(mention, StringComparison.Ordinal); at >= 0; at = body.IndexOf(mention, at + mention.Length, StringComparison.Ordinal))
            {
                found = true;
                if (at >= dateline && !PlaceReferences.MeasuredFrom(body, at) && !PlaceReferences.SeatOf(body, at + mention.Length)
                    && !PlaceReferences.CurrencyOf(body, at + mention.Length)) return false;
            }
        }
        return found;
    }
}
