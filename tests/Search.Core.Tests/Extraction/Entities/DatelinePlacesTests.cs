using Search.Core.Extraction;

namespace Search.Core.Tests.Extraction;

public class DatelinePlacesTests
{
    private readonly EntityRecognizer _recognizer = new(Seeds.Gazetteer);

    private List<string> Places(params string[] paragraphs) =>
        _recognizer.Recognize(paragraphs).Where(e => e.Type == EntityType.Place).Select(e => e.Name).ToList();

    private List<string> Organizations(params string[] paragraphs) =>
        _recognizer.Recognize(paragraphs).Where(e => e.Type == EntityType.Organization).Select(e => e.Name).ToList();

    [Theory]
    [InlineData("VARANASI, India, Feb 15 (Reuters) - At least 27 people were killed, the Uttar Pradesh police said.", "Reuters")]
    [InlineData("LIMA, Peru (AP) — A bus plunged into a ravine, the Interior Ministry said.", "Associated Press")]
    [InlineData("Athens (AFP) - Greece mourned a firefighter, the fire brigade said.", "Agence France-Presse")]
    [InlineData("Santaluz (Brazil) (AFP) - A tailings dam burst, the fire brigade said.", "Agence France-Presse")]
    public void TheOutletCreditedInADatelineFiledTheStoryAndIsNoOrganizationInIt(string lead, string outlet)
    {
        Assert.DoesNotContain(outlet, Organizations(lead, "Officials said more would be known on Monday."));
        // Named in the story, it is one: "told Reuters", "an AP photographer".
        Assert.Contains(outlet, Organizations(lead, "A spokesman told " + (outlet == "Reuters" ? "Reuters" : outlet == "Associated Press" ? "the AP" : "AFP") + " that the toll could rise."));
    }

    [Fact]
    public void ABracketLaterInASentenceIsNoCredit()
    {
        Assert.Contains("Reuters", Organizations("The figure was first reported by a news agency (Reuters) - and later confirmed by the police in the capital."));
    }

    [Fact]
    public void AKnownDatelineCityAlsoGivesItsCountry()
    {
        Assert.Equal(["New York City", "United States"], Places("NEW YORK, March 3 - Shares rose."));
    }

    [Fact]
    public void AnUnknownCityWithAWireStateAbbreviationGivesTheCityTheStateAndTheCountry()
    {
        Assert.Equal(["Hauppauge", "New York State", "United States"], Places("HAUPPAUGE, N.Y., March 2 - The company said profits rose."));
        Assert.Equal(["Greenwich", "Connecticut", "United States"], Places("GREENWICH, Conn., March 2 - The company said profits rose."));
        // Georgia the state, apart from the country.
        Assert.Equal(["Thomasville", "Georgia (U.S. state)", "United States"], Places("THOMASVILLE, Ga., March 2 - The company said profits rose."));
        Assert.Equal(["Rome, Georgia", "Georgia (U.S. state)", "United States"], Places("ROME, Ga., March 2 - The mill will close."));
    }

    [Fact]
    public void ADatelineInMixedCaseIsADatelineButNotAnySentenceOpeningSo()
    {
        Assert.Equal(["Winnipeg", "Canada", "Manitoba"], Places("Winnipeg, Manitoba, Feb 26 - Wheat prices were steady."));
        Assert.Equal(["Caracas", "Venezuela"], Places("Caracas, feb 26 - Oil output rose."));
        Assert.DoesNotContain("Analysts", Places("Analysts, March 3 is the day the results come out."));
    }

    [Fact]
    public void AnAgencysDatelineInMixedCaseWithItsCountryInBracketsIsADateline()
    {
        // A seventh QA pass: AFP's "Londrina (Brazil) (AFP) -" gave the story no town, so a knife attack in another state's city
        // a week later was linked to it through Brazil alone.
        Assert.Equal(["Santaluz", "Brazil"], Places("Santaluz (Brazil) (AFP) - A tailings dam burst on Saturday, the fire brigade said."));
        Assert.Equal(["Lima", "Peru"], Places("Lima (AFP) - A bus plunged into a ravine, the police said."));
        // Known, the town is the gazetteer's: "East London (AFP) -" is no London of England's.
        Assert.DoesNotContain("United Kingdom", Places("East London (AFP) - A court sentenced a former official on Thursday."));
    }

    [Fact]
    public void ACityInCapitalsAndAColonIsADateline()
    {
        // The South Asian press's form: Dawn, The Express Tribune, The Hindu.
        Assert.Equal(["Sukkur"], Places("SUKKUR: Twenty-two people were killed when a train derailed, officials said."));
        Assert.Contains("Almaty", Places("ALMATY: The city's mayor said the airport had reopened."));
    }

