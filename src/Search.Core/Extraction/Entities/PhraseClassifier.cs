namespace Search.Core.Extraction;

/// <summary>
/// Classifies the capitalized runs of one paragraph by the rules of <see cref="EntityRules"/>: organization
/// and place head words, place cues, and people announced by a title, a cue word, a verb of speech, an
/// apposition or an affiliation ("Ward McCarthy of Merrill Lynch Inc"); never a reporter credited in a contributor line.
/// Runs holding several names ("A and B", "X of Y") are split before classification. A run that begins an
/// organization already named ("Merrill Lynch" after "Merrill Lynch and Co") refers to it; a ministry or department
/// is named by <see cref="GovernmentBodyName"/> with its country (written in it, "Russia's", "in Tokyo", or the dateline's).
/// </summary>
internal sealed partial class PhraseClassifier(Paragraph paragraph, EntityCollection found, NameLeads leads, Gazetteer gazetteer, string? datelineCountry)
{
    private const int MaxPersonWords = 4;

    private readonly NameCues _cues = new(paragraph, gazetteer, datelineCountry);

    private List<Word> Words => paragraph.Words;

    public void ClassifyAll()
    {
        foreach (var (start, end) in paragraph.Runs) Classify(start, end);
    }

    private static readonly HashSet<string> MediaWords = new(["News", "Radio", "Television", "TV", "FM"], StringComparer.Ordinal);

    /// <summary>Whether a run of two words or more ends in a broadcaster's word ("Citi News", "Tehran Radio").</summary>
    public static bool IsBroadcasterName(List<Word> words, int start, int end) => end - start >= 2 && MediaWords.Contains(words[end - 1].Text);

    public static bool IsOrganizationName(List<Word> words, int start, int end) => HeadOf(words, start, end) >= 0;

    /// <summary>
    /// The word that makes a run an organization's name, or -1: its last word when that is an organization head
    /// ("Singer Co"), else a head followed by a connector ("Bank of Finland", "Commission on Dairy Policy").
    /// </summary>
    public static int HeadOf(List<Word> words, int start, int end)
    {
        if (end - start < 2) return -1;
        if (EntityRules.OrganizationHeads.Contains(words[end - 1].Text)
            || FirmNames.Endings.Contains(words[end - 1].Text) && !(end < words.Count && words[end].Text == "and")) return end - 1;
        if (ClubNames.Prefixes.Contains(words[start].Text) || FirmNames.Openers.Contains(words[start].Text)) return start;
        if (ClubNames.Suffixes.Contains(words[end - 1].Text)) return end - 1;
        for (int k = start; k < end - 2; k++)
            if (EntityRules.OrganizationHeads.Contains(words[k].Text) && words[k + 1].Text is "of" or "for" or "on") return k;
        return -1;
    }

    // Two names joined by an ampersand are a firm's ("Harwood & Lyle", "Procter & Gamble"), unless the gazetteer knows them;
    // what comes before a connector is read apart ("Marcus Bell of Bell & Okafor" is a lawyer of a firm).
    private bool AmpersandFirm(int start, int end)
    {
        int ampersand = paragraph.FirstAmpersand(start, end);
        if (ampersand < 0 || paragraph.Known[start] != null) return false;
        int name = start;
        for (int k = ampersand; k > start; k--)
            if (char.IsLower(Words[k - 1].Text[0])) { name = k; break; }
        found.Add(EntityType.Organization, paragraph.Surface(name, end), paragraph.Surface(name, end));
        int before = name;
        while (before > start && char.IsLower(Words[before - 1].Text[0])) before--;
        if (before > start) Classify(start, before);
        return true;
    }

    private bool Covered(int k) => paragraph.Covered[k];

    private bool AllCovered(int start, int end)
    {
        for (int k = start; k < end; k++)
            if (!paragraph.Covered[k]) return false;
        return true;
    }

