namespace Search.Core.Extraction;

/// <summary>
/// The words beside a capitalized run of a paragraph that tell what it names: a firm ("brokers James Capel"), a publication
/// ("the weekly Wirtschaftswoche"), a country's chamber ("the Senate" of a Washington story), a city ("the city of Almaty"),
/// a person ("Saltanat Azirbek, a police spokesman").
/// </summary>
internal sealed class NameCues(Paragraph paragraph, Gazetteer gazetteer, string? datelineCountry)
{
    private List<Word> Words => paragraph.Words;

    // Where a firm's name starts when a firm cue introduces the run: the word before it ("brokers James Capel"), or the run's
    // own first word at a sentence start ("Stockbrokers James Capel said"); -1 when none does.
    public int AfterFirmCue(int start)
    {
        if (start > 0 && paragraph.Joined(start - 1) && Words[start - 1].Sentence == Words[start].Sentence && FirmNames.Cues.Contains(Words[start - 1].Text)
            && char.IsLower(Words[start - 1].Text[0])) return start;
        // "Analysts at Freedom Finance said": where analysts work is a firm, though a verb of speech follows it; so is it after
        // its seat ("Economists at Lagos-based Cordros Capital", a QA pass).
        int at = start >= 2 && Words[start - 1].Text.EndsWith("-based", StringComparison.Ordinal) && paragraph.Joined(start - 1) ? start - 1 : start;
        if (at >= 2 && Words[at - 1].Text == "at" && paragraph.Joined(at - 2) && paragraph.Joined(at - 1)
            && Words[at - 2].Sentence == Words[start].Sentence && EntityRules.AnalystWords.Contains(Words[at - 2].Text)) return start;
        // "A group calling itself Crimson Lynx claimed responsibility": what names itself so is a body, not a person.
        if (start > 0 && Words[start - 1].Text == "itself" && paragraph.Joined(start - 1) && Words[start - 1].Sentence == Words[start].Sentence) return start;
        // A dateline's dash opens the story's first sentence: "DUISBURG (dpa) - Steelmaker Brenntal Stahl said".
        bool opensSentence = start == 0 || Words[start - 1].Sentence != Words[start].Sentence
            || paragraph.Text.AsSpan(Words[start - 1].End, Words[start].Start - Words[start - 1].End).IndexOfAny("-—–") >= 0;
        return opensSentence && FirmNames.Cues.Contains(Words[start].Text) && paragraph.Joined(start) ? start + 1 : -1;
    }

    // "the business weekly Wirtschaftswoche", "the daily Pravda".
    public bool AfterPublicationCue(int start) =>
        start > 0 && paragraph.Joined(start - 1) && Words[start - 1].Sentence == Words[start].Sentence && char.IsLower(Words[start - 1].Text[0])
        && EntityRules.PublicationCues.Contains(Words[start - 1].Text);

    // "the Senate", "the Army", "Congress": the one word a report calls its own country's chamber or force by; one that
    // needs no article ("Congress was ready", "Parliament approved") goes without.
    public GazetteerEntry? ChamberOfTheStory(int start) =>
        datelineCountry != null && (start > 0 && Words[start - 1].Text is "the" or "The" && paragraph.Joined(start - 1) || Words[start].Text is "Congress" or "Parliament")
            ? gazetteer.FindChamber(Words[start].Text, datelineCountry) : null;

    /// <summary>
    /// Whether the words beside a run, or its form, announce a place: "Mangystau province" (<paramref name="next"/>), "the city
    /// of Almaty", "near Rohri", "in St. Gallen", "Ondo State".
    /// </summary>
    public bool AnnounceAPlace(int start, int end, string? next) =>
        next != null && PlaceWords.PlaceFollowers.Contains(next) || FollowsCityOf(start) || FollowsListOf(start) || FollowsNear(start, end) || NamesAPlaceByItsForm(start, end);

