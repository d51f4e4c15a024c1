namespace Search.Core.Extraction;

/// <summary>
/// Acronyms an article spells out itself. A name followed by its initials in brackets ("the Federación de Trabajadores del
/// Cobre (FTC)", "the National Energy Regulator of South Africa (Nersa)") defines the acronym for the whole article, over the
/// gazetteer's body of the same letters, and is one organization's name: a known body inside it is no mention of its own (a
/// place stays one, as in "China International Trust and Investment Corp (CITIC)").
/// An organization's name found by its head word spells out its initials too ("Interstate Commerce Commission ... ICC").
/// </summary>
internal static class SpelledOutAcronyms
{
    // Capitalized terms that are spelled out with their initials as bodies are, but name no body ("Consumer Price Index
    // (CPI)", "Gross Domestic Product (GDP)", "Chief Executive Officer (CEO)").
    private static readonly HashSet<string> Concepts = new(
        ["Product", "Products", "Tax", "Offering", "Rate", "Rates", "Ratio", "Gas", "Oil", "Token", "Income", "Growth", "Deficit",
            "Surplus", "Intelligence", "Reality", "Learning", "Vehicle", "Vehicles", "Disease", "Syndrome", "Virus", "Test", "Area",
            "Zone", "Time", "System", "Unit", "Units", "Requirement", "Initiative", "Reserve", "Reserves", "Intermediate", "Preference",
            "Preferences", "Program", "Market", "Circuit", "Circuits", "Fighter", "Country", "Countries", "Standard", "Price",
            "Prices", "Average", "Benchmark", "Rights", "Amounts", "Receipt", "Receipts", "Assistance", "Quotation", "Reform",
            "Facility", "Facilities"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Acronym → the name that spells it out, in the article's words.</summary>
    public static Dictionary<string, string> Of(List<Paragraph> paragraphs, Gazetteer gazetteer)
    {
        var acronyms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var paragraph in paragraphs.Where(p => !p.IsMostlyUpperCase))
            foreach (var (start, end) in paragraph.Runs)
                if (NamesABody(paragraph, start, end, gazetteer)) acronyms.TryAdd(paragraph.Words[end].Text, paragraph.Surface(start, end));
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

    /// <summary>
    /// The acronym in brackets right after the run [start, end) whose letters are the initials of the run's capitalized words
    /// ("Organisation Undoing Tax Abuse (OUTA)", "Law Society of Kenya (LSK)"), or null.
    /// </summary>
    public static string? BracketedAfter(Paragraph paragraph, int start, int end)
    {
        var words = paragraph.Words;
        if (end - start < 2 || end >= words.Count || paragraph.Gap(end - 1) is not "(") return null;
        string acronym = words[end].Text;
        if (acronym.Length is < 2 or > 8 || !char.IsUpper(acronym[0]) || !acronym.All(char.IsLetter)
            || end + 1 < words.Count && !paragraph.Gap(end).StartsWith(")") || end + 1 == words.Count && !paragraph.Text.AsSpan(words[end].End).StartsWith(")"))
            return null;
        int letter = 0;
        for (int k = start; k < end; k++)
        {
            if (!char.IsUpper(words[k].Text[0])) continue;
            if (letter == acronym.Length || char.ToUpperInvariant(acronym[letter]) != words[k].Text[0]) return null;
            letter++;
        }
        return letter == acronym.Length ? acronym : null;
    }

    /// <summary>Whether the run [start, end), spelled out by its acronym, names a body rather than a term ("Consumer Price Index").</summary>
    /// A known body of those letters that shares a word with the run is that body, spelled otherwise ("Japan Air Lines (JAL)",
    /// "Organization of Petroleum Exporting Countries (OPEC)"), and left to the gazetteer.
    public static bool NamesABody(Paragraph paragraph, int start, int end, Gazetteer gazetteer) =>
        BracketedAfter(paragraph, start, end) is { } acronym && paragraph.Words[end - 1].Text is var last
        && !Concepts.Contains(last) && !EntityRules.WorkNouns.Contains(last) && !EntityRules.Titles.Contains(last)
        && !PlaceWords.PlaceHeads.Contains(last) && last is not ("Territory" or "State" or "District" or "County")
        && !(gazetteer.Find(acronym) is { Type: EntityType.Organization } known && SharesAWord(known, paragraph, start, end));

    private static bool SharesAWord(GazetteerEntry known, Paragraph paragraph, int start, int end)
    {
        var words = known.AllNames.SelectMany(n => n.Split(' ')).Where(w => w.Length >= 4).ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (int k = start; k < end; k++)
            if (paragraph.Words[k].Text.Length >= 4 && words.Contains(paragraph.Words[k].Text)) return true;
        return false;
    }

    /// <summary>
    /// Whether a known body's match [matchStart, matchEnd) lies inside a longer name that its acronym spells out, or overlaps one:
    /// "Independent" (the newspaper) in "The Independent Policing Oversight Authority (IPOA)" is no mention.
    /// </summary>
    public static bool InsideSpelledOutName(Paragraph paragraph, int matchStart, int matchEnd, Gazetteer gazetteer)
    {
        foreach (var (start, end) in paragraph.Runs)
        {
            if (end <= matchStart || start >= matchEnd || start == matchStart && end == matchEnd) continue;
            return NamesABody(paragraph, start, end, gazetteer);
        }
        return false;
    }
}
