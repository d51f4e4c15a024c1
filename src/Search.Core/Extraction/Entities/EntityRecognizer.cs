namespace Search.Core.Extraction;

/// <summary>
/// Finds people, organizations and places in article text. Names in the <see cref="Gazetteer"/> are
/// matched first (longest match wins) and take its canonical name, which merges aliases and spellings;
/// an acronym the article itself spells out ("Interstate Commerce Commission ... ICC") keeps that
/// meaning instead of the gazetteer's. Capitalized phrases are then classified by
/// <see cref="PhraseClassifier"/>. Finally a lone surname refers to the person already named in full.
/// </summary>
public sealed class EntityRecognizer(Gazetteer gazetteer)
{
    /// <summary>
    /// The entities of a text given as paragraphs, in order of first mention. The article's
    /// <paramref name="date"/>, when known, picks the meaning a name had then ("EC").
    /// </summary>
    public IReadOnlyList<Entity> Recognize(IEnumerable<string> paragraphs, DateOnly? date = null)
    {
        var prepared = paragraphs.Select(p => new Paragraph(WithoutPhotoCredit(p))).ToList();
        var localAcronyms = SpelledOutAcronyms.Of(prepared, gazetteer);
        var wording = new StoryWording(prepared);
        var found = new EntityCollection();
        var leads = new NameLeads();
        string? datelineCountry = null;
        var homonyms = new HomonymCities(word => IsCountry(word));
        var dateline = new DatelinePlaces(gazetteer, new WireRegions(gazetteer), homonyms, date?.Year);
        var story = prepared.Select(p => p.Text).ToList();
        foreach (var paragraph in prepared.Take(2)) datelineCountry ??= dateline.Add(paragraph, found, story);
        var written = TickerNames.WrittenIn(prepared);
        var settings = new StorySettings(datelineCountry, date?.Year);
        for (int p = 0; p < prepared.Count; p++)
        {
            var paragraph = prepared[p];
            // "VARANASI, India, Feb 15 (Reuters) -": the credit is the outlet that filed the story, which the source facet holds;
            // as an organization it filled the facet with the wires, one per story, none of them in the news.
            int credit = p < 2 ? DatelineCredit.End(paragraph.Text) : 0;
            if (paragraph.IsMostlyUpperCase) TickerNames.AddCompanies(paragraph, found, gazetteer, date?.Year, written);
            foreach (var match in MatchGazetteer(paragraph, date?.Year).Where(m => !paragraph.IsTicker(m.Start) && !(m.End - m.Start == 1 && paragraph.IsCompanyFormAfterName(m.Start)) && !InsideLongerOrganization(m, paragraph) && !OpensAnotherName(m, paragraph) && !BeforeAParticle(m, paragraph) && !GivenNameMatches.AnotherPersons(m.Entry, m.Start, m.End, paragraph) && !GivenNameMatches.ASurname(m.Entry, m.Start, m.End, paragraph)
                && !GivenNameMatches.SurnameOfOneNamedInFull(m.Entry, m.Start, m.End, paragraph, found)
                && !wording.Disowns(m.Entry, m.Start, m.End, paragraph) && !FirmNames.CuedAcronymOfABody(m.Entry, m.Start, m.End, paragraph) && !(m.Entry.Type == EntityType.Organization && SpelledOutAcronyms.InsideSpelledOutName(paragraph, m.Start, m.End, gazetteer))))
            {
                for (int k = match.Start; k < match.End; k++) (paragraph.Covered[k], paragraph.Known[k]) = (true, match.Entry);
                if (match.Entry.IsOutlet && paragraph.Words[match.Start].Start < credit) continue;
                // "Washington" in "George Washington University", "Finland" in "Bank of Finland": part of a name, not a mention.
                if (match.Entry.Type != EntityType.Organization && InsideOrganizationName(match, paragraph)) continue;
                if (match.Entry.Type == EntityType.Place && NamesAStreet(match, paragraph))
                {
                    // The street is a place of the story, though not in the place it is named after.
                    string street = paragraph.Surface(match.Start, match.End + 1);
                    found.Add(EntityType.Place, street, street);
                    paragraph.Covered[match.End] = true;
                    continue;
                }
                if (homonyms.InText(match.Entry, paragraph, match.Start, match.End) is { } localCity)
                {
                    found.Add(EntityType.Place, localCity, match.Surface);
                    continue;
                }
                if (localAcronyms.TryGetValue(match.Surface, out string? spelledOut) && !NamedBy(match.Entry, spelledOut))
                    found.Add(EntityType.Organization, spelledOut, match.Surface);
                else
                {
                    found.Add(match.Entry.Type, match.Entry.Name, match.Surface);
                    // A place knows its country: "Tokyo" is also a mention of Japan.
                    if (match.Entry.Type == EntityType.Place && gazetteer.CountryIn(match.Entry, date?.Year) is { } country)
                    {
                        found.Add(EntityType.Place, country, match.Surface);
                        settings.Add(match.Entry, country, match.Surface, paragraph, match.Start, match.End);
                    }
                    else if (match.Entry is { Type: EntityType.Place, Country: null }) settings.Named(match.Entry.Name);
                    if (match.Entry is { Type: EntityType.Place, Country: not null } && CityCommonNames.After(paragraph, match.End) is var (type, end))
                    {
                        string name = paragraph.Surface(match.Start, end);
                        found.Add(type, name, name);
                    }
                }
            }
            if (!paragraph.IsMostlyUpperCase) new PhraseClassifier(paragraph, found, leads, gazetteer, datelineCountry).ClassifyAll();
        }
        settings.WithdrawElsewhere(found);
        found.MergeSurnamesIntoFullNames();
        found.MergeShortFormsIntoLongerOrganizations(name => gazetteer.Find(name) != null);
        found.MergeFirmsNamedShort(name => gazetteer.Find(name) != null);
        leads.Resolve(found);
        found.SplitPeopleOfBodies();
        found.ResolveByTheStory(gazetteer);
        return found.ToEntities();
    }

