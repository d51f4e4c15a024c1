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
        var localAcronyms = LocalAcronyms(prepared);
        var wording = new StoryWording(prepared);
        var found = new EntityCollection();
        var loneWords = new List<LoneWord>();
        string? datelineCountry = null;
        var homonyms = new HomonymCities(word => IsCountry(word));
        var dateline = new DatelinePlaces(gazetteer, new WireRegions(gazetteer), homonyms, date?.Year);
        foreach (var paragraph in prepared.Take(2)) datelineCountry ??= dateline.Add(paragraph, found);
        var written = TickerNames.WrittenIn(prepared);
        foreach (var paragraph in prepared)
        {
            // A headline's company before its stock code, by the gazetteer's name when the words are its own ("FORD MOTOR CO
            // <F>" is Ford Motor Company); one the gazetteer names in part is left to it ("GENERAL MOTORS CORP <GM>").
            if (paragraph.IsMostlyUpperCase) foreach (var (start, end, name) in TickerNames.In(paragraph, written))
            {
                var words = paragraph.Words.GetRange(start, end - start).Select(w => w.Text).ToList();
                if (gazetteer.Find(paragraph.SurfaceSpan(start, end), date?.Year) is not null
                    || end - start > 1 && gazetteer.Find(paragraph.SurfaceSpan(start, end - 1), date?.Year) is not null) continue;
                string company = Enumerable.Range(1, end - start).Reverse().Select(length => gazetteer.Find(paragraph.SurfaceSpan(start, start + length), date?.Year))
                    .FirstOrDefault(e => e != null && StoryWording.Owns(e, words))?.Name ?? name;
                found.Add(EntityType.Organization, company, paragraph.Surface(start, end));
                for (int k = start; k < end; k++) paragraph.Covered[k] = true;
            }
            foreach (var match in MatchGazetteer(paragraph, date?.Year).Where(m => !paragraph.IsTicker(m.Start) && !InsideLongerOrganization(m, paragraph) && !AfterAnotherGivenName(m, paragraph) && !AfterAGivenName(m, paragraph)
                && !wording.Disowns(m.Entry, m.Start, m.End, paragraph)))
            {
                for (int k = match.Start; k < match.End; k++) (paragraph.Covered[k], paragraph.Known[k]) = (true, match.Entry);
                // "Washington" in "George Washington University", "Finland" in "Bank of Finland": part of a name, not a mention.
                if (match.Entry.Type != EntityType.Organization && InsideOrganizationName(match, paragraph)) continue;
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
                    if (match.Entry.Type == EntityType.Place && gazetteer.CountryIn(match.Entry, date?.Year) is { } country) found.Add(EntityType.Place, country, match.Surface);
                    if (match.Entry is { Type: EntityType.Place, Country: not null } && CityCommonNames.After(paragraph, match.End) is var (type, end))
                    {
                        string name = paragraph.Surface(match.Start, end);
                        found.Add(type, name, name);
                    }
                }
            }
            if (!paragraph.IsMostlyUpperCase) new PhraseClassifier(paragraph, found, loneWords, gazetteer, datelineCountry).ClassifyAll();
        }
        found.MergeSurnamesIntoFullNames();
        found.MergeShortFormsIntoLongerOrganizations(name => gazetteer.Find(name) != null);
        found.MergeFirmsNamedShort(name => gazetteer.Find(name) != null);
        ResolveSurnames(loneWords, found);
        found.ResolveTheGulf();
        return found.ToEntities();
    }

    private sealed record GazetteerMatch(GazetteerEntry Entry, int Start, int End, string Surface);

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
            for (int length = Math.Min(gazetteer.LongestNameStartingWith(words[i].Text.AsSpan()), words.Count - i); length >= 1; length--)
            {
                if (!paragraph.AllJoinedInName(i, i + length)) continue;
                // Looked up by span: most candidate spans name nothing, and they must cost no garbage. A name may end in a
                // possessive that the word lost ("Moody's", "Standard and Poor's"): tried with it when the span names nothing.
                var entry = gazetteer.Find(paragraph.SurfaceSpan(i, i + length), year);
                if (entry == null && paragraph.PossessiveAfter(i + length - 1)) entry = gazetteer.Find(paragraph.SurfaceSpan(i, i + length, possessive: true), year);
                if (entry == null || IsPeoplesAdjective(entry, paragraph, i, length)) continue;
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

    /// <summary>
    /// A surname the gazetteer knows ("Biden", "Stoltenberg") after a given name that is not its person's ("Hunter Biden",
    /// "Thorvald Stoltenberg") names another person of that family: left to the rules, which read the whole name.
    /// </summary>
    /// <summary>
    /// A place of one word after a common given name is a surname: "Edward Valencia", "George Washington", "Michael Jordan".
    /// The run is then read as the person it names.
    /// </summary>
    private static bool AfterAGivenName(GazetteerMatch match, Paragraph paragraph) =>
        match.Entry.Type == EntityType.Place && match.End - match.Start == 1 && match.Start > 0 && !paragraph.IsMostlyUpperCase
        && paragraph.Joined(match.Start - 1) && !paragraph.Covered[match.Start - 1]
        && paragraph.Words[match.Start - 1].Sentence == paragraph.Words[match.Start].Sentence
        && EntityRules.GivenNames.Contains(paragraph.Words[match.Start - 1].Text) && char.IsUpper(paragraph.Words[match.Start - 1].Text[0]);

    private static bool AfterAnotherGivenName(GazetteerMatch match, Paragraph paragraph)
    {
        if (match.Entry.Type != EntityType.Person || match.End - match.Start != 1 || !match.Entry.Name.Contains(' ')
            || match.Start == 0 || paragraph.IsMostlyUpperCase) return false;
        int before = match.Start - 1;
        var words = paragraph.Words;
        var word = words[before];
        // A sentence's first word may be any word ("Although Reagan", "Today Reagan"): only a word inside a sentence is read.
        bool opensSentence = before == 0 || words[before - 1].Sentence != word.Sentence;
        if (opensSentence || !paragraph.Joined(before) || paragraph.Covered[before] || word.Text.Length < 2 || !char.IsUpper(word.Text[0])
            || word.Text.All(char.IsUpper) || !word.Text.All(c => char.IsLetter(c) || c == '-')) return false;
        // One of the person's own names, or a misspelling of one ("Carlo Ciampi" for Carlo Azeglio Ciampi, "Mikhael Gorbachev"),
        // is that person; a title ("President Biden") is no given name.
        return !match.Entry.AllNames.Any(n => n.Split(' ').Any(given => NearlyEqual(given, word.Text))) && !EntityRules.Titles.Contains(word.Text)
            && !EntityRules.NotNames.Contains(word.Text) && !EntityRules.NotNamesAlone.Contains(word.Text) && !EntityRules.Calendar.Contains(word.Text)
            && !EntityRules.OrganizationHeads.Contains(word.Text) && !EntityRules.PlaceHeads.Contains(word.Text) && !EntityRules.WorkNouns.Contains(word.Text);
    }

    // Equal but for case, or for one letter added, left out or changed in a word of five letters or more ("Jamie" for "Jaime" is
    // two changes, a swap: counted as one).
    private static bool NearlyEqual(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) return true;
        if (Math.Min(a.Length, b.Length) < 5 || Math.Abs(a.Length - b.Length) > 1) return false;
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        int i = 0;
        while (i < Math.Min(a.Length, b.Length) && a[i] == b[i]) i++;
        string restA = a[i..], restB = b[i..];
        return restA.Length == restB.Length
            ? restA[1..] == restB[1..] || restA.Length >= 2 && restA[0] == restB[1] && restA[1] == restB[0] && restA[2..] == restB[2..]
            : restA.Length > restB.Length ? restA[1..] == restB : restB[1..] == restA;
    }

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
            if (PhraseClassifier.IsPlaceAndCommonNoun(paragraph, start, end)) return false;
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

    /// <summary>Acronyms spelled out by a capitalized phrase of the article: "ICC" → "Interstate Commerce Commission".</summary>
    private static Dictionary<string, string> LocalAcronyms(List<Paragraph> paragraphs)
    {
        var acronyms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var paragraph in paragraphs.Where(p => !p.IsMostlyUpperCase))
        {
            foreach (var (start, end) in paragraph.Runs)
            {
                // Only an organization's name spells out an acronym; checked first, as it rules out most runs for free.
                if (!PhraseClassifier.IsOrganizationName(paragraph.Words, start, end)) continue;
                // "EC Commission" holds the acronym; it does not spell one out.
                if (paragraph.Words.Skip(start).Take(end - start).Any(w => w.Text.Length > 1 && w.Text.All(char.IsUpper))) continue;
                var initials = paragraph.Words.Skip(start).Take(end - start)
                    .Where(w => !EntityRules.Connectors.Contains(w.Text)).Select(w => w.Text[0]).ToArray();
                if (initials.Length >= 2) acronyms.TryAdd(new string(initials), paragraph.Surface(start, end));
            }
        }
        return acronyms;
    }

    private static bool NamedBy(GazetteerEntry entry, string name) => entry.AllNames.SelectMany(Gazetteer.WithEitherCompanyForm).Any(n => NameKey.Of(n) == NameKey.Of(name));

    /// <summary>
    /// A lone capitalized word that is the surname of exactly one person named in full refers to that person;
    /// else one that opens the name of exactly one organization refers to it ("Mannesmann" → "Mannesmann AG").
    /// </summary>
    private static void ResolveSurnames(List<LoneWord> loneWords, EntityCollection found)
    {
        var bySurname = found.People()
            .GroupBy(name => NameKey.Of(name.Split(' ')[^1]))
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single());
        foreach (var (word, afterWomanTitle) in loneWords)
        {
            // "Mrs. Clinton" is not Bill Clinton, nor "Ms. Rice" Emmett J. Rice: she refers only to a woman named so.
            if (bySurname.TryGetValue(NameKey.Of(word), out string? person) && (!afterWomanTitle || found.IsWoman(person))) found.Add(EntityType.Person, person, word);
            else if (!afterWomanTitle && found.OrganizationBeginningWith(word) is { } organization) found.Add(EntityType.Organization, organization, word);
        }
    }
}
