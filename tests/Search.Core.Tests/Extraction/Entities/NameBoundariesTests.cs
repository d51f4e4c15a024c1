using Search.Core.Extraction;

namespace Search.Core.Tests.Extraction;

/// <summary>Issue 13: where a name starts and ends, and which words are never a person or an organization.</summary>
public class NameBoundariesTests
{
    private readonly EntityRecognizer _recognizer = new(Seeds.Gazetteer);

    private List<Entity> Recognize(params string[] paragraphs) => _recognizer.Recognize(paragraphs).ToList();

    private List<string> Names(EntityType type, params string[] paragraphs) =>
        Recognize(paragraphs).Where(e => e.Type == type).Select(e => e.Name).ToList();

    [Theory]
    [InlineData("Gen. John Allen said the plan would work.", "John Allen")]
    [InlineData("Sen. Brian Schatz said he would vote no.", "Brian Schatz")]
    [InlineData("Col. Rob Manning told reporters.", "Rob Manning")]
    [InlineData("Gov. Jay Inslee said the state was ready.", "Jay Inslee")]
    [InlineData("DSM chairman Hans van Liemt told journalists.", "Hans van Liemt")]
    [InlineData("Industry Commissioner Karl-Heinz Narjes told reporters.", "Karl-Heinz Narjes")]
    public void ReadsAPersonAfterAnAbbreviatedTitleOrWithAParticle(string text, string person)
    {
        Assert.Equal([person], Names(EntityType.Person, text));
    }

    [Fact]
    public void ReadsARepresentativeAndTheStateHeIsFrom()
    {
        var entities = Recognize("Representative Todd Akin of Missouri said he would stay in the race.");
        Assert.Contains(entities, e => e is { Type: EntityType.Person, Name: "Todd Akin" });
        Assert.Contains(entities, e => e is { Type: EntityType.Place, Name: "Missouri" });
    }

    [Fact]
    public void GivesAWomansSurnameToNoManOfThatName()
    {
        var people = Recognize("Emmett J. Rice, a former Fed governor, said rates would rise.", "Ms. Rice said she disagreed with her father.")
            .Where(e => e.Type == EntityType.Person).ToList();
        var father = Assert.Single(people);
        Assert.DoesNotContain("Rice", father.Mentions);
    }

    [Fact]
    public void GivesAShortFormOfAFullNameToThatPerson()
    {
        var people = Recognize("Nicaraguan minister Alejandro Martinez Cuenca spoke in London.", "\"The will is not there,\" Martinez Cuenca said.")
            .Where(e => e.Type == EntityType.Person).ToList();
        Assert.Equal("Alejandro Martinez Cuenca", Assert.Single(people).Name);
    }

    [Theory]
    [InlineData("Other Democrats said they would wait.")]
    [InlineData("Democratic Socialists said the vote was close.")]
    public void TakesNoGroupWordForAPerson(string text)
    {
        Assert.Empty(Names(EntityType.Person, text));
    }

    [Theory]
    [InlineData("Inflation slowed in March, the Federal Statistics Office said.", "Federal Statistics Office")]
    [InlineData("The issue was priced at par, Warburg Securities said on Monday.", "Warburg Securities")]
    [InlineData("The strike ended, the United Steelworkers said in a statement.", "United Steelworkers")]
    [InlineData("Car sales rose in March, Automotive News said.", "Automotive News")]
    [InlineData("Barnett Banks said its net income rose.", "Barnett Banks")]
    [InlineData("The coupon was fixed at 7-1/2 pct, bookrunner Banque Paribas Capital Markets said.", "Banque Paribas Capital Markets")]
    [InlineData("Williams Cos said it has been reincorporated in Delaware.", "Williams Cos")]
    [InlineData("First Interstate Bancorp said it signed franchise agreements.", "First Interstate Bancorp")]
    [InlineData("Corning Glass Works said it would close the plant.", "Corning Glass Works")]
    public void TakesABodySaidToSpeakForAnOrganizationNotAPerson(string text, string organization)
    {
        // Each was a person on Reuters, as "said" after a name cues one: 19, 10 and 15 stories.
        Assert.Empty(Names(EntityType.Person, text));
        Assert.Contains(organization, Names(EntityType.Organization, text));
    }

