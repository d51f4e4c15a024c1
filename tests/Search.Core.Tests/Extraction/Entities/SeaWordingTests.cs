using Search.Core.Extraction;

namespace Search.Core.Tests.Extraction;

/// <summary>
/// A sea's short name is the sea only where the story writes the sea: in a business wire most "Pacific"s are companies. The
/// Reuters facets gave the Pacific Ocean 107 stories, most of them about Union Pacific, Pacific Telesis or Industrial Equity
/// (Pacific) Ltd.
/// </summary>
public class SeaWordingTests
{
    private readonly EntityRecognizer _recognizer = new(Seeds.Gazetteer);

    private List<string> Names(params string[] paragraphs) => _recognizer.Recognize(paragraphs).Select(e => e.Name).ToList();

    [Theory]
    [InlineData("Union Pacific Resources said it raised its posted crude oil prices by 50 cts a barrel.")]
    [InlineData("Shares of Pacific Telesis Group fell one dollar in early trading.")]
    [InlineData("Atlantic Richfield rose 1-3/4 to 80 on the news.")]
    [InlineData("The company sold its casino hotel in Atlantic City to a developer.")]
    public void ASeasNameInsideALongerNameIsNoSea(string text)
    {
        var names = Names(text);
        Assert.DoesNotContain("Pacific Ocean", names);
        Assert.DoesNotContain("Atlantic Ocean", names);
    }

    [Fact]
    public void ASeasNameInBracketsAfterANameIsPartOfThatName()
    {
        var names = Names("Industrial Equity (Pacific) Ltd, a Hong Kong investment firm, said it bought more shares.",
            "Industrial Equity (Pacific) reported it paid 12 dlrs a share.");
        Assert.DoesNotContain("Pacific Ocean", names);
    }

    [Fact]
    public void ASeasNameAloneIsTheCompanyTheStoryNamesWithIt()
    {
        var entities = _recognizer.Recognize(["Atlantic Financial said it agreed to buy a savings bank for 20 mln dlrs.", "Atlantic did not disclose the price."]);
        Assert.DoesNotContain("Atlantic Ocean", entities.Select(e => e.Name));
        // No longer a sea, the name is no person either: no one is named after a sea.
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void AShoutedHeadlineIsReadAsTheBodyWritesTheWord()
    {
        Assert.DoesNotContain("Pacific Ocean", Names("PACIFIC LIGHTING SETS DIVIDEND", "Pacific Lighting Corp said its board declared a quarterly dividend."));
        Assert.DoesNotContain("Pacific Ocean", Names("PACIFIC NUCLEAR POSTS LOSS", "Shr loss 19 cts vs profit seven cts"));
        Assert.Contains("Pacific Ocean", Names("FREIGHTER LOST IN PACIFIC", "The freighter sank in the South Pacific last Friday with its crew of 20."));
    }

    [Theory]
    [InlineData("The ship sank in the South Pacific last Friday.", "Pacific Ocean")]
    [InlineData("The storm moved across the western Pacific toward Guam.", "Pacific Ocean")]
    [InlineData("Ecuador will pump its crude to a Pacific port through the Colombian pipeline.", "Pacific Ocean")]
    [InlineData("Teleglobe will lay a fibre optic cable in the Atlantic and Mediterranean next year.", "Atlantic Ocean")]
    [InlineData("Teleglobe will lay a fibre optic cable in the Atlantic and Mediterranean next year.", "Mediterranean Sea")]
    public void TheSeaWrittenAsASeaStaysTheSea(string text, string sea) => Assert.Contains(sea, Names(text));

    [Fact]
    public void ACompassWordThatOpensACompanysNameMakesNoSea()
    {
        var names = Names("Kansas City Southern offered to buy the Southern Pacific Transportation Co from Santa Fe Southern Pacific Corp.",
            "It said the Southern Pacific needed a buyer, and that Southern Pacific would stay independent.");
        Assert.DoesNotContain("Pacific Ocean", names);
    }
    [Fact]
    public void TheGulfOfAStoryOfItsCountriesIsThePersianGulf()
    {
        // "the Gulf" of the tanker war named no place.
        Assert.Contains("Persian Gulf", Names("U.S. forces attacked two Iranian oil platforms in the Gulf on Monday.", "Iran said the raid caused damage."));
        Assert.DoesNotContain("Persian Gulf", Names("Storms shut rigs in the Gulf, Texas producers said."));
    }
}