    // "the departments of Escuintla, Sacatepequez and Chimaltenango", "the provinces of Nampula and Cabo Delgado", "the
    // municipality of Alotenango": each name of the list is a place. The cue is lower case, so "the Department of Justice" is
    // not, and "the departments of Commerce, Defense and State" are a government's.
    private bool FollowsListOf(int start)
    {
        int item = start;
        for (bool first = true; item >= 2; first = false)
        {
            if (PlaceWords.GovernmentBranches.Contains(Words[item].Text)) return false;
            int k = item - 1;
            if (Words[k].Text == "of" && paragraph.Joined(k))
                return paragraph.Joined(k - 1) && char.IsLower(Words[k - 1].Text[0]) && (PlaceWords.PlacesOf.Contains(Words[k - 1].Text) || first && Words[k - 1].Text == "municipality");
            // The previous name of the list ends before "and", ", and" or a comma.
            if (Words[k].Text == "and" && paragraph.Joined(k))
            {
                k--;
                if (k < 0 || !paragraph.Joined(k) && !paragraph.Gap(k).SequenceEqual(",")) return false;
            }
            else if (!paragraph.Gap(k).SequenceEqual(",")) return false;
            if (!Words[k].IsCapitalized || Words[k].Sentence != Words[start].Sentence) return false;
            while (k > 0 && Words[k - 1].IsCapitalized && paragraph.Joined(k - 1)) k--;
            item = k;
        }
        return false;
    }

    // "the city of Almaty", "the port of Aktau", "the eastern state of Bihar", "the town hall of Saravena".
    private bool FollowsCityOf(int start) =>
        start >= 2 && Words[start - 1].Text == "of" && paragraph.Joined(start - 2) && paragraph.Joined(start - 1)
        && (Words[start - 2].Text is "city" or "town" or "village" or "port" or "state" or "province" or "region" or "district" or "county" or "island"
            || Inhabitants.Contains(Words[start - 2].Text)
            || Words[start - 2].Text == "hall" && start >= 3 && Words[start - 3].Text is "town" or "city" && paragraph.Joined(start - 3));

    // "Residents of Ebute Metta told PUNCH": whose residents a sentence names is a place, though a person's cue follows (a QA session).
    private static readonly HashSet<string> Inhabitants = new(["residents", "inhabitants", "villagers", "townspeople"], StringComparer.OrdinalIgnoreCase);

    // "near Rohri", "near Kacha Khuh station", "near Rahim Yar Khan": what a thing lies near is a place; not what a possessive
    // follows ("near Smith's home"), a titled person or a day.
    private bool FollowsNear(int start, int end) =>
        start > 0 && Words[start - 1].Text == "near" && paragraph.Joined(start - 1) && Words[start - 1].Sentence == Words[start].Sentence
        && !paragraph.PossessiveAfter(end - 1) && !EntityRules.Titles.Contains(Words[start].Text) && !EntityRules.Calendar.Contains(Words[start].Text);

    // "in St. Gallen", "near Saint-Denis": a town named for a saint, where a person's name would not be ("St." joins the name as a
    // title's dot does, and the name was read as a person's before "said"); "Edo State", "Rakhine State": a federal state.
    private bool NamesAPlaceByItsForm(int start, int end) =>
        end - start == 2 && (Words[start].Text is "St" or "Ste" or "Saint" && start > 0 && paragraph.Joined(start - 1) && !paragraph.PossessiveAfter(end - 1)
            && Words[start - 1].Text is "in" or "near" or "outside" or "to" or "from"
            || Words[end - 1].Text == "State" && !EntityRules.Titles.Contains(Words[start].Text) && !EntityRules.NotNamesAlone.Contains(Words[start].Text));