    [Theory]
    [InlineData("Visa International said card sales rose by a fifth.")]
    [InlineData("Vegetable oil stocks will fall, the Hamburg based publication Oil World said.")]
    [InlineData("The utility's parent, Virginia Power, will raise its rates from July.")]
    public void TakesACompanyOrPublicationWithNoHeadForNoPerson(string text) => Assert.Empty(Names(EntityType.Person, text));

    [Theory]
    [InlineData("The talks will go on, Republican Senators Phil Gramm told reporters.", "Phil Gramm")]
    [InlineData("The strike must end, Conservative MP Anthony Beaumont-Dark said.", "Anthony Beaumont-Dark")]
    [InlineData("Undersecretary of Commerce Bruce Smart said the agreement was a good one.", "Bruce Smart")]
    [InlineData("Minister of Energy and Mines Arturo Hernandez Grisanti said output would rise.", "Arturo Hernandez Grisanti")]
    [InlineData("Former National Security Adviser John Poindexter told the committee he had approved it.", "John Poindexter")]
    public void LeavesAPluralOrWholeTitleAndAPortfolioOutOfTheName(string text, string person) =>
        Assert.Equal([person], Names(EntityType.Person, text));

    [Fact]
    public void APlaceAndBanksDescribeNoOrganization()
    {
        // 19 Reuters stories had an organization "U.S. Banks" ("two of the largest U.S. Banks set aside billions").
        Assert.Empty(Names(EntityType.Organization, "Moves by two of the largest U.S. Banks to set aside reserves surprised analysts."));
    }

    [Fact]
    public void ACommonGivenNameMarksAPersonWithoutAnotherCue()
    {
        // Robert Gates and William Casey had no cue here, and were no people: a third of people's names were missed so.
        Assert.Equal(["Robert Gates", "William Casey"], Names(EntityType.Person, "The Senate delayed the nomination of Robert Gates to succeed William Casey at the agency."));
        // Not before a known person's surname: the President's "Reagan" stays his.
        var reagans = Recognize("The announcement said Reagan and Nancy Reagan would be in Rome from June 3.", "President Reagan will then visit Berlin.");
        Assert.Contains(reagans, e => e is { Type: EntityType.Person, Name: "Ronald Reagan" });
    }

    [Fact]
    public void TheEndOfTheOneLongerNameOfAnOrganizationIsThatOrganization()
    {
        var orgs = Names(EntityType.Organization, "Inflation slowed in March, the Federal Statistics Office said.",
            "The Statistics Office said prices rose 0.1 pct in the month.");
        Assert.Equal(["Federal Statistics Office"], orgs);
    }

    [Fact]
    public void AWholeNameIsNoShortFormOfALongerOne()
    {
        // The Bank of Japan is not the Industrial Bank of Japan, nor Celanese Corp Hoechst Celanese Corp.
        var orgs = Names(EntityType.Organization, "The Industrial Bank of Japan said it would lend more.",
            "The Bank of Japan said it would keep its discount rate.", "Hoechst Celanese Corp said Celanese Corp shareholders approved.");
        Assert.Contains("Bank of Japan", orgs);
        Assert.Contains("Industrial Bank of Japan", orgs);
        Assert.Contains("Celanese Corp", orgs);
    }

    [Fact]
    public void APeoplesAdjectiveAloneIsNoShortFormOfAnOrganization()
    {
        // A search for EC marked "European sugar producers" on Reuters: "European" had become a mention of the European Community.
        var community = Recognize("The European Community offered a rebate on Tuesday.", "European sugar producers said the rebate was too low.")
            .Single(e => e.Name == "European Community");
        Assert.DoesNotContain("European", community.Mentions);
        // A word opening a company's name still refers to it.
        var company = Recognize("Mannesmann AG said profits rose.", "Mannesmann said it would pay a dividend.").Single(e => e.Type == EntityType.Organization);
        Assert.Contains("Mannesmann", company.Mentions);
    }

    [Fact]
    public void ACompanyOfACountryIsTheCompanyInThatCountry()
    {
        // "Hoechst AG of West Germany" was one organization, and West Germany no place of the story.
        var entities = Recognize("Hoechst AG of West Germany said it would buy the unit for 150 mln dlrs.");
        Assert.Contains(entities, e => e is { Type: EntityType.Organization, Name: "Hoechst AG" });
        Assert.Contains(entities, e => e is { Type: EntityType.Place, Name: "Germany" });
        // An American company's name holds its country.
        Assert.Contains("Aluminum Co of America", Names(EntityType.Organization, "Aluminum Co of America said aluminum shipments rose."));
    }

