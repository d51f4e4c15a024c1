using Search.Core.Extraction;

namespace Search.Core.Tests.Extraction;

/// <summary>Words beside a name that make it an organization, where the name has no head word of its own.</summary>
public class OrganizationCuesTests
{
    private readonly EntityRecognizer _recognizer = new(Seeds.Gazetteer);

    private List<string> Names(EntityType type, params string[] paragraphs) =>
        _recognizer.Recognize(paragraphs).Where(e => e.Type == type).Select(e => e.Name).ToList();

    [Theory]
    [InlineData("The company expects a decline in earnings of its National Steel and Shipbuilding unit.", "National Steel and Shipbuilding")]
    [InlineData("The chairman told the business weekly Wirtschaftswoche in an interview that it wanted a stake.", "Wirtschaftswoche")]
    [InlineData("Damage was estimated at 500 mln dlrs, Tehran Radio quoted the oil minister as saying.", "Tehran Radio")]
    [InlineData("Mannesmann completed taking over a stake in car components firm Fichtel und Sachs AG.", "Fichtel und Sachs AG")]
    // A blind set's "department store chain Brannock Home said" had made the chain a person.
    [InlineData("British homeware and department store chain Marlow Kendall said Wednesday that profit rose.", "Marlow Kendall")]
    [InlineData("The state utility Harriet Vale said demand hit a record on Monday.", "Harriet Vale")]
    [InlineData("Shares of battery maker Elena Mast rose 20 percent on their debut.", "Elena Mast")]
    [InlineData("The pumps were made by parts supplier Owen Carr, whose impellers can deform.", "Owen Carr")]
    // A blind set's "The Director-General of the Lagos State Emergency Management Agency" had been one organization.
    [InlineData("The Director-General of the Coastal State Flood Relief Agency, Dr Ada Okon, said 37 people were rescued.", "Coastal State Flood Relief Agency")]
    [InlineData("The Inspector-General of the Northern Highway Patrol Service, Musa Bello, ordered an inquiry.", "Northern Highway Patrol Service")]
    // A blind set's "Chattogram Divisional Road Transport Workers' Union" had lost its head at the apostrophe.
    [InlineData("The Riverside District Bus Drivers' Union said 8,000 drivers had joined the strike.", "Riverside District Bus Drivers' Union")]
    [InlineData("The National Teachers’ Association called off the boycott on Friday.", "National Teachers’ Association")]
    // A seventh QA pass found "Citizens' Reform Movement" cut to "Reform Movement": words of its cause stand before the head.
    [InlineData("Organisers from the Growers' Land Reform Movement put the turnout at 5,000.", "Growers' Land Reform Movement")]
    // A fourth QA pass found these three among the people.
    [InlineData("Economists at Lagos-based Harlan Okoro said the bank would hold rates.", "Harlan Okoro")]
    [InlineData("A group calling itself Scarlet Heron claimed responsibility for the attack.", "Scarlet Heron")]
    [InlineData("Hokuriku Electric Power said 21,000 homes lost electricity.", "Hokuriku Electric Power")]
    // A QA pass found "advertising group Corvane 415 million euros" no entity at all: the count had been read as part of the name.
    [InlineData("The regulator on Monday fined advertising group Tarvane 415 million euros.", "Tarvane")]
    [InlineData("Shares in ad tech firm Tarvane 12 percent lower", "Tarvane")]
    // A QA pass found "Halvorsen Pharma A/S agreed to acquire" no entity: the slash had cut the Danish company form in two.
    [InlineData("(Bloomberg) -- Tarnby Pharma A/S agreed to acquire a US biotech for $2 billion.", "Tarnby Pharma A/S")]
    [InlineData("Vestby Data A/S said it would cut 300 jobs.", "Vestby Data A/S")]
    [InlineData("The stake was sold to Construtora Lagoa S/A last year.", "Construtora Lagoa S/A")]
    public void ANameBesideAnOrganizationsWordIsAnOrganization(string text, string organization)
    {
        Assert.Contains(organization, Names(EntityType.Organization, text));
        Assert.DoesNotContain(organization, Names(EntityType.Person, text));
    }

