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
}
