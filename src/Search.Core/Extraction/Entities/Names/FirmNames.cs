namespace Search.Core.Extraction;

/// <summary>Words that introduce or end today's firms' names, as <see cref="ClubNames"/> holds those of clubs.</summary>
internal static class FirmNames
{
    /// <summary>
    /// Lower-case nouns that introduce a firm by name ("brokers James Capel", "brokerage Hoare Govett"): the name after them is
    /// no person's, though it opens with a given name. A singular "broker" introduces a person ("broker Jeffrey Wendel").
    /// </summary>
    public static readonly HashSet<string> Cues = new(
        ["brokers", "stockbrokers", "brokerage", "brokerages", "firm", "underwriters", "carmaker", "automaker", "steelmaker",
            "chipmaker", "drugmaker", "planemaker", "shipbuilder", "retailer", "insurer", "lender", "airline", "conglomerate",
            "company", "group", "telecom", "operator", "chain", "grocer", "supermarket", "manufacturer", "maker", "supplier",
            "startup", "exporter", "refiner", "brewer", "carrier", "utility"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Endings of today's company names ("Northern Star Resources", "Hudbay Minerals", "SM Entertainment"), which end a name
    /// only where no "and" carries it on ("Minnesota Mining and Manufacturing Co").
    /// </summary>
    public static readonly HashSet<string> Endings = new(
        ["Resources", "Mining", "Minerals", "Holding", "Entertainment", "Insurance", "Management", "Motors", "Observatory", "Regulator",
            // A QA pass found "Kestrel Telecom" among the people.
            "Telecom", "Telecoms", "Telecommunications", "Energy", "Pharmaceuticals", "Chemicals", "Petroleum", "Utilities",
            // A courier's, a paper's or a train's name ("the Sir Syed Express" had been the person Syed Express).
            "Express",
            // A third QA pass found "tech group Halcyon Technologies" no entity at all, and "Halvorsen Pharma" none either.
            "Technologies", "Pharma", "Semiconductor", "Semiconductors", "Software", "Labs", "Networks", "Therapeutics", "Biotech",
            "Aerospace", "Automobile",
            // A fourth QA pass found "Tohoku Electric Power" among the people.
            "Power", "Electric"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words that open a firm's name where the name puts its head first, as Spanish, Portuguese, Italian and French do
    /// ("Petrolera Costa Norte", "Quimica del Istmo", "Grupo Bimbo", "Companhia Vale"): the run is a firm, not a person.
    /// </summary>
    public static readonly HashSet<string> Openers = new(
        ["Petrolera", "Petróleos", "Petroleos", "Minera", "Mineração", "Mineradora", "Química", "Quimica", "Compañía", "Compania",
            "Companhia", "Compagnie", "Empresa", "Empresas", "Grupo", "Gruppo", "Groupe", "Banco", "Banca", "Banque", "Constructora",
            "Construtora", "Transportes", "Inversiones", "Industrias", "Aerolíneas", "Aerolineas", "Corporación", "Corporacion",
            "Sociedad", "Société", "Societe", "Società", "Naviera", "Cervecería", "Cerveceria", "Laboratorios", "Distribuidora",
            "Financiera", "Aseguradora", "Siderúrgica", "Siderurgica", "Azucarera", "Cementos", "Astilleros", "Ferrocarriles"],
        StringComparer.Ordinal);

    /// <summary>
    /// Whether a known body's acronym stands right after a firm cue ("the state railway company CFR said"): the cue's firm,
    /// named by its own letters, not the body ("CFR" had been the Council on Foreign Relations in a Romanian story, a QA pass).
    /// A firm the gazetteer knows by its letters stays that firm ("oil company BP").
    /// </summary>
    public static bool CuedAcronymOfABody(GazetteerEntry entry, int start, int end, Paragraph paragraph)
    {
        if (end - start != 1 || start == 0 || entry.Type != EntityType.Organization) return false;
        string word = paragraph.Words[start].Text, before = paragraph.Words[start - 1].Text;
        return word.Length is >= 2 and <= 6 && word.All(char.IsUpper) && !word.Equals(entry.Name, StringComparison.Ordinal)
            && Cues.Contains(before) && char.IsLower(before[0]) && paragraph.Joined(start - 1)
            && paragraph.Words[start - 1].Sentence == paragraph.Words[start].Sentence && entry.Name.Split(' ') is var name
            && name.Any(BodyHeads.Contains) && !name.Any(w => EntityRules.CompanyForms.Contains(w) || Endings.Contains(w));
    }

    // The heads of bodies that are no firm: a council, a committee, a ministry, a party, a union.
    private static readonly HashSet<string> BodyHeads = new(
        ["Council", "Organization", "Organisation", "Committee", "Commission", "Ministry", "Department", "Party", "Union", "Association",
            "Federation", "Front", "Movement", "Alliance", "Authority", "Bureau", "Foundation", "Institute", "University", "Court",
            "Parliament", "Assembly", "League", "Society", "Agency", "Office", "Directorate", "Secretariat"],
        StringComparer.Ordinal);

    /// <summary>
    /// Firms' endings no surname has, which a blind probe found read as people when listed after a person ("investor Tom Harlow
    /// and Greenfield Ventures"; on Reuters "Donald Trump and Interstate Properties", "Guardman Investment").
    /// </summary>
    public static readonly HashSet<string> NoSurnames = new(
        ["Ventures", "Properties", "Investment", "Investments", "Logistics", "Solutions", "Enterprises"], StringComparer.OrdinalIgnoreCase);
}
