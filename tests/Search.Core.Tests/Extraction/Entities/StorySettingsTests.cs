using Search.Core.Extraction;

namespace Search.Core.Tests.Extraction;

/// <summary>
/// A known town written as the scene of a story set in another country is that country's namesake: its name is kept, the
/// gazetteer's country is not. A destination, a venue or an earlier event keeps the town's country.
/// </summary>
public class StorySettingsTests
{
    private readonly EntityRecognizer _recognizer = new(Seeds.Gazetteer);

    private List<string> Places(DateOnly? date, params string[] paragraphs) =>
        _recognizer.Recognize(paragraphs, date).Where(e => e.Type == EntityType.Place).Select(e => e.Name).ToList();

    private static readonly DateOnly Day = new(2026, 3, 9);

    [Theory]
    [InlineData("Gunmen held 30 bus passengers for a day near the town of Pamplona before troops freed them, officials in Bogotá said.", "The wounded were taken to Cúcuta.")]
    [InlineData("Troops freed the passengers of a hijacked bus in Colombia on Monday, the army said in Bogotá.", "The bus had been stopped outside Pamplona at a fake checkpoint.")]
    public void ATownWrittenAsTheSceneOfAStorySetElsewhereGivesNoCountry(params string[] story)
    {
        var places = Places(Day, story);
        Assert.Contains("Pamplona", places);
        Assert.Contains("Colombia", places);
        Assert.DoesNotContain("Spain", places);
    }

    [Fact]
    public void ATownListedAmongTheStorysVillagesGivesNoCountry()
    {
        // A QA pass found a Philippine village, listed among the barangays of Laak, under the United States (San Antonio, Texas).
        var places = Places(Day, "A landslide buried homes in Laak, Davao de Oro, in the southern Philippines on Sunday.",
            "Families from Tagbaros and the neighboring barangays of Kapatagan, San Antonio and Belmonte are staying in evacuation centers.");
        Assert.Contains("San Antonio", places);
        Assert.Contains("Philippines", places);
        Assert.DoesNotContain("United States", places);
    }

    [Fact]
    public void ANameThatEndsInAKnownTownIsReadWhole()
    {
        // "Abra" is also a province of the Philippines, "Malaga" a city of Spain: the pass near Cusco is neither.
        var places = Places(Day, "A lorry left the road near the Abra Malaga pass on the way from Cusco to Quillabamba, Peru's police said.", "Rescuers from Lima arrived at dawn.");
        Assert.Contains("Peru", places);
        Assert.Contains("Abra Malaga", places);
        Assert.DoesNotContain("Spain", places);
        Assert.DoesNotContain("Philippines", places);
        Assert.DoesNotContain("Málaga", places);
        Assert.DoesNotContain("Abra", places);
    }

    [Theory]
    // A destination or a venue is the town the gazetteer knows.
    [InlineData("ATLANTA, March 9 - Delta said it would fly daily from Atlanta to Tokyo from May.", "Japan")]
    [InlineData("Colombia's government and the rebels met in Bogotá and agreed to resume talks in Geneva.", "Switzerland")]
    // An earlier event, or one told beside events in other countries, happened where the gazetteer says.
    [InlineData("WASHINGTON, March 9 - Regulators cited the crash near Paris in 1974 in their ruling on cargo doors in Chicago.", "France")]
    [InlineData("LONDON, March 9 - The report listed ferries that sank near Dhaka and in China, the ministry in London said.", "Bangladesh")]
    // A story that names no country of its own is not set elsewhere.
    [InlineData("Protesters gathered near Pamplona on Monday.", "Spain")]
    public void OtherwiseAKnownTownGivesItsCountry(string paragraph, string country)
    {
        Assert.Contains(country, Places(Day, paragraph));
    }
}
