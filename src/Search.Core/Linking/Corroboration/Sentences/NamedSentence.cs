using System.Text.RegularExpressions;
using Search.Core.Extraction;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// A sentence as linking reads it: its text with the news outlets' names blanked out (<see cref="Read"/>), where its other
/// entities are named, the places inside a country (cities, regions) it names, and those entities' canonical names.
/// </summary>
internal sealed partial record NamedSentence(string Read, IReadOnlyList<(int Start, int End)> Named, IReadOnlySet<string> Places, IReadOnlyList<string> Names)
{
    /// <summary>Where the sentence names its <see cref="Places"/>, each mention with its place.</summary>
    public IReadOnlyList<(int Start, int End, string Name)> PlaceMentions { get; init; } = [];

    /// <summary>Where the sentence names a country by its own name or its people's (past its dateline), each mention with its country.</summary>
    public IReadOnlyList<(int Start, int End, string Name)> CountryMentions { get; init; } = [];

    /// <summary>The people the sentence names, by canonical name.</summary>
    public IReadOnlyList<string> People { get; init; } = [];

    /// <summary>Where the sentence names its <see cref="People"/>, each mention with its person.</summary>
    public IReadOnlyList<(int Start, int End, string Name)> PersonMentions { get; init; } = [];

    /// <summary>The organizations the sentence names (not the outlets), by canonical name.</summary>
    public IReadOnlyList<string> Organizations { get; init; } = [];

    /// <summary>The organizations the sentence names as a site, where things happened ("the Quimica del Istmo plant").</summary>
    public IReadOnlyList<string> Sites { get; init; } = [];

    /// <summary>Where the sentence names a person as who said it ("Valdivia said", "said Ernesto Valdivia").</summary>
    public IReadOnlyList<(int Start, int End)> Speakers { get; init; } = [];

    public static NamedSentence Of(string sentence, IReadOnlyList<Entity> entities, Gazetteer gazetteer)
    {
        // Who reported it is not what was reported: two reports that both cite TASS or Khabar 24 share a source, not a fact.
        // The outlets' names are blanked out (same length, so every other span stays where it is) before anything is read.
        string read = sentence;
        var named = new List<(int Start, int End)>();
        var names = new List<string>();
        var places = new HashSet<string>(StringComparer.Ordinal);
        var mentions = new List<(int Start, int End, string Name)>();
        var speakers = new List<(int Start, int End)>();
        var people = new List<string>();
        var personMentions = new List<(int Start, int End, string Name)>();
        var countryMentions = new List<(int Start, int End, string Name)>();
        var organizations = new List<string>();
        var sites = new List<string>();
        // "KARACHI, Sept 22 (Reuters) -": the dateline names the reporter's desk, not where the count was made.
        int dateline = Dateline().Match(sentence) is { Success: true } line ? line.Length : 0;
        foreach (var entity in entities)
        {
            var spans = entity.Mentions.Append(entity.Name).Where(m => m.Length > 1).SelectMany(m => Occurrences(sentence, m)).ToList();
            if (spans.Count == 0) continue;
            if (gazetteer.Find(entity.Name) is { IsOutlet: true })
            {
                foreach (var (start, end) in spans) read = string.Concat(read.AsSpan(0, start), new string(' ', end - start), read.AsSpan(end));
                continue;
            }
            if (entity.Type == EntityType.Person)
            {
                speakers.AddRange(spans.Where(sp => Speaks(sentence, sp.Start, sp.End)));
                people.Add(entity.Name);
                personMentions.AddRange(spans.Select(s => (s.Start, s.End, entity.Name)));
            }
            if (entity.Type == EntityType.Organization)
            {
                // A body speaks as a person does ("Quimica del Istmo said it had halted operations"): its name counts once too.
                speakers.AddRange(spans.Where(sp => SpeaksAsABody(sentence, sp.Start, sp.End)));
                organizations.Add(entity.Name);
                if (spans.Any(sp => SiteAfter().IsMatch(sentence.AsSpan(sp.End)))) sites.Add(entity.Name);
            }
            // A country named as itself ("Colombia", "Colombian"), not through a town of it: a town's country is the gazetteer's,
            // and "Pamplona" in a Colombian story is not Spain's.
            if (entity.Type == EntityType.Place && gazetteer.IsCountry(entity.Name))
                countryMentions.AddRange(spans.Where(s => s.Start >= dateline && gazetteer.Find(sentence.AsSpan(s.Start, s.End - s.Start))?.Name == entity.Name
                        && !PlaceReferences.CurrencyOf(sentence, s.End))
                    .Select(s => (s.Start, s.End, entity.Name)));
            named.AddRange(spans);
            names.Add(entity.Name);
            // A region is where the story is, not where its counts were made: "the toll rose to four after a body was found in
            // northern Evia" is the nation's toll.
            if (entity.Type == EntityType.Place && gazetteer.Find(entity.Name) is { Type: EntityType.Place, Country: not null, IsRegion: false }
                && spans.Any(s => s.Start >= dateline))
            {
                places.Add(entity.Name);
                mentions.AddRange(spans.Where(s => s.Start >= dateline && !PlaceReferences.MeasuredFrom(sentence, s.Start) && !PlaceReferences.SpokenFrom(sentence, s.Start) && !PlaceReferences.SeatOf(sentence, s.End) && !PlaceReferences.CurrencyOf(sentence, s.End)).Select(s => (s.Start, s.End, entity.Name)));
            }
        }
        return new NamedSentence(read, named, places, names) { PlaceMentions = mentions, Speakers = speakers, People = people, PersonMentions = personMentions, CountryMentions = countryMentions, Organizations = organizations, Sites = sites };
    }