    private void Classify(int start, int end)
    {
        if (AllCovered(start, end)) return;
        if (SplitsAtAffiliation(start, end) || SplitsBetweenOrganizations(start, end)) return;

        string surface = paragraph.Surface(start, end);
        if (AmpersandFirm(start, end)) return;
        string? next = end < Words.Count && paragraph.Joined(end - 1) ? Words[end].Text : null;
        // A word a person's cue announces waits for the story: "Sichone said he" may be the surname of a name no cue announced.
        if (found.OrganizationBeginningWith(surface) is { } named && !(end - start == 1 && _cues.AnnounceAPerson(start, end, givenNameCue: false)))
        {
            found.Add(EntityType.Organization, named, surface);
            return;
        }
        if (HeadOf(Words, start, end) is var head && head >= 0 && !Covered(head) && !NameCues.IsPlaceAndCommonNoun(paragraph, start, end))
        {
            // "Toyota Motor Corp" is Toyota: a known organization whose own name opens a company's is that company; a short
            // alias is not ("Rada Corp Ltd" is no Verkhovna Rada).
            // A broadcaster named after a firm is no part of it: "told Citi News" (a Ghanaian radio's newsroom) was Citigroup. An
            // outlet's own ("BBC News", "ABC News") stays the outlet.
            if (paragraph.Known[start] is { Type: EntityType.Organization } known && StoryWording.Owns(known, Words.GetRange(start, end - start).Select(w => w.Text))
                && !(IsBroadcasterName(Words, start, end) && !known.IsOutlet))
                found.Add(EntityType.Organization, known.Name, surface);
            else found.Add(EntityType.Organization, BodyName(start, end) ?? surface, surface);
            return;
        }
        // "the Federación de Trabajadores del Cobre (FTC)": a name spelled out by its acronym is a body's.
        if (SpelledOutAcronyms.NamesABody(paragraph, start, end, gazetteer))
        {
            found.Add(EntityType.Organization, surface, surface);
            return;
        }
        // After the heads ("Bankers Trust Co" is one name): "brokers James Capel", "Stockbrokers James Capel said": a firm, though its
        // name opens with a given name. After a cue before the run, a name of one word is a firm's too ("carmaker Vorland said").
        if (_cues.AfterFirmCue(start) is var firm && firm >= 0 && end - firm >= (firm == start ? 1 : 2) && !AllCovered(firm, end)
            && !EntityRules.Titles.Contains(Words[firm].Text) && IsFirmName(firm, end))
        {
            found.Add(EntityType.Organization, paragraph.Surface(firm, end), paragraph.Surface(firm, end));
            return;
        }
        bool placeHead = end - start >= 2 && !Covered(end - 1) && PlaceWords.PlaceHeads.Contains(Words[end - 1].Text);
        bool placeCue = !Covered(start) && _cues.AnnounceAPlace(start, end, next);
        if (placeHead || placeCue)
        {
            // "the provinces of Las Tunas and Ciego de Avila": two places, unless the gazetteer knows the whole ("Trinidad and Tobago").
            int and = Enumerable.Range(start + 1, Math.Max(0, end - start - 2)).FirstOrDefault(k => Words[k].Text == "and", -1);
            if (placeCue && and > 0 && !paragraph.KnownName(start, end, type: null))
            {
                found.Add(EntityType.Place, paragraph.Surface(start, and), paragraph.Surface(start, and));
                found.Add(EntityType.Place, paragraph.Surface(and + 1, end), paragraph.Surface(and + 1, end));
                return;
            }
            found.Add(EntityType.Place, surface, surface);
            return;
        }

        // "its National Steel and Shipbuilding unit", "the business weekly Wirtschaftswoche": a body, by the word beside it.
        if (!AllCovered(start, end) && (next != null && EntityRules.OrganizationFollowers.Contains(next) && char.IsLower(next[0]) || _cues.AfterPublicationCue(start)))
        {
            found.Add(EntityType.Organization, surface, surface);
            return;
        }

        // "the Gulf": which gulf, the story's countries say (EntityCollection.ResolveByTheStory).
        if (end - start == 1 && Words[start].Text == "Gulf" && start > 0 && Words[start - 1].Text is "the" or "The" && paragraph.Joined(start - 1))
        {
            found.TheGulf ??= surface;
            return;
        }

        // "the Senate" of a story from Washington is the United States Senate.
        if (end - start == 1 && _cues.ChamberOfTheStory(start) is { } chamber)
        {
            found.Add(EntityType.Organization, chamber.Name, surface);
            return;
        }

        // People listed with "and" ("Ivan Watson and Vasco Cotovio") are classified one by one; a name of the same shape after a
        // person is one too ("co-leaders Lars Klingbeil and Saskia Esken", "Ferrari's Charles Leclerc and Lewis Hamilton"), unless
        // a firm's ending closes it ("investor Tom Harlow and Greenfield Ventures").
        int from = start;
        bool afterPerson = false;
        for (int k = start; k <= end; k++)
        {
            if (k < end && Words[k].Text != "and") continue;
            bool person = paragraph.KnownName(from, k, EntityType.Person)
                || TryPerson(from, k, affiliated: afterPerson && k - from is 2 or 3 && !FirmNames.NoSurnames.Contains(Words[k - 1].Text));
            if (!person && !PersonBeforeOf(from, k)) AddLoneWord(from, k);
            (afterPerson, from) = (person && k - from >= 2, k + 1); // a surname alone spreads nothing ("Reagan and Nancy Reagan")
        }
    }