    /// <summary>
    /// "a U.S. Company or companies", "Japanese, British and U.S. Securities houses": a place and a common noun ending the
    /// run describe, they do not name.
    /// </summary>
    internal static bool IsPlaceAndCommonNoun(Paragraph paragraph, int start, int end) =>
        end - start >= 2 && paragraph.Known[end - 2] is { Type: EntityType.Place } && (end - start == 2 || paragraph.Words[end - 3].Text == "and")
        && paragraph.Words[end - 1].Text is "Company" or "Group" or "Corporation" or "Securities" or "Workers" or "Partners" or "Associates" or "Advisers"
            or "Banks";

    // A post in lower case, after words that qualify it ("chief", "former", "lead"), up to "of", "at" or "for"; not one that
    // introduces the next name ("Acme, chairman John Smith said").
    private bool PostOpens(int k)
    {
        for (int last = Math.Min(Words.Count - 1, k + 3); k < last && char.IsLower(Words[k].Text[0]) && !ClauseWords.Contains(Words[k].Text); k++)
            if (IsPost(k) && Words[k].Text != "chief") return !(paragraph.Joined(k) && Words[k + 1].IsCapitalized);
        return false;
    }

    private static readonly HashSet<string> PersonObjects = new(
        ["sentenced", "convicted", "acquitted", "jailed", "arrested", "detained", "indicted", "extradited", "pardoned", "kidnapped",
         "abducted", "executed", "impeached"], StringComparer.Ordinal);

    private static readonly HashSet<string> ClauseWords = new(["of", "at", "for", "and", "or", "but", "who", "which", "said", "says", "is", "was", "has", "had", "will", "the", "a", "an"], StringComparer.Ordinal);

    // A person's post or occupation; a bond issue's "lead manager" is a bank.
    private bool IsPost(int k) =>
        (EntityRules.PersonCues.Contains(Words[k].Text) || EntityRules.Occupations.Contains(Words[k].Text))
        && !(Words[k].Text is "manager" or "managers" && k > 0 && Words[k - 1].Text is "lead" or "joint" or "co-lead" or "sole");