    [Fact]
    public void AKnownNameWithACommaOrAPossessiveIsMatchedWhole()
    {
        // On Reuters "Investors Service Inc" was an organization of 129 stories and "Sachs and Co" of 70: the possessive and
        // the comma cut the known names short.
        var organizations = Names(EntityType.Organization,
            "The notes are rated A-2 by Moody's Investors Service Inc and A-minus by Standard and Poor's Corp.",
            "Goldman, Sachs and Co is the lead manager.");
        Assert.Contains("Moody's Ratings", organizations);
        Assert.Contains("S&P Global Ratings", organizations);
        Assert.Contains("Goldman Sachs", organizations);
        // OPEC spelled out as Reuters writes it, without "the" (one of three facet values for OPEC).
        Assert.Contains("OPEC", Names(EntityType.Organization, "An Organization of Petroleum Exporting Countries pact curbed output."));
        Assert.DoesNotContain(organizations, o => o.StartsWith("Investors", StringComparison.Ordinal) || o.StartsWith("Sachs", StringComparison.Ordinal));
    }

    [Fact]
    public void APlaceBeforeACommonNounIsStillThePlace()
    {
        Assert.Contains("United States", Names(EntityType.Place, "Japanese, British and U.S. Securities houses have been buying gilts."));
    }

