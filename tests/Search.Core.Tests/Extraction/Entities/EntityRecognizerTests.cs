using Search.Core.Extraction;

namespace Search.Core.Tests.Extraction;

public class EntityRecognizerTests
{
    private readonly EntityRecognizer _recognizer = new(Seeds.Gazetteer);

    private List<Entity> Recognize(params string[] paragraphs) => _recognizer.Recognize(paragraphs).ToList();

    [Fact]
    public void MergesAcronymsAndFullNamesIntoOneCanonicalOrganization()
    {
        var entities = Recognize("The Collective Security Treaty Organization (OTSC) met.", "The CSTO said troops would leave.");
        var csto = Assert.Single(entities, e => e.Type == EntityType.Organization);
        Assert.Equal("Collective Security Treaty Organization", csto.Name);
        Assert.Equal(["Collective Security Treaty Organization", "OTSC", "CSTO"], csto.Mentions);
    }

    [Fact]
    public void MergesTransliterationsOfAPerson()
    {
        var entities = Recognize("President Kasim-Yomart Tokayev spoke.", "Kassym Jomart Tokayev later said more.");
        var person = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal("Kassym-Jomart Tokayev", person.Name);
    }

    [Fact]
    public void FindsPeopleAfterTitlesAndCuesAndResolvesTheirSurnames()
    {
        var entities = Recognize("Police spokesman Saltanat Azirbek said the operation continued.", "Prime Minister Askar Mamin resigned.", "Azirbek urged people to stay home.");
        var people = entities.Where(e => e.Type == EntityType.Person).ToList();
        Assert.Equal(["Saltanat Azirbek", "Askar Mamin"], people.Select(p => p.Name));
        Assert.Contains("Azirbek", people[0].Mentions);
    }

    [Fact]
    public void ASurnameIsThePersonTheArticleNamesInFullNotAnotherOfThatName()
    {
        // The gazetteer gives "Stoltenberg" alone to Jens Stoltenberg; this report is about Gerhard, named in full first.
        var entities = Recognize("Finance Minister Gerhard Stoltenberg said he was surprised by the criticism.",
            "Stoltenberg said the Bundesbank would keep rates steady.");
        var person = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal("Gerhard Stoltenberg", person.Name);
        Assert.Equal(["Gerhard Stoltenberg", "Stoltenberg"], person.Mentions);

        // Another given name before the surname is another person of the family, not the gazetteer's.
        var thorvald = Recognize("\"The legislation is a step,\" Norway's foreign minister Thorvald Stoltenberg told parliament.");
        Assert.Equal(["Thorvald Stoltenberg"], thorvald.Where(e => e.Type == EntityType.Person).Select(e => e.Name));
        Assert.DoesNotContain(Recognize("His son Hunter Biden declined to comment on the report."), e => e.Name == "Joe Biden");
        Assert.Contains(Recognize("The statement by President Biden was brief."), e => e.Name == "Joe Biden");
        Assert.Contains(Recognize("The statement by Joseph Biden was brief."), e => e.Name == "Joe Biden");
        Assert.Contains(Recognize("The Soviet leader Mikhael Gorbachev said so."), e => e.Name == "Mikhail Gorbachev"); // a misspelling
        Assert.Contains(Recognize("Although Biden declined to comment, aides did."), e => e.Name == "Joe Biden"); // a sentence's opener

        // Named by surname alone, he is still the gazetteer's.
        Assert.Contains(Recognize("Stoltenberg said NATO would send more troops."), e => e is { Type: EntityType.Person, Name: "Jens Stoltenberg" });
    }

    [Fact]
    public void ARegionsAdjectiveIsTheRegionNotTheUnitedStates()
    {
        // "American" alone is the United States; inside "Latin American" it is part of the region's adjective.
        var places = Recognize("Exports to Latin American countries fell, the bank said.").Where(e => e.Type == EntityType.Place).Select(e => e.Name);
        Assert.Equal(["Latin America"], places);
        Assert.Contains(Recognize("American exporters were hit hardest, the bank said."), e => e.Name == "United States");
    }

    [Fact]
    public void FindsOrganizationsAndPlacesByTheirHeadWords()
    {
        var entities = Recognize("The Kazakh Interior Ministry said shots were heard near Republic Square in the western Mangystau province.");
        // A ministry is named with its country (issue 13), and keeps the text's form as its mention.
        var ministry = Assert.Single(entities, e => e.Type == EntityType.Organization);
        Assert.Equal("Ministry of Interior of Kazakhstan", ministry.Name);
        Assert.Equal(["Kazakh Interior Ministry"], ministry.Mentions);
        Assert.Contains(entities, e => e is { Type: EntityType.Place, Name: "Republic Square" });
        Assert.Contains(entities, e => e.Type == EntityType.Place && e.Mentions.Contains("Mangystau"));
    }

    [Fact]
    public void TakesADemonymForItsCountryButNoSentenceOpenerForAnEntity()
    {
        // Issue 13: a demonym names its country ("Russian troops" are an article about Russia), with the demonym as the mention.
        var entities = Recognize("Russian troops arrived. The Kazakh capital was calm. On Wednesday protesters gathered.");
        Assert.Equal(["Russia", "Kazakhstan"], entities.Select(e => e.Name));
        Assert.Equal(["Russian"], entities[0].Mentions);
    }

    [Fact]
    public void AppliesNoCapitalizationRulesToAnAllCapitalsHeadline()
    {
        var entities = Recognize("JAMES RIVER TO REBUILD PAPER MACHINE IN SOUTH KOREA");
        Assert.Equal(["South Korea"], entities.Select(e => e.Name));
    }