    /// <summary>
    /// Whether the words beside a name of plain capitalized words announce a person: a verb of speech, an age, an apposition, a
    /// cue word or occupation before it, or (with <paramref name="givenNameCue"/>) a common given name opening it.
    /// </summary>
    public bool AnnounceAPerson(int nameStart, int end, bool givenNameCue)
    {
        int sentence = Words[nameStart].Sentence;
        bool SameSentence(int k) => Words[k].Sentence == sentence;
        string Gap(int before) => paragraph.Text[Words[before].End..Words[before + 1].Start];

        if (end < Words.Count && paragraph.Joined(end - 1) && EntityRules.SpeechVerbs.Contains(Words[end].Text)) return true;
        // An age in commas after the name: "Damir Kassabulat, 20, scored", "Van der Berg, 61, was not in court"; not a
        // figure ("the Draftsmaster II, 11,900 dlrs", "Capitaine Wallis, 13,847 dwt").
        if (end < Words.Count && SameSentence(end) && Gap(end - 1).Trim() == "," && int.TryParse(Words[end].Text, out int age) && age is > 0 and < 110
            && paragraph.Text.AsSpan(Words[end].End) is [',', ' ', ..]) return true;
        // A verb of speech before the name, which then ends the clause: "..., said Ward McCarthy." / "said John Smith, who ...".
        if (nameStart > 0 && SameSentence(nameStart - 1) && paragraph.Joined(nameStart - 1) && EntityRules.SpeechVerbs.Contains(Words[nameStart - 1].Text)
            && paragraph.Text.AsSpan(Words[end - 1].End).TrimStart() is var rest && (rest.IsEmpty || rest[0] is '.' or ',' or ';')) return true;
        // An apposition after the name: "Saltanat Azirbek, a police spokesman in Almaty", "Bea Cruz, a 42-year-old vendor".
        if (end < Words.Count && Gap(end - 1).Contains(',') && Words[end].Text is "a" or "an" or "the")
        {
            if (end + 1 < Words.Count && Words[end + 1].Text.EndsWith("-year-old", StringComparison.Ordinal)) return true;
            bool sameClause = true; // an occupation counts before the apposition's next comma: not "AB, the firm, and investor Erik Vik"
            for (int k = end; k < Math.Min(Words.Count, end + 5) && SameSentence(k); k++)
            {
                if (k > end && Gap(k - 1).Contains(',')) sameClause = false;
                if (EntityRules.PersonCues.Contains(Words[k].Text) && IsPost(k)
                    || sameClause && EntityRules.Occupations.Contains(Words[k].Text) && !(k + 1 < Words.Count && EntityRules.BodiesQualified.Contains(Words[k + 1].Text))) return true;
            }
        }
        // A post opening the apposition, perhaps after its employer: "Ana Ruiz, president of the institute", "Ana Ruiz, Acme's
        // chief executive, said".
        if (end < Words.Count && Gap(end - 1).Contains(',') && PostOpens(Words[end].IsCapitalized && paragraph.PossessiveAfter(end) ? end + 1 : end)) return true;
        if (nameStart > 0 && IsPost(nameStart - 1) && SameSentence(nameStart - 1)) return true;
        // A verb of the courts or the police before it, whose object is a person: "sentenced Andile Zwane, a former member of
        // the provincial cabinet", "police arrested Juan Perez".
        if (nameStart > 0 && SameSentence(nameStart - 1) && paragraph.Joined(nameStart - 1) && PersonObjects.Contains(Words[nameStart - 1].Text)) return true;
        // An apposition before the name: "the spokesperson for Russian diplomacy, Maria Zajarova".
        if (nameStart > 0 && Gap(nameStart - 1).Contains(','))
        {
            for (int k = nameStart - 1; k >= Math.Max(0, nameStart - 7) && SameSentence(k); k--)
                if (EntityRules.PersonCues.Contains(Words[k].Text)) return true;
        }
        // A common given name opening a name of two or three words: "the nomination of Robert Gates". Not before a known
        // person's surname: "Reagan and Nancy Reagan" would then give the President's "Reagan" to her.
        if (givenNameCue && end - nameStart is 2 or 3 && EntityRules.IsGivenName(Words[nameStart].Text)
            && gazetteer.Find(Words[end - 1].Text) is not { Type: EntityType.Person }) return true;
        // Reporters of a contributor line are the article's authors (AuthorExtractor), not its people.
        return false;
    }

    // A word a person's name may be made of: capitalized, then lower case, and nothing a name of a body, a place or a post has.
    public bool PlainNameWord(int k) =>
        !paragraph.Covered[k] && Words[k].Text is [var first, .. var rest] && char.IsUpper(first) && rest.Length > 1 && rest.All(c => char.IsLower(c) || c is '-' or '\'' or '’')
        && !EntityRules.OrganizationHeads.Contains(Words[k].Text) && !PlaceWords.PlaceHeads.Contains(Words[k].Text) && !EntityRules.WorkNouns.Contains(Words[k].Text)
        && !EntityRules.NotInPersonNames.Contains(Words[k].Text) && !EntityRules.Titles.Contains(Words[k].Text) && !EntityRules.Calendar.Contains(Words[k].Text)
        && !FirmNames.Endings.Contains(Words[k].Text) && !FirmNames.NoSurnames.Contains(Words[k].Text) && !EntityRules.NotNames.Contains(Words[k].Text)
        && !EntityRules.Portfolios.Contains(Words[k].Text) && !EntityRules.PersonCues.Contains(Words[k].Text) && !EntityRules.Occupations.Contains(Words[k].Text);

    // No one is named after a sea: "Atlantic Financial said", whose "Atlantic" is no sea (SeaWording), is a company.
    public bool IsSeaName(string word) => gazetteer.Find(word) is { } entry && SeaWording.IsSea(entry);

    // "Democratic Socialists", "Other Democrats": a group, never a person.
    public static bool IsGroupWord(string word) => EntityRules.GroupEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal));
}