    [Fact]
    public void TakesACompanyFormForAnOrganizationNotAPerson()
    {
        var entities = Recognize("Singer Co said its simulator was endorsed.", "General Electric Co said profits rose.");
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person);
        Assert.Contains(entities, e => e is { Type: EntityType.Organization, Name: "Singer Co" });
    }

    [Fact]
    public void GivesTheOpeningWordsOfACompanysNameToThatCompany()
    {
        var entities = Recognize("Merrill Lynch and Co said an employee was suspended.", "Merrill Lynch said it cooperated. Mannesmann AG said no.", "Mannesmann declined to comment.");
        Assert.Equal(["Merrill Lynch and Co", "Mannesmann AG"], entities.Select(e => e.Name));
    }

    [Theory]
    [InlineData("The Republican-controlled Senate passed the bill.", null)]
    [InlineData("JUST WATCHED Police said the road was closed.", null)]
    [InlineData("Copyright 2018 Tribune Content Agency.", "Tribune Content Agency")]
    [InlineData("The diplomat said talks would resume.", null)]
    public void KeepsAdjectivesYearsPageChromeAndCommonNounsOutOfOrganizations(string text, string? organization)
    {
        Assert.Equal(organization is null ? [] : [organization], Names(EntityType.Organization, text));
    }

    [Fact]
    public void KeepsAPlaceInsideAnOrganizationsNameOutOfThePlaces()
    {
        var entities = Recognize("Students at George Washington University protested.", "The Bank of Finland eased its rules.");
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Place);
        Assert.Contains(entities, e => e is { Type: EntityType.Organization, Name: "Bank of Finland" });
    }

    [Fact]
    public void ReadsAWireDatelinesAirportAsOnePlace()
    {
        var places = Names(EntityType.Place, "DALLAS/FORT WORTH AIRPORT, Texas, March 9 - Singer Co said its simulator was endorsed.");
        Assert.Equal(["Dallas/Fort Worth Airport", "Texas", "United States"], places);
    }

    [Theory]
    [InlineData("Jorio Dauster, President of the Brazilian Coffee Institute, said exports would rise.", "Brazilian Coffee Institute")]
    [InlineData("The Deputy Governor of the Reserve Bank of Australia spoke in Sydney on Tuesday.", "Reserve Bank of Australia")]
    public void APostOfABodyIsNotTheBodysName(string text, string body)
    {
        // "President of the Brazilian Coffee Institute" was an organization of its own on Reuters' facets.
        var organizations = Names(EntityType.Organization, text);
        Assert.Contains(body, organizations);
        Assert.DoesNotContain(organizations, o => o.Contains(" of the " + body, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Officials of the IMF and World Bank met in Washington on Tuesday.", "IMF and World Bank")]
    [InlineData("A resolution is to be passed in the House and Senate on the situation.", "House and Senate")]
    [InlineData("Ministers of the Group of Five and Canada met in Paris.", "Group of Five and Canada")]
    public void TwoBodiesJoinedByAndAreNotOneOrganization(string text, string joined)
    {
        var organizations = Names(EntityType.Organization, text);
        Assert.DoesNotContain(joined, organizations);
    }

    [Theory]
    [InlineData("Hongkong and Shanghai Banking Corp said profits rose.", "Hongkong and Shanghai Banking Corp")]
    [InlineData("The House Ways and Means Committee approved the bill.", "House Ways and Means Committee")]
    [InlineData("An analyst at Morgan Stanley and Co Inc said the bid was low.", "Morgan Stanley and Co Inc")]
    [InlineData("The Bank of Bahrain and Kuwait said profits rose.", "Bank of Bahrain and Kuwait")]
    [InlineData("Securities and Exchange Commission officials said the filing was late.", "Securities and Exchange Commission")]
    public void ANameThatHoldsAndStaysWhole(string text, string name)
    {
        Assert.Contains(name, Names(EntityType.Organization, text).Concat(Recognize(text).SelectMany(e => e.Mentions)));
    }
    [Theory]
    [InlineData("Peter Fellner, of brokers James Capel, cautioned that six banks would fail.")]
    [InlineData("Stockbrokers James Capel said in a comment the move was expected.")]
    public void AFirmIntroducedAsOneIsNoPerson(string text)
    {
        // "James" is a given name, so the firm was read as a person, and "Stockbrokers James Capel" as one too.
        Assert.Contains("James Capel", Names(EntityType.Organization, text));
        Assert.DoesNotContain(Names(EntityType.Person, text), p => p.Contains("Capel", StringComparison.Ordinal));
    }

    [Fact]
    public void ACompanyNamedShortIsTheOneOfItsNamesWithACompanyFormAlone()
    {
        var entities = Recognize("Combustion Engineering Inc said Thailand bought a generator from a consortium of Combustion Engineering Canada Inc and Japan's Marubeni Corp.",
            "Combustion Engineering said the project is valued at about 30 mln dlrs.");
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person);
        Assert.Contains("Combustion Engineering", Assert.Single(entities, e => e.Name == "Combustion Engineering Inc").Mentions);
        Assert.Empty(Names(EntityType.Person, "The Italian firm said Steuart Petroleum operates primarily on the East Coast of the U.S."));
    }

    [Fact]
    public void APlaceAfterAGivenNameIsASurname()
    {
        // "Valencia" was the Spanish city.
        const string text = "The chairman, Edward Valencia, in a statement said the bank would be sold.";
        Assert.DoesNotContain("Valencia", Names(EntityType.Place, text));
        Assert.Contains("Edward Valencia", Names(EntityType.Person, text));
    }

    [Fact]
    public void ABrokerIsAPerson()
    {
        Assert.Equal(["Jeffrey Wendel"], Names(EntityType.Person, "An investor group headed by Minneapolis broker Jeffrey Wendel said it raised its stake."));
    }

    [Fact]
    public void AFirmNamedShortIsTheFirmTheStoryNamesWithItsCompanyForm()
    {
        var entities = Recognize("Brokers James Capel said the shares were cheap.", "Tom Murtha of James Capel and Co said demand was strong.");
        var firm = Assert.Single(entities, e => e.Name.Contains("Capel", StringComparison.Ordinal));
        Assert.Equal(EntityType.Organization, firm.Type);
        Assert.Equal("James Capel and Co", firm.Name);
        Assert.Contains("James Capel", firm.Mentions);
        // A person of the firm's name stays a person.
        var founder = Recognize("Mario Gabelli, head of New York investment firm Mario Gabelli and Co, said he sold some shares.");
        Assert.Contains(founder, e => e.Type == EntityType.Person && e.Name == "Mario Gabelli");
    }

    [Fact]
    public void ABodyAfterOfTheIsNamedWithoutTheAndItsUnitIsNoPerson()
    {
        var entities = Recognize("Rain hampered planting, the Joint Agricultural Weather Facility of the U.S. Agriculture and Commerce Departments said.");
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person);
        Assert.DoesNotContain(entities, e => e.Name.StartsWith("the ", StringComparison.Ordinal));
    }
}