    [Fact]
    public void ACityInCapitalsAndADashIsADatelineWhenTheStoryNamesItAgain()
    {
        // The Herald's report of a mine collapse named no place at all, so no other outlet's figure was compared with its own.
        Assert.Equal(["Kwekwe"], Places("KWEKWE - The death toll in the shaft collapse has risen to 13, police said.",
            "Kwekwe is one of the country's main gold-producing areas."));
        Assert.Contains("Tokyo", Places("TOKYO - The Bank of Japan intervened in early afternoon trading."));
        // A Reuters commodity heading opens a report the same way.
        Assert.Empty(Places("GRADINGS - None posted, total to date 20 originals.", "No gradings were posted on Tuesday."));
        Assert.Empty(Places("WHEAT - No Two Soft Red Winter was quoted up 1.50.", "Wheat prices were firm and wheat exports rose."));
    }

    [Fact]
    public void ACityInCapitalsIsFoundByItsFoldedNameWhenItsCapitalsLoseALetter()
    {
        // A blind probe's local paper: "BARTIN —" over a story of Bartın, whose dotless ı no capitals give back, named no place.
        Assert.Contains("Bartin", Places("BARTIN — The death toll from Tuesday's flash floods in Bartın rose to 21 on Wednesday.",
            "Crews cleared mud from streets that were submerged when the Bartın River overflowed."));
        // A heading in capitals repeated below is still no name written again.
        Assert.Empty(Places("WHEAT - No Two Soft Red Winter was quoted up 1.50.", "WHEAT - No Two Hard Red Winter was quoted."));
        Assert.Equal(NameKey.Of("Bartin"), NameKey.Of("Bartın"));
        Assert.Equal(NameKey.Of("Lodz"), NameKey.Of("Łódź"));
        Assert.Equal(NameKey.Of("Tromso"), NameKey.Of("Tromsø"));
    }

    [Theory]
    [InlineData("EXCLUSIVE: Acme weighs a sale of its steel unit, sources say.", "Exclusive")]
    [InlineData("SPECIAL REPORT: How the grain deal fell apart in three weeks.", "Special Report")]
    [InlineData("CHINA MUST CUT DEMAND, CONTINUE REFORMS: ZHAO", "China Must Cut Demand")]
    [InlineData("GRAIN SHIPMENTS: A TABLE", "Grain Shipments")]
    public void ALabelOrAShoutedHeadlineBeforeAColonIsNoDateline(string opening, string readAsCity) =>
        Assert.DoesNotContain(readAsCity, Places(opening, "The group said it held 5.1 pct of the shares."));

    [Fact]
    public void SeveralCitiesBeforeAReutersCreditAreEachPlaces()
    {
        var places = Places("SAN FRANCISCO/WASHINGTON (Reuters) - Regulators met on Friday.");
        Assert.Equal(["San Francisco", "United States", "Washington, D.C."], places);
    }

    [Fact]
    public void AShoutedHeadlineWithADashIsNotADateline()
    {
        Assert.DoesNotContain("Hikes Dividend", Places("HIKES DIVIDEND - ACME SAYS", "The board met."));
    }

    [Theory]
    [InlineData("DALLAS INVESTOR CUTS STAKE IN MCDERMOTT (MDR)", "Dallas Investor Cuts Stake In Mcdermott")]
    [InlineData("GULF EDIBLE OIL PRICES - April 7", "Gulf Edible Oil Prices -")]
    [InlineData("CANADA'S WILSON HAS NO COMMENT ON DOME (DMP)", "Canada's Wilson Has No Comment On Dome")]
    public void AHeadlineWithATickerOrADatedDashIsNotADateline(string headline, string readAsCity) =>
        Assert.DoesNotContain(readAsCity, Places(headline, "The group said it held 5.1 pct of the shares."));

    [Fact]
    public void ABodysSeatWrittenAsItsNameIsThatBody()
    {
        var entities = _recognizer.Recognize(["UNITED NATIONS, Oct 20 - The Security Council met on Tuesday."]);
        Assert.DoesNotContain(entities, e => e is { Type: EntityType.Place, Name: "United Nations" });
        Assert.Contains(entities, e => e is { Type: EntityType.Organization, Name: "United Nations" });
    }