    /// <summary>
    /// Whether a span lies inside a name: a number there ("Khabar 24", "Boeing 737", "G7") is part of the name, not a count. So is
    /// a number of digits right after a capitalized word that is no sentence's opener, though no entity names it ("Rescue 1122
    /// teams", "Channel 4", "Line 7"); "Some 120,000", "Only 5" and "On 14 March" are counts and days.
    /// </summary>
    public bool InName(int start, int end) =>
        Named.Any(n => start >= n.Start && end <= n.End)
        || start < Read.Length && char.IsAsciiDigit(Read[start]) && NameBefore().Match(Read[..start]) is { Success: true } word && !Openers.Contains(word.Groups[1].Value);

    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "only", "just", "all", "another", "some", "about", "nearly", "around", "almost", "over", "under", "up", "exactly", "roughly",
        "approximately", "fewer", "less", "more", "at", "by", "in", "on", "of", "with", "and", "but", "to", "from", "since", "until",
        "after", "before", "the", "a", "an", "its", "their", "his", "her", "our", "another", "between", "among", "for", "as", "than", "while",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    // A capitalized word and one space, right before the number.
    [GeneratedRegex(@"\b(\p{Lu}[\p{L}]*) $")]
    private static partial Regex NameBefore();

    // A person named right before a verb of speech, perhaps with a post between commas ("Saltanat Azirbek, a police spokesman in
    // Almaty, said"), or after one ("said Ernesto Valdivia", "according to police spokesman Dennis Mwale"). After "told" a
    // name is who heard it.
    private static bool Speaks(string text, int start, int end) =>
        SpeechAfter().IsMatch(text.AsSpan(end)) || SpeechBefore().IsMatch(text.AsSpan(0, start));

    // A body is the speaker when it speaks ("Quimica del Istmo said", "according to Cal Fire"); "Russia said that the Security
    // Council had decided" tells what the council did.
    private static bool SpeaksAsABody(string text, int start, int end) =>
        SpeechAfter().IsMatch(text.AsSpan(end)) || AccordingTo().IsMatch(text.AsSpan(0, start));

    // A firm's works, named by the firm: "the Quimica del Istmo plant", "Repsol's La Pampilla refinery" is a place.
    [GeneratedRegex(@"^(?:'s|’s)?\s+(?:\p{Lu}\p{L}*\s+){0,2}(?:plant|refinery|factory|mine|site|terminal|facility|warehouse|depot|complex|mill|smelter|dam|pipeline)s?\b")]
    private static partial Regex SiteAfter();