    private sealed record GazetteerMatch(GazetteerEntry Entry, int Start, int End, string Surface);

    // "Davao de Oro", "Davao del Norte": a known place before a particle and a capitalized word opens a longer name, a province
    // of its own, not Davao City. A name the gazetteer knows whole ("Rio de Janeiro") was matched whole before this is asked.
    private static bool BeforeAParticle(GazetteerMatch match, Paragraph paragraph) =>
        match.Entry.Type == EntityType.Place && match.End + 1 < paragraph.Words.Count && paragraph.Joined(match.End - 1) && paragraph.Joined(match.End)
        && paragraph.Words[match.End].Text is "de" or "del" or "do" or "da" or "dos" or "das" && paragraph.Words[match.End + 1].IsCapitalized;

    // A photo credit names the agencies that supplied the picture, not actors in the story.
    private static string WithoutPhotoCredit(string paragraph)
    {
        int credit = Ingestion.Text.PhotoCaption.CreditStart(paragraph);
        return credit < 0 ? paragraph : paragraph[..credit].TrimEnd(' ', '|', '(', '[', '-', '–');
    }

    /// <summary>Longest gazetteer matches, left to right.</summary>
    private List<GazetteerMatch> MatchGazetteer(Paragraph paragraph, int? year)
    {
        var words = paragraph.Words;
        var matches = new List<GazetteerMatch>();
        for (int i = 0; i < words.Count; i++)
        {
            if (paragraph.Covered[i]) continue;
            if (OutletServiceInOneWord(words[i]) is { } service)
            {
                matches.Add(new GazetteerMatch(service, i, i + 1, words[i].Text));
                continue;
            }
            if (PlaceOfAdjective(words[i].Text) is { } place)
            {
                matches.Add(new GazetteerMatch(place, i, i + 1, words[i].Text[..words[i].Text.IndexOf('-')]));
                continue;
            }
            for (int length = Math.Min(gazetteer.LongestNameStartingWith(words[i].Text.AsSpan()), words.Count - i); length >= 1; length--)
            {
                if (!paragraph.AllJoinedInName(i, i + length)) continue;
                // Looked up by span: most candidate spans name nothing, and they must cost no garbage. A name may end in a
                // possessive that the word lost ("Moody's", "Standard and Poor's"): tried with it when the span names nothing.
                var entry = gazetteer.Find(paragraph.SurfaceSpan(i, i + length), year);
                if (entry == null && paragraph.PossessiveAfter(i + length - 1)) entry = gazetteer.Find(paragraph.SurfaceSpan(i, i + length, possessive: true), year);
                if (entry == null || IsPeoplesAdjective(entry, paragraph, i, length)
                    || entry.Type == EntityType.Place && PlaceWords.NamesASumsCurrency(paragraph.Text, words[i].Start, words[i + length - 1].End)) continue;
                string surface = paragraph.Surface(i, i + length);
                // "Sputnik Kazakhstan": an outlet followed by a country is that outlet's service there, a name of its own.
                if (entry.IsOutlet && i + length < words.Count && paragraph.Joined(i + length - 1) && IsCountry(words[i + length].Text.AsSpan()))
                {
                    length++;
                    surface = paragraph.Surface(i, i + length);
                    entry = OutletService(surface);
                }
                matches.Add(new GazetteerMatch(entry, i, i + length, surface));
                i += length - 1;
                break;
            }
        }
        return matches;
    }