    [Theory]
    [InlineData("The injured had been taken to the Sir Sunderlal Hospital at Banaras Hindu University.", "Sunderlal Hospital")]
    [InlineData("Twelve remained in critical condition at the Lady Reading Hospital, a doctor said.", "Lady Reading Hospital")]
    [InlineData("She was treated at the Mayo Clinic in Rochester last year.", "Mayo Clinic")]
    public void AHospitalNamedAfterAPersonIsNoPerson(string sentence, string name)
    {
        Assert.DoesNotContain(Names(EntityType.Person, sentence), p => p.Contains(name, StringComparison.Ordinal));
        Assert.Contains(Names(EntityType.Organization, sentence), o => o.Contains(name, StringComparison.Ordinal));
    }

    [Theory]
    // A QA session found "Petrolera Costa Norte" and "Quimica del Istmo" among the people.
    [InlineData("Petrolera Andina Sur said it had stopped pumping at the terminal.", "Petrolera Andina Sur")]
    [InlineData("A fire broke out at a plant run by Quimica del Pacifico, the fire brigade said.", "Quimica del Pacifico")]
    [InlineData("Grupo Ferrandi Lopez agreed to buy the stake for 40 million euros.", "Grupo Ferrandi Lopez")]
    [InlineData("Shares in Banca Marchetti fell after the bid was dropped.", "Banca Marchetti")]
    [InlineData("Harlow Telecom said 2.1 million customers' records had been taken.", "Harlow Telecom")]
    [InlineData("The Khyber Mail Express derailed near the station, officials said.", "Khyber Mail Express")]
    public void AFirmWhoseNameOpensWithItsHeadIsNoPerson(string sentence, string firm)
    {
        Assert.Contains(firm, Names(EntityType.Organization, sentence));
        Assert.Empty(Names(EntityType.Person, sentence));
    }

    [Fact]
    public void HungarysCentralBankIsOneBodyByEitherName()
    {
        // A QA session found "Magyar Nemzeti Bank" and "National Bank of Hungary" as two organizations.
        Assert.Equal(["Magyar Nemzeti Bank"], Names(EntityType.Organization, "The National Bank of Hungary raised its base rate to 7.25%."));
    }

    [Fact]
    public void CaliforniasFireAgencyIsKnownByItsShortName()
    {
        // A QA session found "Cal Fire" among the people ("Cal Fire spokesperson Dana Whitlock said").
        const string text = "\"The wind is driving it,\" Cal Fire spokesperson Lena Ortiz said.";
        Assert.Equal(["California Department of Forestry and Fire Protection"], Names(EntityType.Organization, text));
        Assert.Equal(["Lena Ortiz"], Names(EntityType.Person, text));
    }

    [Fact]
    public void ABroadcasterNamedAfterAFirmIsNoPartOfIt()
    {
        // A QA session: "told Citi News" (a Ghanaian radio) was Citigroup.
        var organizations = Names(EntityType.Organization, "The district's coordinator told Citi News on Wednesday that the toll had risen to 18.");
        Assert.Contains("Citi News", organizations);
        Assert.DoesNotContain("Citigroup", organizations);
        Assert.Contains("Citigroup", Names(EntityType.Organization, "Citi said on Tuesday that its profit rose 12 percent."));
    }

    [Fact]
    public void AFirmsEndingAfterAndContinuesABodysName()
    {
        // A QA session found "National Office for Risk" and "Disaster Management" among the organizations: "Management" ends
        // firms' names, but after "Office for … and" it goes on with the office's.
        Assert.Equal(["National Office for Risk and Disaster Management"],
            Names(EntityType.Organization, "Twelve people died, said the director-general of the National Office for Risk and Disaster Management (BNGRC)."));
    }

    [Theory]
    [InlineData("About 400 Self-Defense Forces personnel joined the search on Tuesday.")]
    [InlineData("Some 2,500 Police Service officers were on duty, the district administration said.")]
    public void ACountOpensNoName(string sentence)
    {
        // A QA session found "About 400 Self-Defense Forces" among the organizations.
        Assert.DoesNotContain(Names(EntityType.Organization, sentence), o => o.Any(char.IsDigit) || o.StartsWith("About", StringComparison.Ordinal) || o.StartsWith("Some", StringComparison.Ordinal));
    }