    // "his lawyer, René Müller of the Zürich firm": a person, then where the person is from or works, which is no body's name.
    private bool PersonBeforeOf(int start, int end)
    {
        int of = Enumerable.Range(start, end - start).FirstOrDefault(k => Words[k].Text == "of", -1);
        // A given name alone is too weak a cue here: "Thomas Built Buses of High Point" is a company.
        if (of < start + 2 || !TryPerson(start, of, affiliated: false, givenNameCue: false)) return false;
        // What follows is where the person works or lives: an organization by its head word, or a name already known; never
        // a person ("David Crossen of Sanford C. Bernstein said").
        int rest = of + 1 < end && Words[of + 1].Text == "the" ? of + 2 : of + 1;
        if (rest < end && (IsOrganizationName(Words, rest, end) || AllCovered(rest, end))) Classify(rest, end);
        return true;
    }

    // A ministry or department with its country: written in the name, a possessive before it ("Russia's"),
    // a place after it ("a Foreign Ministry official in Tokyo"), else the country the story is written from.
    private string? BodyName(int start, int end)
    {
        var words = Enumerable.Range(start, end - start).Select(k => Words[k].Text).ToList();
        // A city's or a region's body is its own: "Almaty Police Department" had become "Department of Police of Kazakhstan".
        if (Enumerable.Range(1, Math.Min(3, words.Count - 1)).Any(n => gazetteer.Find(string.Join(' ', words.Take(n))) is { Type: EntityType.Place, Country: not null })) return null;
        if (GovernmentBodyName.Parse(words, gazetteer.CountryOf) is not { } body) return null;
        string? country = body.Country ?? PossessiveCountry(start) ?? CountryAfter(end) ?? datelineCountry;
        return GovernmentBodyName.Qualified(gazetteer, body.Name, country);
    }

    private string? PossessiveCountry(int start) =>
        start > 0 && paragraph.Known[start - 1] is { Type: EntityType.Place } place
        && paragraph.Text.AsSpan(Words[start - 1].End, Words[start].Start - Words[start - 1].End).Trim() is "'s" or "’s"
            ? place.Country ?? place.Name : null;

    private string? CountryAfter(int end)
    {
        int sentence = Words[end - 1].Sentence;
        for (int k = end; k < Math.Min(Words.Count - 1, end + 3) && Words[k].Sentence == sentence; k++)
            if (Words[k].Text == "in" && paragraph.Known[k + 1] is { Type: EntityType.Place } place) return place.Country ?? place.Name;
        return null;
    }