    [GeneratedRegex(@"\baccording\s+to\s+(?:the\s+)?$")]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"^(?:,[^.;:""“”]{1,80}?,)?\s*(?:(?:also|later|earlier|then)\s+)?(?:said|says|told|added|stated|noted|explained|confirmed|warned)\b")]
    private static partial Regex SpeechAfter();

    [GeneratedRegex(@"\b(?:said|says|added|according\s+to)\s+(?:\p{L}+\s+){0,4}$")]
    private static partial Regex SpeechBefore();

    /// <summary>How long the dateline opening a text is ("KARACHI, Sept 22 (Reuters) - "), or 0 when it opens on none.</summary>
    public static int DatelineLength(string text) => Dateline().Match(text) is { Success: true } line ? line.Length : 0;

    // A dateline opening the lead: a city in capitals, perhaps a country or a date, perhaps the agency, and a dash; a city in
    // capitals and a colon ("SUKKUR: Twenty-two people were killed"); or a city in mixed case with the agency in brackets
    // ("Lima (AFP) - ", "Guayaquil (Ecuador), Aug 14 (EFE).- ").
    [GeneratedRegex(@"^\s*(?:\p{Lu}[\p{Lu} .'’-]{1,40}(?:(?:,[^()\n—–-]{1,40})?\s*(?:\([^)\n]{1,40}\))?\s*[—–-]+|:)\s|\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,3}(?:\s*\([^)\n]{1,40}\))?(?:,\s*[^()\n—–-]{1,30})?\s*\([^)\n]{1,40}\)\.?\s*[—–-]+\s)")]
    private static partial Regex Dateline();

    /// <summary>
    /// The sentence's figures, each placed where the sentence places its count (<see cref="CountScope"/>) and dated to the year it
    /// tells of; an age is the report's, whatever year its sentence goes on to ("The attacker, aged 24, had been arrested in 2022").
    /// </summary>
    public List<Figure> ReadFigures(int? published)
    {
        var time = SentenceTime.Of(Read, published);
        // "In 2022, Cyclone Batsirai killed more than 120 people, and Cyclone Gamane left 18 dead in March 2024": each count is of
        // the year named nearest it. A count "in" a year is of that year ("More than 3,100 people died on Peru's roads in 2024"),
        // though the sentence, which may tell of today beside it, is not.
        var years = Year().Matches(Read).ToList();
        SentenceTime TimeOf(NumberMention n) => years.Select(y => y.Value).Distinct().Count() switch
        {
            > 1 => time with { Stated = int.Parse(years.MinBy(y => Math.Abs(y.Index - n.Start))!.Value, System.Globalization.CultureInfo.InvariantCulture) },
            1 when time.Stated == null && InYear().Match(Read) is { Success: true } inYear && !InRelativeClause(n, inYear.Index)
                => time with { Stated = int.Parse(inYear.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) },
            _ => time,
        };
        var numbers = NumberMentions.In(Read);
        // "the 43 other passengers were freed" may be a rescue and a release both: each reader's count is kept. But those freed
        // are not counted as abducted: "Bandits have freed 137 schoolchildren kidnapped in February".
        var releases = Releases.In(Read).ToList();
        var named = NamedEvents.Of(Read);
        return Figures.In(Read).Where(f => !InName(f.Number.Start, f.Number.End)
                && !(f.Event == "abducted" && releases.Any(r => r.Number.Start < f.Number.End && f.Number.Start < r.Number.End)))
            .Select(Measures.OfFirm(Organizations)).Concat(releases).Concat(PrisonTerms.In(Read, People))
            .Concat(VoteShares.In(Read, PersonMentions)).Concat(Durations.In(Read))
            .Concat(DataBreaches.In(Read)).Concat(SharePrices.In(Read)).Concat(Reach.In(Read)).Concat(Reserves.In(Read))
            .Concat(PolicyRates.In(Read)).Concat(Earnings.In(Read))
            .Concat(Indicators.In(Read)).Concat(Temperatures.In(Read)).Concat(Recalls.In(Read)).Concat(Fines.In(Read))
            .Concat(Deployments.In(Read)).Concat(Ages.In(Read, PersonMentions)).Concat(Ages.OfTheAttacker(Read)).Concat(Attacks.In(Read)).Concat(Workforce.In(Read, Organizations)).Concat(PayTalks.In(Read)).Concat(Ordinals.In(Read)).Concat(Storms.In(Read)).Concat(Deals.In(Read)).Concat(AreaMeasures.In(Read)).Concat(Wildfires.In(Read)).Concat(Damages.In(Read)).Concat(Lawsuits.In(Read))
            .Select(f => f with { Places = CountScope.Of(Read, PlaceMentions, Named, numbers, f.Number), Time = f.Event == "age" ? SentenceTime.Unknown : TimeOf(f.Number), Countries = CountriesNearest(f.Number), EventNames = named })
            .ToList();
    }

    // A year in a relative clause after the count does not date it: "booked a 900-million-euro write-down on its Dresden plant,
    // where it has frozen an expansion project announced in 2023".
    private bool InRelativeClause(NumberMention number, int year) =>
        year > number.End && RelativeClause().IsMatch(Read.AsSpan(number.End, year - number.End));

    [GeneratedRegex(@",\s+(?:where|which|who|whose)\b")]
    private static partial Regex RelativeClause();

    // The countries named nearest a count: "400,000 customers in northeastern Bulgaria …, two days after a nationwide blackout
    // hit neighboring Romania" is Bulgaria's count.
    private IReadOnlySet<string> CountriesNearest(NumberMention number)
    {
        if (CountryMentions.Count == 0) return Figure.Unplaced;
        int Distance((int Start, int End, string Name) m) => m.End <= number.Start ? number.Start - m.End : Math.Max(0, m.Start - number.End);
        int nearest = CountryMentions.Min(Distance);
        return CountryMentions.Where(m => Distance(m) == nearest).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b(?!\s*%)")]
    private static partial Regex Year();

    // "in 2024" or "since 2022" ("the worst spill since 2022, when about 11,900 barrels leaked"), unless a verb of founding or
    // taking office comes just before it ("founded in 1992", "took office in 2019").
    [GeneratedRegex(@"(?<!\b(?:founded|established|built|opened|created|formed|elected|appointed|office|launched|born)\s+)\b(?:in|since)\s+(?<y>(?:19|20)\d{2})\b(?!\s*%)")]
    private static partial Regex InYear();

    private static IEnumerable<(int Start, int End)> Occurrences(string text, string mention)
    {
        for (int at = text.IndexOf(mention, StringComparison.Ordinal); at >= 0; at = text.IndexOf(mention, at + mention.Length, StringComparison.Ordinal))
            yield return (at, at + mention.Length);
    }
}