    [Fact]
    public void ACityOfAnotherCountryThanItsStateIsTheStatesCity()
    {
        // The gazetteer's Birmingham is England's, and the wire's Birmingham, Ala., was tagged the United Kingdom.
        var places = Places("BIRMINGHAM, Ala., March 4 - A regional bank said its profits rose.", "The bank is the largest in Birmingham.");
        Assert.Equal(["Birmingham, Alabama", "Alabama", "United States"], places);

        Assert.Equal(["London, Ontario", "Ontario", "Canada"], Places("LONDON, Ontario, March 3 - The brewer raised its dividend."));
        Assert.Equal(["St. Petersburg, Florida", "Florida", "United States"], Places("ST. PETERSBURG, Fla., June 29 - The savings bank was sold."));
        Assert.Equal(["St. Petersburg, Florida", "Florida", "United States"], Places("ST PETERSBURG, Fla., June 29 - The savings bank was sold."));
        // Two spaces before the day, as the wire sometimes sends them.
        Assert.Equal(["Canton, Ohio", "Ohio", "United States"], Places("CANTON, Ohio, April  8 - Qtly div 15 cts vs 15 cts prior."));
    }

    [Fact]
    public void ACityOfAnotherCountryThanTheStateWrittenAfterItInTheTextIsTheStatesCity()
    {
        var places = Places("The company owns plants in Midland and Odessa, Texas, and in Naples, Fla., and in Tulsa, Okla.");
        Assert.Contains("Naples, Florida", places);
        Assert.DoesNotContain("Italy", places);
        Assert.Contains("Odessa, Texas", places);
        // A list of cities before their state.
        var listed = Places("It serves Lafayette, Houma and Harvey, La., Alvin, Odessa and Longview, Texas.", "Stores in Daytona Beach, Melbourne and Sarasota, all in Florida, will close.");
        Assert.Contains("Odessa, Texas", listed);
        Assert.Contains("Melbourne, Florida", listed);
        Assert.DoesNotContain("Ukraine", listed);
        Assert.DoesNotContain("Australia", listed);
        Assert.Contains("France", Places("The bank has offices in Paris, and in Texas it has three branches."));
        Assert.DoesNotContain("Quebec, Kentucky", Places("It uses the technology at its Grande Baie, Quebec, and Sebree, Ky., smelters."));
        Assert.Contains("United Kingdom", Places("It has plants in Birmingham, England, and Huntsville, Alabama."));
        // The whole name before the state, not the known city at its end.
        var towns = Places("The bank's lender is in Del Rio, Texas, and its owner in North Kingstown, R.I.");
        Assert.Contains("Del Rio, Texas", towns);
        Assert.Contains("North Kingstown, Rhode Island", towns);
        Assert.Contains("Nassau County, New York State", Places("The site is in Nassau County, N.Y., the company said."));
        Assert.DoesNotContain("Ukraine", places);
    }

    [Fact]
    public void ACityInItsOwnCountryOrAListOfCitiesStaysTheGazetteersCity()
    {
        Assert.Equal(["Glasgow", "United Kingdom", "Scotland"], Places("GLASGOW, Scotland, March 25 - The workers were told to end their sit-in."));
        Assert.Contains("Italy", Places("The talks in Rome, La Repubblica said, will resume next week."));
        var listed = Places("The bank has offices in London, Paris and Frankfurt.");
        Assert.Contains("United Kingdom", listed);
        Assert.DoesNotContain("London, Paris", listed);
    }

    [Fact]
    public void ACitysCountryIsTheUnionItWasPartOfInTheStorysYear()
    {
        // Reuters' 1987 Moscow stories were tagged Russia; the wire and its readers placed them in the Soviet Union.
        List<string> PlacesIn(int year, string text) => _recognizer.Recognize([text], new DateOnly(year, 3, 2))
            .Where(e => e.Type == EntityType.Place).Select(e => e.Name).ToList();
        Assert.Equal(["Moscow", "Soviet Union"], PlacesIn(1987, "MOSCOW, March 2 - The Soviet oil production target was raised."));
        Assert.Equal(["Moscow", "Russia"], PlacesIn(2022, "MOSCOW, March 2 - The Russian oil production target was raised."));
        Assert.Contains("Yugoslavia", PlacesIn(1987, "Wages in Belgrade rose faster than prices last year, the statistics office said."));
        Assert.Contains("Russia", Places("Wages in Moscow rose faster than prices last year, the statistics office said.")); // undated
    }

    [Fact]
    public void AWithinTagThatIsNoUnionAndYearIsAnErrorNamingTheLine()
    {
        var error = Assert.Throws<FormatException>(() => Gazetteer.Parse("place\tRuritania\t\twithin:Greater Ruritania\t\n", "user.tsv"));
        Assert.Contains("user.tsv:1", error.Message);
        var parsed = Gazetteer.Parse("place\tRuritania\t\twithin:Greater Ruritania:1990\t\nplace\tStrelsau\t\t\tRuritania\n", "user.tsv");
        Assert.Equal("Greater Ruritania", parsed.CountryIn(parsed.Find("Strelsau")!, 1989));
        Assert.Equal("Ruritania", parsed.CountryIn(parsed.Find("Strelsau")!, 1991));
    }
}