    /// <summary>
    /// "The Australian government", "The Australian Wheat Board": an outlet named "The" and a people's adjective is that
    /// adjective before another word. The paper is the name before a verb of speech ("The Australian reported"), "newspaper",
    /// or punctuation.
    /// </summary>
    private bool IsPeoplesAdjective(GazetteerEntry entry, Paragraph paragraph, int start, int length)
    {
        var words = paragraph.Words;
        if (!entry.IsOutlet || length != 2 || words[start].Text is not ("The" or "the") || gazetteer.Find(words[start + 1].Text) is not { Type: EntityType.Place })
            return false;
        int next = start + 2;
        return next < words.Count && paragraph.Joined(next - 1)
            && !EntityRules.SpeechVerbs.Contains(words[next].Text) && words[next].Text is not ("newspaper" or "daily" or "reported" or "quoted" or "reports");
    }

    // "Interfax-Kazakhstan": an outlet and a country joined by a hyphen name the outlet's service in that country.
    private GazetteerEntry? OutletServiceInOneWord(Word word)
    {
        int hyphen = word.Text.IndexOf('-');
        return hyphen > 0 && gazetteer.Find(word.Text.AsSpan(0, hyphen)) is { IsOutlet: true } && IsCountry(word.Text.AsSpan(hyphen + 1)) ? OutletService(word.Text) : null;
    }

    // "a Lagos-based research firm", "the Johannesburg-listed miner": the place is named inside the adjective.
    private GazetteerEntry? PlaceOfAdjective(string word)
    {
        int hyphen = word.IndexOf('-');
        return hyphen > 0 && char.IsUpper(word[0]) && word.AsSpan(hyphen + 1) is "based" or "listed" or "headquartered" or "born" or "registered"
            && gazetteer.Find(word.AsSpan(0, hyphen)) is { Type: EntityType.Place } place ? place : null;
    }

    private static GazetteerEntry OutletService(string name) => new(EntityType.Organization, name, [], IsOutlet: true);
    private bool IsCountry(ReadOnlySpan<char> word) => gazetteer.Find(word) is { Type: EntityType.Place, Country: null };

