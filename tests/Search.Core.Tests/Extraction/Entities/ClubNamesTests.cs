using Search.Core.Extraction;

namespace Search.Core.Tests.Extraction;

/// <summary>A club named by its city is the club, and its city is no place of the story.</summary>
public class ClubNamesTests
{
    private readonly EntityRecognizer _recognizer = new(Seeds.Gazetteer);

    private List<string> Names(EntityType type, params string[] paragraphs) =>
        _recognizer.Recognize(paragraphs).Where(e => e.Type == type).Select(e => e.Name).ToList();

    [Theory]
    [InlineData("The striker began his career at Werder Bremen.", "Werder Bremen", "Bremen")]
    [InlineData("The coach left AS Monaco in the summer.", "AS Monaco", "Monaco")]
    [InlineData("The defender was sold by VfB Stuttgart on Friday.", "VfB Stuttgart", "Stuttgart")]
    [InlineData("The home side beat Leeds United 2-1 on Saturday.", "Leeds United", "Leeds")]
    public void AClubsWordMakesTheRunAClubNotItsCity(string text, string club, string city)
    {
        Assert.Contains(club, Names(EntityType.Organization, text));
        Assert.DoesNotContain(city, Names(EntityType.Place, text));
    }

    [Fact]
    public void AnUnknownTownWithAClubsSuffixIsAClub()
    {
        Assert.Contains("Tranmere Rovers", Names(EntityType.Organization, "They drew with Tranmere Rovers in the cup."));
    }
}