    // A lone capitalized word, or a surname after a title ("Mr. Vaskevitch", "Ms. Rice"), may name someone named in full elsewhere.
    // What a firm cue introduces is a name: no figure of a table ("group Net 3.2 mln") and no company form alone ("Inc").
    private bool IsFirmName(int start, int end)
    {
        if (EntityRules.CompanyForms.Contains(Words[start].Text) || Words[start].Text is "Cie" or "Cia") return false;
        for (int k = start; k < end; k++)
            if (char.IsAsciiDigit(Words[k].Text[0])) return false;
        return true;
    }

    private void AddLoneWord(int start, int end)
    {
        if (end - start == 1 && !Covered(start))
            leads.LoneWords.Add(new LoneWord(Words[start].Text, AfterWomanTitle: false, Announced: _cues.AnnounceAPerson(start, end, givenNameCue: false)
                && !(end + 1 < Words.Count && Words[end + 1].Text is "it" or "its" or "they" or "their"))); // "Amal said it would", "the Congressmen said they"
        else if (end - start == 2 && !Covered(start + 1) && EntityRules.Titles.Contains(Words[start].Text))
            leads.LoneWords.Add(new LoneWord(Words[start + 1].Text, EntityRules.WomenTitles.Contains(Words[start].Text)));
        // Not at a sentence's start, whose first word may be any word capitalized ("Neither Palomino", "Investor Paul Bilzerian").
        else if (end - start is 2 or 3 && start > 0 && Words[start - 1].Sentence == Words[start].Sentence && Enumerable.Range(start, end - start).All(_cues.PlainNameWord))
            leads.Unannounced.Add(paragraph.Surface(start, end));
    }

    /// <summary>A person: the words after the last title word, two to four plain capitalized words, announced by a title or cue.</summary>
    private bool TryPerson(int start, int end, bool affiliated, bool givenNameCue = true)
    {
        int nameStart = start;
        for (int k = start; k < end; k++)
            if (EntityRules.Titles.Contains(Words[k].Text)) nameStart = k + 1;
        // An occupation opening a sentence is capitalized into the run, as a title is: "Seismologist Natalya Mikhailova said".
        if (nameStart == start && end - start >= 3 && (start == 0 || Words[start - 1].Sentence != Words[start].Sentence)
            && (EntityRules.PersonCues.Contains(Words[start].Text) || EntityRules.Occupations.Contains(Words[start].Text))) nameStart = start + 1;
        int count = end - nameStart;
        bool plain = count >= 2 && count <= MaxPersonWords && Enumerable.Range(nameStart, count).All(k =>
            !Covered(k) && char.IsLetter(Words[k].Text[0]) && !NameCues.IsGroupWord(Words[k].Text)
            && (!EntityRules.Connectors.Contains(Words[k].Text) || EntityRules.NameParticles.Contains(Words[k].Text) && k > nameStart && k < end - 1)
            && !EntityRules.OrganizationHeads.Contains(Words[k].Text) && !PlaceWords.PlaceHeads.Contains(Words[k].Text)
            && !EntityRules.WorkNouns.Contains(Words[k].Text) && !EntityRules.NotInPersonNames.Contains(Words[k].Text) && !_cues.IsSeaName(Words[k].Text));
        if (!plain || nameStart == start && !affiliated && !_cues.AnnounceAPerson(nameStart, end, givenNameCue)) return false;
        // Read as a person, the name leaves out a portfolio before it ("Energy Affairs Louw Alberts" is Louw Alberts).
        while (end - nameStart > 2 && EntityRules.Portfolios.Contains(Words[nameStart].Text)) nameStart++;
        string name = paragraph.Surface(nameStart, end);
        // "Martinez Cuenca" after "Alejandro Martinez Cuenca": the end of one person's full name is that person.
        var fuller = found.People().Where(p => p.Length > name.Length && NameKey.Of(p).EndsWith(" " + NameKey.Of(name), StringComparison.Ordinal)).ToList();
        found.Add(EntityType.Person, fuller.Count == 1 ? fuller[0] : name, name);
        if (nameStart > start && EntityRules.WomenTitles.Contains(Words[nameStart - 1].Text)) found.MarkWoman(fuller.Count == 1 ? fuller[0] : name);
        return true;
    }
}