    [Fact]
    public void APlaceBesideSuchAWordStaysAPlace()
    {
        Assert.Contains("Japan", Names(EntityType.Place, "Sales rose at its Japan unit, the company said."));
        Assert.DoesNotContain("Japan", Names(EntityType.Organization, "Sales rose at its Japan unit, the company said."));
    }

    [Theory]
    [InlineData("Deerfield Federal Savings and Loan Association said its net rose.", "Deerfield Federal Savings and Loan Association")]
    [InlineData("First National Bank and Trust Co of Tulsa said it was sold.", "First National Bank and Trust Co")]
    [InlineData("The Federal Savings and Loan Insurance Corp closed the thrift.", "Federal Savings and Loan Insurance Corp")]
    public void ATradeAfterAndContinuesTheName(string text, string name)
    {
        // Read as two, "Loan Association" was among the 50 organizations Reuters named most, and "Trust Co" a company of its own.
        var organizations = Names(EntityType.Organization, text);
        Assert.Contains(name, organizations);
        Assert.DoesNotContain(organizations, o => o.StartsWith("Loan ", StringComparison.Ordinal) || o.StartsWith("Trust ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Agency for Protection and Development of Competition fined the airline.", "Agency for Protection and Development of Competition")]
    [InlineData("The National Institute of Allergy and Infectious Disease said the trial would go on.", "National Institute of Allergy and Infectious Disease")]
    [InlineData("The Brotherhood of Railway and Airline Clerks called the strike.", "Brotherhood of Railway and Airline Clerks")]
    public void WordsAfterAndContinueTheNameOfABodyThatOpensWithItsHead(string text, string body)
    {
        // Cut at "and", the body lost its subject ("Agency for Protection") and the rest became a person ("Airline Clerks").
        Assert.Contains(body, Names(EntityType.Organization, text));
        Assert.Empty(Names(EntityType.Person, text));
    }

    [Fact]
    public void ABankOfAPlaceAndAnotherFirmAreTwo()
    {
        var organizations = Names(EntityType.Organization, "The deal was arranged by United Bank of Arizona and Security Pacific Corp.");
        Assert.DoesNotContain(organizations, o => o.Contains(" and ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kairat won the cup, beating FC Astana 2–1 in the final.", "FC Astana", "Astana")]
    [InlineData("Kairat FC drew 2-2 with Ordabasy.", "Kairat FC", null)]
    [InlineData("FK Partizan signed the striker.", "FK Partizan", null)]
    public void AClubIsNamedByItsLettersAndNotByItsCity(string text, string club, string? city)
    {
        // "FC Astana 2" took the score into its name, and the city was the club's only entity.
        Assert.Contains(club, Names(EntityType.Organization, text));
        if (city != null) Assert.DoesNotContain(city, Names(EntityType.Place, text));
    }

    [Theory]
    [InlineData("Shares of General Motors Co rose 3 pct.", "General Motors")]
    [InlineData("Rival Lattice Semiconductor Corp fell.", "Lattice Semiconductor Corp")]
    [InlineData("Lawyers for the Electronic Frontier Foundation said the ruling was wrong.", "Electronic Frontier Foundation")]
    [InlineData("Magazine Luiza SA reported a profit.", "Magazine Luiza SA")]
    [InlineData("Volvo said Sandvik AB would supply the tools.", "Sandvik AB")]
    public void AWordOpeningTheSentenceIsNoPartOfTheNameAndAnyCompanyFormEndsOne(string text, string organization)
    {
        // "Shares of General Motors Co" and "Rival Lattice Semiconductor Corp" were organizations; "Magazine Luiza SA" none.
        Assert.Contains(organization, Names(EntityType.Organization, text));
    }

    [Fact]
    public void ACompanyOfACountryNamesTheCountry()
    {
        Assert.Contains("Sweden", Names(EntityType.Place, "The department said Electrolux AB of Sweden's subsidiary will build a centre."));
    }

    [Theory]
    [InlineData("Harwood & Lyle said on Wednesday it would close 47 stores.", "Harwood & Lyle", null)]
    [InlineData("Shares of Marks & Spencer rose 2%.", "Marks & Spencer", null)]
    [InlineData("Plaintiffs' lawyer Marcus Bell of Bell & Okafor said after the verdict that the firm had hidden the risk.", "Bell & Okafor", "Marcus Bell")]
    public void TwoNamesJoinedByAnAmpersandAreAFirm(string text, string firm, string? person)
    {
        // A third QA pass found "Harwood" among the organizations, cut from "Harwood & Lyle", whose reports had no firm at all.
        Assert.Equal([firm], Names(EntityType.Organization, text));
        Assert.Equal(person == null ? [] : [person], Names(EntityType.Person, text));
    }

    [Theory]
    [InlineData("The Independent Electoral Commission said results from the 80 constituencies were in.", "Independent Electoral Commission")]
    [InlineData("The Independent Union of Airline Pilots is seeking a 12 percent pay increase.", "Independent Union of Airline Pilots")]
    [InlineData("The Independent reported on Sunday that talks had stalled.", "Independent")] // the paper itself
    public void AnOutletsNameOpeningAnotherBodysIsNoMentionOfIt(string text, string organization)
    {
        // A third QA pass found "Independent" (the London paper) among the organizations of an election and a pilots' strike.
        Assert.Equal([organization], Names(EntityType.Organization, text));
    }

    [Fact]
    public void ANumberWordOpeningASentenceIsNoName()
    {
        // "units" after a name makes it a body ("its National Steel unit"), but "Two" names none.
        Assert.Empty(Names(EntityType.Organization, "Two units at the coal plant returned to service in March."));
    }

    [Theory]
    [InlineData("Ridgeway Resources said output rose in the quarter.", "Ridgeway Resources")]
    [InlineData("Kestrel Minerals, the town's largest employer, halted work.", "Kestrel Minerals")]
    [InlineData("Shares in Orbis Entertainment rose 1.1%.", "Orbis Entertainment")]
    // A third QA pass found these no entity at all, so the filter on the firm missed its reports.
    [InlineData("EU antitrust regulators fined U.S. tech group Halcyon Technologies 1.84 billion euros on Wednesday.", "Halcyon Technologies")]
    [InlineData("The recall covers insulin pens made by Halvorsen Pharma in Denmark.", "Halvorsen Pharma")]
    [InlineData("The regulator fined Harlow Telecom 12 million pounds for the outage.", "Harlow Telecom")]
    [InlineData("Shares of Quillon Therapeutics doubled on their first day of trading.", "Quillon Therapeutics")]
    public void ATodaysCompanyEndingMakesAnOrganization(string text, string organization)
    {
        Assert.Contains(organization, Names(EntityType.Organization, text));
        Assert.DoesNotContain(organization, Names(EntityType.Person, text));
    }

    [Fact]
    public void AnAndCarriesACompanyEndingOn()
    {
        Assert.Equal(["Kestrel Mining and Smelting Corp"], Names(EntityType.Organization, "Kestrel Mining and Smelting Corp raised its dividend."));
    }

    [Theory]
    [InlineData("FRANKFURT, May 12 (Reuters) - German carmaker Vorland Automobile said on Tuesday it would cut 3,000 jobs.", "Vorland Automobile")]
    [InlineData("BERLIN (AP) — German automaker Vorland said Tuesday it will eliminate 2,800 jobs.", "Vorland")]
    [InlineData("DUISBURG (dpa) - Steelmaker Brenntal Stahl said on Tuesday it would cut 1,200 jobs.", "Brenntal Stahl")]
    [InlineData("SYDNEY, June 17 (Reuters) - Australian telecommunications company Kestrel Telecom said hackers stole data.", "Kestrel Telecom")]
    [InlineData("The hacking group Crimson Lynx claimed the attack.", "Crimson Lynx")]
    public void AMakerOrAnAirlineIntroducesAFirm(string text, string firm)
    {
        // A blind probe's carmaker was read as a person ("Vorland Automobile", and "Steelmaker Brenntal Stahl" after a dateline's
        // dash), or as nothing when named in one word, so its job cuts were no one firm's.
        Assert.Contains(firm, Names(EntityType.Organization, text));
        Assert.Empty(Names(EntityType.Person, text));
    }

    [Theory]
    [InlineData("The company President John Akers said sales would rise.", "John Akers")]
    [InlineData("The group Chairman Hans Vogel said the plan would go ahead.", "Hans Vogel")]
    public void AFirmCueBeforeATitleIntroducesAPerson(string text, string person)
    {
        Assert.Contains(person, Names(EntityType.Person, text));
        Assert.DoesNotContain(Names(EntityType.Organization, text), o => o.Contains(person, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The company Net 3.2 mln vs 2.9 mln.")]
    [InlineData("The company Inc said nothing.")]
    public void AFirmCueBeforeAFigureOrACompanyFormAloneNamesNoFirm(string text)
    {
        Assert.Empty(Names(EntityType.Organization, text));
    }

    [Fact]
    public void ACeoTitleIsNoPartOfTheName() =>
        Assert.Contains("Henrik Mattsson", Names(EntityType.Person, "“This is a painful step,” CEO Henrik Mattsson told reporters in Stuttgart."));

    // A QA pass found an article page listing "Lyra" and "Lyra Cell Technologies" as two firms: the title's "battery maker
    // Lyra soars" had made the one word a firm of its own before the lead named it in full.
    [Theory]
    [InlineData("Battery maker Brisa soars on stock market debut", "Battery maker Brisa Cell Technologies soared on its first day of trading.", "Brisa Cell Technologies")]
    [InlineData("Steel maker Dravik to cut 3,000 jobs", "Dravik Automotive said on Tuesday it would close a plant.", "Dravik Automotive")]
    public void AOneWordFirmIsTheOneLongerNameItOpens(string first, string second, string firm)
    {
        var organizations = _recognizer.Recognize([first, second]).Where(e => e.Type == EntityType.Organization).ToList();
        var only = Assert.Single(organizations);
        Assert.Equal(firm, only.Name);
        Assert.Contains(firm.Split(' ')[0], only.Mentions);
    }

    [Fact]
    public void AOneWordFirmThatOpensTwoNamesIsNeither()
    {
        var organizations = _recognizer.Recognize(["Kestrel Telecom said profit rose.", "Shares of Kestrel Energy fell.", "Kestrel said in a statement it had no buyer."])
            .Where(e => e.Type == EntityType.Organization).ToList();
        Assert.Equal(2, organizations.Count(o => o.Name.StartsWith("Kestrel ", StringComparison.Ordinal)));
        Assert.DoesNotContain(organizations, o => o.Name != "Kestrel" && o.Mentions.Contains("Kestrel"));
    }

    [Fact]
    public void AKnownBodysLettersAfterAFirmCueAreTheFirms()
    {
        // An eighth QA pass: Romania's state railway, "The state railway company CFR", was the Council on Foreign Relations.
        var organizations = Names(EntityType.Organization, "The state railway company CFR said more than 300 trains were halted.");
        Assert.Contains("CFR", organizations);
        Assert.DoesNotContain("Council on Foreign Relations", organizations);
        // The body itself, and a firm the gazetteer knows by its letters, stay what they are.
        Assert.Contains("Council on Foreign Relations", Names(EntityType.Organization, "A fellow at the CFR said the talks had stalled."));
        Assert.Contains("BP", Names(EntityType.Organization, "The oil company BP said output rose."));
    }

    [Fact]
    public void AFirmNamedWithItsHeadFirstIsNamedShortByTheRest()
    {
        // A seventh QA pass found the miner "Mineracao Serra Azul SA" among the people as "Serra Azul", as its reports name it after.
        var entities = _recognizer.Recognize(["A dam operated by Brazilian miner Mineracao Pedra Alta SA burst on Tuesday.", "Pedra Alta said the dam had passed its inspection."]);
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person);
        var firm = Assert.Single(entities, e => e.Type == EntityType.Organization);
        Assert.Contains("Pedra Alta", firm.Mentions);

        // An eighth QA pass found "each Dolomiti share" and "Dolomiti's closing price" no mention of Banca Dolomiti.
        var bank = Assert.Single(_recognizer.Recognize(["Banca Aurora agreed to buy its rival on Monday.", "Aurora will pay 2.15 of its own shares for each Aurora share, a premium to Aurora's closing price."]),
            e => e.Type == EntityType.Organization);
        Assert.Equal("Banca Aurora", bank.Name);
        Assert.Contains("Aurora", bank.Mentions);
    }
}