    [Fact]
    public void SplitsAPersonFromTheOrganizationTheyWorkFor()
    {
        var entities = Recognize("Money growth slowed, said Ward McCarthy of Merrill Lynch Economics Inc.", "McCarthy expects more.");
        Assert.Contains(entities, e => e is { Type: EntityType.Person, Name: "Ward McCarthy" } && e.Mentions.Contains("McCarthy"));
        Assert.Contains(entities, e => e is { Type: EntityType.Organization, Name: "Merrill Lynch Economics Inc" });
    }

    [Fact]
    public void SplitsOrganizationsJoinedByAnd()
    {
        var entities = Recognize("The advisers are Morgan Stanley and Co Inc and Salomon Brothers Inc.");
        Assert.Contains(entities, e => e.Name == "Salomon Brothers Inc");
        Assert.DoesNotContain(entities, e => e.Name.Contains("and Salomon"));
    }

    [Fact]
    public void AnAcronymSpelledOutInTheArticleKeepsThatMeaning()
    {
        var entities = Recognize("The Interstate Commerce Commission rejected the merger.", "The ICC voted four to one.");
        var icc = Assert.Single(entities, e => e.Mentions.Contains("ICC"));
        Assert.Equal("Interstate Commerce Commission", icc.Name);
    }

    [Fact]
    public void KeepsInitialsInsideAName()
    {
        Assert.Contains(Recognize("Chief Executive Landon H. Rowland said the bid was fair."), e => e is { Type: EntityType.Person, Name: "Landon H. Rowland" });
    }

    [Fact]
    public void ShortCapitalAliasesNeedCapitals()
    {
        Assert.Empty(Recognize("He told us who was there."));
        Assert.Contains(Recognize("The US denied it."), e => e.Name == "United States");
    }

    [Fact]
    public void IgnoresPhotoCredits()
    {
        Assert.DoesNotContain(Recognize("Troops board a plane | Photo: EFE/EPA/RUSSIAN DEFENCE MINISTRY PRESS SERVICE"), e => e.Type == EntityType.Organization);
    }

    [Theory]
    [InlineData("President Biden speaks at the White House, said officials. REUTERS/Kevin Lamarque", "Kevin Lamarque")]
    [InlineData("Troops arrive in Almaty, said officials. (Photo by Jane Doe/AFP via Getty Images)", "Jane Doe")]
    public void APhotographerInACreditIsNoPersonOfTheStory(string caption, string photographer)
    {
        var entities = Recognize(caption);
        Assert.DoesNotContain(entities, e => e.Name == photographer || e.Name == "Getty Images" || e.Name == "Reuters");
    }

    [Fact]
    public void AStockTickerIsNoMentionOfTheNameItSpells()
    {
        // Unilever's ticker <UN.AS> made 11 Reuters stories about Unilever into stories about the United Nations.
        Assert.DoesNotContain(Recognize("Analysts named a buyer such as Unilever plc <UN.AS> or Procter and Gamble."), e => e.Name == "United Nations");
        Assert.Contains(Recognize("The UN said aid would be sent to the region."), e => e.Name == "United Nations");
    }

    [Fact]
    public void AnOutletNamedTheAndAPeoplesAdjectiveIsThatAdjectiveBeforeANoun()
    {
        // "The Australian" is a newspaper; "The Australian government" is Australia's, which Reuters' facets gave the paper.
        var government = Recognize("The Australian government had already imposed residue controls, a spokeswoman said.");
        Assert.Contains(government, e => e is { Type: EntityType.Place, Name: "Australia" });
        Assert.DoesNotContain(government, e => e.Type == EntityType.Organization);
        Assert.Contains(Recognize("The Australian Wheat Board expects to sell more wheat to China."), e => e.Name == "Australian Wheat Board");

        Assert.Contains(Recognize("The Australian reported on Monday that the talks had failed."), e => e.Type == EntityType.Organization);
        Assert.Contains(Recognize("The talks had failed, The Australian said."), e => e.Type == EntityType.Organization);
    }
}

public class PlaceCountryAndEraTests
{
    private readonly EntityRecognizer _recognizer = new(Seeds.Gazetteer);

    [Fact]
    public void ACityInTheTextAlsoGivesItsCountryWithTheCityAsTheMention()
    {
        var entities = _recognizer.Recognize(["Talks were held in Tokyo on Monday."]);
        Assert.Equal(["Tokyo", "Japan"], entities.Select(e => e.Name));
        Assert.Equal(["Tokyo"], entities[1].Mentions);
    }

    [Fact]
    public void EcIsTheEuropeanCommunityBefore1993AndUndatedAndTheCommissionAfter()
    {
        const string text = "The EC agreed on farm prices, officials said.";
        Assert.Contains(_recognizer.Recognize([text]), e => e.Name == "European Community");
        Assert.Contains(_recognizer.Recognize([text], new DateOnly(1987, 3, 1)), e => e.Name == "European Community");
        Assert.Contains(_recognizer.Recognize([text], new DateOnly(2020, 3, 1)), e => e.Name == "European Commission");
    }

    [Theory]
    [InlineData("Exxon said it raised its posted crude prices.", "Exxon", "ExxonMobil")]
    [InlineData("Raytheon said it won a missile contract.", "Raytheon Company", "RTX Corporation")]
    [InlineData("Citibank said it cut its prime rate.", "Citicorp", "Citigroup")]
    public void ACompanyIsNamedAsItWasInTheStorysYear(string text, string then, string now)
    {
        // The Reuters facets gave 1987's Exxon to ExxonMobil and Raytheon to RTX Corporation.
        Assert.Contains(_recognizer.Recognize([text], new DateOnly(1987, 3, 2)), e => e.Name == then);
        Assert.Contains(_recognizer.Recognize([text], new DateOnly(2022, 3, 2)), e => e.Name == now);
        Assert.Contains(_recognizer.Recognize([text]), e => e.Name == now);
    }
}
