namespace Search.Core.Extraction;

/// <summary>
/// The word lists behind the capitalized-phrase rules: words that make a phrase an organization, titles and cues that
/// announce a person, and capitalized words that never start a name. The words of places are <see cref="PlaceWords"/>.
/// </summary>
internal static class EntityRules
{
    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);

    /// <summary>A capitalized phrase ending in one of these names an organization ("Interior Ministry").</summary>
    public static readonly HashSet<string> OrganizationHeads = Set(
        "FC", "AFC", "Ministry", "Organization", "Organisation", "Council", "Agency", "Department", "Party", "Bank", "Union",
        "Committee", "Commission", "Service", "Services", "Forces", "Force", "Army", "Navy", "Police", "Court",
        "Parliament", "Assembly", "Foundation", "Institute", "University", "Company", "Corporation", "Association",
        "Federation", "Front", "Movement", "Alliance", "Authority", "Guard", "Bureau", "Fund", "Programme",
        "Group", "Network", "Directorate", "Secretariat", "Senate", "Congress", "Board", "Centre", "Center",
        "League", "Society", "Church", "Exchange", "Inc", "Ltd", "Corp", "Airlines", "Airways", "Brigade",
        // Company forms and the bodies of wire news: "Singer Co", "Mannesmann AG", "Veterans Administration".
        "Co", "AG", "GmbH", "Plc", "NV", "SA", "SpA", "BV", "LLC", "AB", "ASA", "Oyj", "A/S", "S/A", "Trust", "Holdings", "Industries", "Brothers", "Administration", "Pool", "Pact",
        // Said of a body as of a person ("the Federal Statistics Office said", "Warburg Securities said"): no person's name ends so.
        "Office", "Securities", "Advisers", "Advisors", "Partners", "Partnership", "Associates", "Workers", "Steelworkers", "Departments",
        "Banks", "News",
        // Endings of company names the Reuters facets gave to people ("bookrunner Banque Paribas Capital Markets said").
        "Markets", "Bancorp", "Bancorporation", "BancGroup", "Bancshares", "Cos", "Savings", "Systems", "Commodities",
        "Brotherhood", "Club", "Works", "LP", "Division",
        // A hospital is named after a person ("the Sir Sunderlal Hospital"), and was read as one; so is a carmaker ("Kaneshiro Motor").
        "Hospital", "Clinic", "Motor", "Motors", "Automotive",
        // A broadcaster named by its city or country: "Tehran Radio quoted the minister".
        "Radio", "Television");

    /// <summary>A chamber of a parliament, named by one word: "House and Senate" are two, not one organization.</summary>
    public static readonly HashSet<string> Chambers = Set("House", "Senate", "Congress", "Parliament", "Assembly", "Lords", "Commons");

    /// <summary>
    /// Words of company names that are in no person's name, though they open or end names of any length ("International
    /// Business Machines", "Visa International"): such a run is no person.
    /// </summary>
    public static readonly HashSet<string> NotInPersonNames = Set("International", "Facility", "AB", "ASA", "Oyj",
        // A broadcaster is told things as a person is ("the defender told Sky Sports"), but no one is named so.
        "Sports", "TV", "Television", "Radio", "Channel", "Media");

    /// <summary>
    /// Common given names. One opening a name of two or three words marks a person without another cue ("the nomination of
    /// Robert Gates to succeed William Casey"); a company named after its founder ("George Wimpey") is read so too. Names that
    /// are places or common words as well (Virginia, Florence, Charlotte, Grace, Rose) are left out.
    /// </summary>
    public static readonly HashSet<string> GivenNames = Set(
        "John", "Robert", "William", "David", "Richard", "Michael", "James", "George", "Thomas", "Charles", "Paul", "Peter", "Mark",
        "Donald", "Ronald", "Kenneth", "Steven", "Stephen", "Edward", "Brian", "Kevin", "Jason", "Jeffrey", "Gary", "Timothy", "Frank",
        "Joseph", "Daniel", "Anthony", "Christopher", "Matthew", "Andrew", "Joshua", "Scott", "Eric", "Larry", "Jerry", "Dennis",
        "Walter", "Patrick", "Harold", "Douglas", "Henry", "Carl", "Arthur", "Ryan", "Roger", "Albert", "Lawrence", "Howard",
        "Raymond", "Gerald", "Alan", "Alexander", "Samuel", "Benjamin", "Bruce", "Fred", "Frederick", "Philip", "Martin", "Lee",
        "Ralph", "Eugene", "Louis", "Russell", "Bobby", "Victor", "Jack", "Francis", "Nicholas", "Leonard", "Norman", "Stanley",
        "Allen", "Gordon", "Herbert", "Jimmy", "Lloyd", "Neil", "Nigel", "Geoffrey", "Malcolm", "Ian", "Keith", "Graham",
        "Mary", "Patricia", "Linda", "Barbara", "Elizabeth", "Jennifer", "Maria", "Susan", "Margaret", "Dorothy", "Lisa", "Nancy",
        "Karen", "Betty", "Helen", "Sandra", "Donna", "Carol", "Sharon", "Michelle", "Laura", "Sarah", "Kimberly", "Deborah",
        "Jessica", "Shirley", "Cynthia", "Angela", "Melissa", "Brenda", "Amy", "Anna", "Rebecca", "Kathleen", "Pamela",
        "Martha", "Debra", "Amanda", "Stephanie", "Carolyn", "Christine", "Marie", "Janet", "Catherine", "Frances", "Ann", "Joyce",
        "Diane", "Alice", "Julie", "Heather", "Teresa", "Doris", "Gloria", "Evelyn", "Jean", "Cheryl", "Mildred", "Katherine",
        "Joan", "Ashley", "Judith", "Janice", "Kelly", "Nicole", "Judy", "Christina", "Kathy", "Theresa", "Beverly",
        "Denise", "Tammy", "Irene", "Jane", "Lori", "Rachel", "Marilyn", "Andrea", "Kathryn", "Louise", "Sara", "Anne", "Jacqueline",
        "Wanda", "Bonnie", "Julia", "Lois", "Tina", "Phyllis", "Norma", "Paula", "Diana", "Annie", "Lillian", "Emily",
        "Robin", "Peggy", "Gladys", "Rita", "Connie", "Tracy", "Edna", "Tiffany", "Carmen",
        "Rosa", "Cindy", "Wendy", "Edith", "Kim", "Sherry", "Sylvia", "Josephine", "Thelma", "Shannon",
        "Sheila", "Ethel", "Ellen", "Elaine", "Marjorie", "Carrie", "Monica", "Esther", "Pauline", "Emma", "Juanita",
        "Jose", "Juan", "Carlos", "Luis", "Jorge", "Manuel", "Antonio", "Francisco", "Pedro", "Miguel", "Jean-Pierre", "Pierre",
        "Jacques", "Michel", "Francois", "Hans", "Karl", "Helmut", "Wolfgang", "Klaus", "Gerhard", "Heinz", "Otto", "Giovanni",
        "Giuseppe", "Franco", "Mario", "Sergio", "Ahmed", "Mohammed", "Ali", "Hassan", "Ivan", "Sergei", "Vladimir", "Yuri", "Boris");

    /// <summary>Whether a word is a common given name, its accents aside ("Luís", "José", "Martín" are Luis, Jose, Martin).</summary>
    public static bool IsGivenName(string word) => GivenNames.Contains(word) || word.Any(c => c > '\u007f') && GivenNames.Contains(NameKey.Of(word));

    /// <summary>
    /// A minister's portfolio, left before the name when the title comes first ("Minister of Energy and Mines Arturo Hernandez
    /// Grisanti", "Undersecretary of Commerce Bruce Smart"): no part of the person's name.
    /// </summary>
    public static readonly HashSet<string> Portfolios = Set(
        "Commerce", "Agriculture", "Finance", "Energy", "Defence", "Defense", "Treasury", "Labor", "Labour", "Industry", "Economy",
        "Trade", "Interior", "Transport", "Health", "Education", "Fisheries", "Mines", "Affairs", "Planning", "Petroleum");

    /// <summary>
    /// The countries on the Persian Gulf: a story that names one means that gulf by "the Gulf" (the tanker war of 1987), where
    /// a story of Texas and Louisiana means another.
    /// </summary>
    public static readonly HashSet<string> GulfCountries = new(["Iran", "Iraq", "Kuwait", "Saudi Arabia", "Bahrain", "Qatar", "United Arab Emirates", "Oman"], StringComparer.Ordinal);

    /// <summary>A lower-case word after a capitalized phrase that makes it an organization ("its National Steel and Shipbuilding unit").</summary>
    public static readonly HashSet<string> OrganizationFollowers = Set("unit", "units", "subsidiary", "subsidiaries", "division", "affiliate");

    /// <summary>
    /// A lower-case word before a capitalized phrase that makes it a publication ("the business weekly Wirtschaftswoche", "the
    /// daily Pravda").
    /// </summary>
    public static readonly HashSet<string> PublicationCues = Set("weekly", "daily", "newspaper", "magazine", "tabloid", "monthly", "journal");

    /// <summary>Titles before a name ("Prime Minister Askar Mamin"); the name is what follows the last title word.</summary>
    public static readonly HashSet<string> Titles = Set(
        "President", "Prime", "Minister", "Deputy", "Vice", "Secretary", "General", "Gen", "Mr", "Mrs", "Ms", "Dr",
        "Chancellor", "King", "Queen", "Prince", "Princess", "Pope", "Senator", "Sen", "Governor", "Mayor",
        "Ambassador", "Chief", "Commander", "Spokesman", "Spokeswoman", "Spokesperson", "Sheikh", "Emir",
        "Premier", "Sir", "Judge", "Justice", "Colonel", "Col", "Lt", "Captain", "Sgt", "Professor", "Prof",
        "Executive", "Chairman", "Chairwoman", "Director", "Manager", "Analyst", "Economist", "Treasurer", "Officer",
        "Representative", "Rep", "Congressman", "Congresswoman", "Gov", "Capt", "Maj", "Major", "Adm", "Admiral", "Rev", "Miss",
        "Commissioner", "Akim", "CEO",
        // Plurals before names ("Republican Senators Phil Gramm") and titles the wire writes whole ("Conservative MP Anthony Beaumont-Dark").
        "Ministers", "Senators", "Governors", "Presidents", "Secretaries", "MP", "MPs", "Commodore", "Vice-President",
        "Secretary-General", "Under-Secretary", "Undersecretary",
        // The posts written "-General" ("The Director-General of the Lagos State Emergency Management Agency, Dr Adeola Bankole"
        // had made the post part of the agency's name).
        "Director-General", "Inspector-General", "Auditor-General", "Attorney-General", "Solicitor-General", "Surgeon-General",
        "Governor-General", "Accountant-General", "Registrar-General", "Comptroller-General", "Postmaster-General",
        // Posts before a name ("Former National Security Adviser John Poindexter told President Reagan").
        "Adviser", "Advisor", "Former", "Attorney", "Counsel", "Envoy", "Aide", "Negotiator",
        // A country's statistician is a post ("Government Statistician Kofi Ansah-Darko", Ghana's), and so are an engineer's
        // ("provincial director Engineer Tendai Mhuru", Zimbabwe's) and a Kenyan cabinet secretary's ("Health CS Amina Wekesa").
        "Statistician", "Engineer", "Engr", "CS",
        // Police and army ranks before a name ("Superintendent Kwame Owusu", "Inspector Maria Tan").
        "Superintendent", "Inspector", "Sergeant", "Corporal", "Constable", "Lieutenant", "Brigadier", "Marshal");

    /// <summary>Titles written short with a full stop, which then joins them to the name ("Gen. John Allen", "Sen. Brian Schatz").</summary>
    public static readonly HashSet<string> DottedTitles = Set(
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Col", "Lt", "Sgt", "Capt", "Maj", "Adm", "Rev", "Prof", "St");

    /// <summary>Titles of a woman: the surname after them is not a man's of the same name ("Mrs. Clinton" is not Bill Clinton).</summary>
    public static readonly HashSet<string> WomenTitles = Set("Mrs", "Ms", "Miss");

    /// <summary>Endings of plural group words, which are never a person's name ("Democratic Socialists", "Other Democrats").</summary>
    public static readonly string[] GroupEndings = ["ists", "crats", "icans", "atives", "ians", "ites"];

    /// <summary>Short second parts of hyphenated adjectives, which a Korean given name's syllable is not ("US-led", "Soviet-era").</summary>
    public static readonly HashSet<string> AdjectiveEndings = new(["led", "run", "born", "made", "held", "fed", "era", "like", "wide", "free", "only", "rich", "bred", "bound", "area", "back", "day", "year", "type", "size"], StringComparer.Ordinal);

    /// <summary>People whose employer follows "at" ("analysts at Freedom Finance", "an economist at Halyk Finance").</summary>
    public static readonly HashSet<string> AnalystWords = Set("analyst", "analysts", "economist", "economists", "strategist", "strategists");

    /// <summary>Lower-case nouns that introduce a person ("police spokesman Saltanat Azirbek").</summary>
    public static readonly HashSet<string> PersonCues = Set(
        "president", "minister", "spokesman", "spokeswoman", "spokesperson", "representative", "chief", "leader",
        "chancellor", "secretary", "ambassador", "governor", "mayor", "senator", "correspondent", "reporter",
        "journalist", "analyst", "professor", "commander", "director", "chairman", "chairwoman", "head", "envoy",
        "premier", "official", "officer", "lawyer", "activist", "editor", "author", "founder", "ceo", "adviser",
        "advisor", "diplomat", "general", "colonel", "captain", "sergeant", "judge", "prosecutor", "witness", "counsel", "manager",
        "executive", "co-leader", "co-leaders", "boss", "referee");

    /// <summary>
    /// Occupations news names people by: right before the name ("Irish investor Sean O'Brien"), opening the sentence ("Seismologist
    /// Natalya Mikhailova said"), or in an apposition after it ("Donaldson Bramham Lee, an investor from Birmingham"). Not in an
    /// apposition before it, where they qualify a group as often ("an investor group led by Gibbons, Green van Amerongen"); nor
    /// "partner", "owner" or "pilot", which name firms as often.
    /// </summary>
    public static readonly HashSet<string> Occupations = Set(
        "investor", "businessman", "businesswoman", "entrepreneur", "banker", "economist", "scientist", "seismologist",
        "researcher", "surgeon", "billionaire", "tycoon", "oligarch", "lawmaker", "legislator", "candidate", "coach",
        "striker", "midfielder", "goalkeeper", "player", "athlete", "singer", "actor", "actress", "writer", "novelist",
        "blogger", "photographer", "filmmaker", "engineer", "teacher", "nurse", "farmer", "runner", "sprinter", "swimmer",
        "cyclist", "boxer", "golfer", "skier", "batsman", "batter", "bowler", "defender", "winger", "jockey", "commissioner",
        "challenger", "incumbent", "nominee", "frontrunner", "front-runner",
        // Those a disaster's reports quote by what they were there ("Passenger Elena Ccori, 31, said from her hospital bed").
        "passenger", "driver", "motorist", "survivor", "villager", "shopkeeper", "student");

    /// <summary>Nouns after an occupation that make it qualify a body, not name a person ("an investor group").</summary>
    public static readonly HashSet<string> BodiesQualified = Set("group", "groups", "firm", "company", "fund", "house", "bank", "team", "union", "association");

    /// <summary>Words that make a capitalized pair a document or publication, never a person ("World Factbook", "Collective Security Agreement").</summary>
    public static readonly HashSet<string> WorkNouns = Set(
        "Factbook", "Report", "Journal", "Review", "Times", "Post", "Herald", "Gazette", "Daily", "Weekly", "Magazine",
        "Book", "Index", "Act", "Treaty", "Agreement", "Law", "Accord", "Plan", "Strategy", "Doctrine", "Protocol",
        "Convention", "Declaration", "Charter", "Constitution", "Code", "Bill", "Resolution", "Summit", "Games", "Cup", "World");

    /// <summary>Verbs of speech after a name ("Saltanat Azirbek told Khabar 24").</summary>
    public static readonly HashSet<string> SpeechVerbs = Set(
        "said", "says", "told", "wrote", "added", "tweeted", "stated", "announced", "urged", "warned", "asked",
        "explained", "noted", "insisted", "argued", "claimed", "denied", "declared", "replied");

    /// <summary>Days and months: capitalized, but they end any name.</summary>
    public static readonly HashSet<string> Calendar = Set(
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
        "March", "April", "May", "June", "July", "August", "September", "October", "November", "December");

    /// <summary>Capitalized words that never begin a name (sentence openers, common nouns at a sentence start).</summary>
    public static readonly HashSet<string> NotNames = Set(
        "The", "A", "An", "In", "On", "At", "But", "And", "Or", "This", "That", "These", "Those", "It", "He",
        "She", "They", "We", "I", "You", "His", "Her", "Their", "Its", "Our", "After", "Before", "As", "If",
        "When", "While", "Despite", "According", "Some", "Many", "Both", "Thousands", "Hundreds", "Dozens",
        "More", "Most", "There", "Here", "Yet", "So", "Also", "Of", "For", "By", "With", "From", "To", "Since",
        "Until", "During", "Last", "Next", "Every", "Each", "All", "No", "Not", "What", "Who", "Why", "How",
        "Where", "Which", "Photo", "Video", "Read", "Watch", "Other", "Others",
        // Plural nouns and adjectives that open a sentence before a name ("Shares of General Motors Co rose", "Lawyers for the
        // Electronic Frontier Foundation said", "Rival Advanced Micro Devices Inc"): never a name's first word.
        "Shares", "Lawyers", "Members", "Employees", "Fans", "Supporters", "Rival", "Rivals", "Analysts",
        "Traders", "Residents", "Experts", "Critics", "Voters", "Customers", "Prosecutors", "Investigators", "Executives",
        "Relatives", "Colleagues", "Researchers", "Scientists", "Doctors", "Shareholders", "Creditors", "Lenders");

    /// <summary>
    /// Common nouns and adjectives that open sentences ("Police said", "Western diplomats") but also open names
    /// ("State Trading Corp", "Government National Mortgage Association"): they begin a name only when more capitalized words follow.
    /// </summary>
    public static readonly HashSet<string> NotNamesAlone = Set(
        "Protesters", "Police", "Authorities", "Government", "Officials", "Witnesses", "Security", "State", "Western",
        "Eastern", "Northern", "Southern",
        // Number words opening a sentence ("Two units at the plant returned"), though "Three Gorges Dam" is a name.
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten");

    /// <summary>Government bodies that exist in every country; the country they belong to is part of their name.</summary>
    public static readonly HashSet<string> GovernmentBodyHeads = Set("Ministry", "Department");

    /// <summary>Lower-case words allowed inside a capitalized name ("Ministry of Health", "Organization of Turkic States").</summary>
    public static readonly HashSet<string> Connectors = new(["of", "for", "and", "und", "et", "de", "del", "du", "da", "do", "dos", "das", "di", "der", "den", "la", "le", "al", "bin", "ibn", "van", "von"], StringComparer.Ordinal);

    /// <summary>
    /// A company's legal form ends its name: "of" after it says where the company is ("Hoechst AG of West Germany",
    /// "Daiwa Securities Co Ltd of Japan"), unlike "of" after a body's head ("Bank of Japan").
    /// </summary>
    public static readonly HashSet<string> CompanyForms = new(["Inc", "Corp", "Co", "Ltd", "AG", "GmbH", "Plc", "PLC", "NV", "SA", "SpA", "BV", "KK", "Cos", "LLC", "AB", "ASA", "Oyj", "A/S", "S/A"], StringComparer.Ordinal);

    /// <summary>
    /// A company form as names write it, whatever its case or dots ("INC" and "Inc." are Inc, "F.S.B." is FSB), or null: the
    /// forms above, a federal savings bank's, and the long ones.
    /// </summary>
    public static string? CompanyFormSpelled(string word) => SpelledForms.GetValueOrDefault(word.Replace(".", ""));

    private static readonly Dictionary<string, string> SpelledForms = CompanyForms.Concat(["FSB", "Corporation", "Company"])
        .DistinctBy(f => f, StringComparer.OrdinalIgnoreCase).ToDictionary(f => f, f => f, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether words after an "and" continue the name before it rather than name a second organization: nothing but a trade
    /// and heads or forms ("Deerfield Federal Savings and Loan Association", "First National Bank and Trust Co", "Carolina
    /// Power and Light Co"), but not "House and Senate". Read as two, "Loan Association" was among the 50 organizations Reuters
    /// named most.
    /// </summary>
    public static bool ContinuesAName(IReadOnlyList<string> after) =>
        after.Any(Trades.Contains) && after.All(w => Trades.Contains(w) || OrganizationHeads.Contains(w) || CompanyForms.Contains(w));

    // The trades that company names join with "and": savings and loan, bank and trust, power and light, gas and electric.
    private static readonly HashSet<string> Trades = Set("Loan", "Loans", "Trust", "Savings", "Insurance", "Light", "Lighting", "Power",
        "Electric", "Gas", "Water", "Telephone", "Telegraph", "Casualty", "Guaranty", "Surety");

    /// <summary>Connectors that belong inside a person's name ("Hans van Liemt", "Sebastiao do Rego Barros").</summary>
    public static readonly HashSet<string> NameParticles = new(["de", "del", "du", "da", "do", "dos", "das", "di", "der", "den", "la", "le", "al", "bin", "ibn", "van", "von"], StringComparer.Ordinal);

    /// <summary>Lower-case words allowed inside a name only after an organization head ("Commission on Dairy Policy").</summary>
    public static readonly HashSet<string> HeadConnectors = new(["on"], StringComparer.Ordinal);
}
