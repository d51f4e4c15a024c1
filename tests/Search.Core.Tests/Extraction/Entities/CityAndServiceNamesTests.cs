using Search.Core.Extraction;

namespace Search.Core.Tests.Extraction;

/// <summary>Issue 13: names made of a known name and what follows it, which capitalized-phrase rules cannot see.</summary>
public class CityAndServiceNamesTests
{
    private readonly EntityRecognizer _recognizer = new(Seeds.Gazetteer);

    private List<Entity> Recognize(params string[] paragraphs) => _recognizer.Recognize(paragraphs).ToList();

    private List<string> Names(EntityType type, params string[] paragraphs) =>
        Recognize(paragraphs).Where(e => e.Type == type).Select(e => e.Name).ToList();

    [Theory]
    [InlineData("The state news agency Sputnik Kazakhstan reported that groups ran from the scene.", "Sputnik Kazakhstan")]
    [InlineData("He was quoted as saying by Interfax-Kazakhstan, TASS and Ria Novosti.", "Interfax-Kazakhstan")]
    public void ReadsAnOutletFollowedByACountryAsItsServiceThere(string text, string service)
    {
        var organizations = Names(EntityType.Organization, text);
        Assert.Contains(service, organizations);
        Assert.DoesNotContain(service.Split(' ', '-')[0], organizations);
    }

    [Fact]
    public void ReadsACityFollowedByALocalBodysNounsAsThatBody()
    {
        var entities = Recognize("Extremists tried to break into the Almaty city police department overnight.");
        Assert.Contains(entities, e => e is { Type: EntityType.Organization, Name: "Almaty city police department" });
        Assert.Contains(entities, e => e is { Type: EntityType.Place, Name: "Almaty" });
    }

    [Fact]
    public void DoesNotNameAForceACityMerelyHas()
    {
        Assert.Empty(Names(EntityType.Organization, "Almaty police said dozens were killed."));
    }

    [Fact]
    public void ReadsACitysAirport()
    {
        Assert.Contains("Almaty airport", Names(EntityType.Place, "By January 5, protesters stormed Almaty airport."));
    }
}