    /// <summary>
    /// An organization matched at the end of a longer organization name is part of that name, not a
    /// mention of its own: "Security Council" in "OTSC Security Council", "Foreign Affairs" in "Ministry of Foreign Affairs".
    /// </summary>
    /// A known name of three words or more is a body of its own ("Recent International Coffee Organization" opens a sentence),
    /// unless it opens with its head ("Bank of Finland" in "Union Bank of Finland", "Industrial Bank of Japan"): a word
    /// before such a name always makes a longer one.
    private static bool InsideLongerOrganization(GazetteerMatch match, Paragraph paragraph) =>
        match.Entry.Type == EntityType.Organization
        && (match.End - match.Start < 3 || PhraseClassifier.HeadOf(paragraph.Words, match.Start, match.End) == match.Start) &&
        paragraph.Runs.Any(r => r.Start < match.Start && r.End == match.End && PhraseClassifier.IsOrganizationName(paragraph.Words, r.Start, r.End));

    // A known body that opens a longer name of another: "Citi News", a Ghanaian radio's newsroom, is no part of Citigroup (a
    // firm before a broadcaster's word), though "BBC News" is the BBC; and an outlet before another body's head ("Independent
    // Electoral Commission", "Independent Union of Airline Pilots", "Guardian Council") is no mention of the paper: a QA
    // session found "Independent" among the organizations.
    private static bool OpensAnotherName(GazetteerMatch match, Paragraph paragraph) =>
        match.Entry is { Type: EntityType.Organization, IsOutlet: false }
        && paragraph.Runs.Any(r => r.Start == match.Start && r.End > match.End && PhraseClassifier.IsBroadcasterName(paragraph.Words, r.Start, r.End))
        || match.Entry is { Type: EntityType.Organization, IsOutlet: true } // a run may leave out its "The"
        && paragraph.Runs.Any(r => r.Start >= match.Start && r.Start < match.End && r.End > match.End && !PhraseClassifier.IsBroadcasterName(paragraph.Words, r.Start, r.End)
            && PhraseClassifier.HeadOf(paragraph.Words, r.Start, r.End) >= match.End);

    // "Borno Way", "Oxford Street": the place's name and a street's word, side by side in one name.
    private static bool NamesAStreet(GazetteerMatch match, Paragraph paragraph) =>
        match.End < paragraph.Words.Count && paragraph.Joined(match.End - 1) && PlaceWords.Streets.Contains(paragraph.Words[match.End].Text)
        && char.IsUpper(paragraph.Words[match.End].Text[0]);

    /// <summary>
    /// A match inside a longer capitalized name whose head word (University, Bank, Corp) lies outside the match,
    /// with no "and" or title between them: "Paul Volcker and International Monetary Fund", "Bank of Japan Governor
    /// Satoshi Sumita" are two names each.
    /// </summary>
    private static bool InsideOrganizationName(GazetteerMatch match, Paragraph paragraph)
    {
        foreach (var (start, end) in paragraph.Runs)
        {
            if (start > match.Start || match.End > end || end - start == match.End - match.Start) continue;
            if (NameCues.IsPlaceAndCommonNoun(paragraph, start, end)) return false;
            int head = PhraseClassifier.HeadOf(paragraph.Words, start, end);
            if (head < 0 || head >= match.Start && head < match.End) return false;
            // A person follows "Bank of England" as its governor ("Governor of the Bank of England Robin Leigh-Pemberton");
            // only a name ending in its head ("George Washington University") holds a person's name.
            if (match.Entry.Type == EntityType.Person && head != end - 1) return false;
            int from = Math.Min(head, match.Start), to = Math.Max(head, match.End);
            for (int k = from; k < to; k++)
                if (paragraph.Words[k].Text == "and" || EntityRules.Titles.Contains(paragraph.Words[k].Text)) return false;
            return true;
        }
        return false;
    }

    private static bool NamedBy(GazetteerEntry entry, string name) => entry.AllNames.SelectMany(Gazetteer.WithEitherCompanyForm).Any(n => NameKey.Of(n) == NameKey.Of(name));
}
