using Search.Core.Extraction;

namespace Search.Core.Tests.Extraction;

public class DatelinePlacesTests
{
    private readonly EntityRecognizer _recognizer = new(Seeds.Gazetteer);

    private List<string> Places(params string[] paragraphs) =>
        _recognizer.Recognize(paragraphs).Where(e => e.Type == EntityType.Place).Select(e => e.Name).ToList();

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
    }

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

    [Fact]
    public void ACityOfAnotherCountryThanItsStateIsTheStatesCity()
    {
        // The gazetteer's Birmingham is England's, and the wire's Birmingham, Ala., was tagged the United Kingdom.
        var places = Places("BIRMINGHAM, Ala., March 4 - A regional bank said its profits rose.", "The bank is the largest in Birmingham.");
        Assert.Equal(["Birmingham, Alabama", "Alabama", "United States"], places);

        Assert.Equal(["London, Ontario", "Ontario", "Canada"], Places("LONDON, Ontario, March 3 - The brewer raised its dividend."));
        Assert.Equal(["St. Petersburg, Florida", "Florida", "United States"], Places("ST. PETERSBURG, Fla., June 29 - The savings bank was sold."));
    }

    [Fact]
    public void ACityOfAnotherCountryThanTheStateWrittenAfterItInTheTextIsTheStatesCity()
    {
        var places = Places("The company owns plants in Midland and Odessa, Texas, and in Tulsa, Okla.");
        Assert.Contains("Odessa, Texas", places);
        Assert.DoesNotContain("Ukraine", places);
    }

    [Fact]
    public void ACityInItsOwnCountryOrAListOfCitiesStaysTheGazetteersCity()
    {
        Assert.Equal(["Glasgow", "United Kingdom", "Scotland"], Places("GLASGOW, Scotland, March 25 - The workers were told to end their sit-in."));
        var listed = Places("The bank has offices in London, Paris and Frankfurt.");
        Assert.Contains("United Kingdom", listed);
        Assert.DoesNotContain("London, Paris", listed);
    }
}
