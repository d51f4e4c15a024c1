using Search.Core.Extraction;
using Search.Core.Ingestion;

namespace Search.Core.Tests.Extraction;

/// <summary>Issue 13: reporters from by-lines and contributor lines are the article's authors, not the story's people.</summary>
public class AuthorExtractorTests
{
    private readonly AuthorExtractor _authors = new(Seeds.Gazetteer);

    [Theory]
    [InlineData("By Rob Picheta and Helen Regan, CNN", new[] { "Rob Picheta", "Helen Regan" }, "CNN")]
    [InlineData("BY JOHN SMITH, Associated Press Writer", new[] { "John Smith" }, "Associated Press")]
    [InlineData("By Jane Doe | Updated 10:15 AM ET, January 6, 2022", new[] { "Jane Doe" }, null)]
    public void ReadsTheReportersAndOutletOfAByLine(string byLine, string[] reporters, string? outlet)
    {
        var lines = _authors.Find([byLine, "Troops arrived on Thursday.", "More."]);
        Assert.Equal(reporters, lines.Authors);
        Assert.Equal(outlet, lines.Outlet?.Value);
        Assert.Equal(0, lines.ByLine);
    }

    [Theory]
    [InlineData("By January 5, protesters had stormed the airport.")]
    [InlineData("By late Thursday, Police Chief Ann Lee said order was restored.")]
    [InlineData("By contrast, Rudolph Penner, Director of the Congressional Budget Office, said the budget process had broken down.")]
    [InlineData("By Monday, Governor Ann Lee, who met the strikers, had promised them an inquiry into the shooting at the mine.")]
    public void AStoryOpeningWithByIsNoByLine(string lead)
    {
        Assert.Same(AuthorLines.None, _authors.Find([lead, "More."]));
    }

    [Theory]
    [InlineData("CNN’s Rob Picheta, Helen Regan and Ivan Watson contributed to this report.", new[] { "Rob Picheta", "Helen Regan", "Ivan Watson" })]
    [InlineData("(Reporting by John Smith in London; Additional reporting by Ann Lee; Editing by Mark Potter)", new[] { "John Smith", "Ann Lee" })]
    [InlineData("Contributing: Jane Doe, Richard Roe", new[] { "Jane Doe", "Richard Roe" })]
    public void ReadsTheReportersOfAContributorLine(string line, string[] reporters)
    {
        var lines = _authors.Find(["Troops arrived on Thursday.", "More.", line]);
        Assert.Equal(reporters, lines.Authors);
        Assert.Equal([2], lines.ContributorLines);
    }

    [Fact]
    public void ReportersAreAuthorsAndNotPeopleOfTheStory()
    {
        var raw = new RawArticle("a", "a.txt", 1,
            [new("By Rob Picheta, CNN", 1), new("President Kassym-Jomart Tokayev said order was restored.", 2),
             new("CNN’s Helen Regan and Ivan Watson contributed to this report.", 3)], new GivenMetadata());
        var article = new ArticleExtractor(Seeds.Gazetteer).Extract(raw);
        Assert.Equal(["Rob Picheta", "Helen Regan", "Ivan Watson"], article.Authors);
        Assert.Equal(["Kassym-Jomart Tokayev"], article.EntityNames(EntityType.Person));
        Assert.Equal("CNN", article.Source?.Value);
        Assert.DoesNotContain("By Rob Picheta, CNN", article.Paragraphs);
    }

    [Fact]
    public void AuthorsTheInputGivesWin()
    {
        var raw = new RawArticle("a", "a.txt", 1, [new("By Rob Picheta, CNN", 1), new("Troops arrived on Thursday.", 2)],
            new GivenMetadata { Authors = ["R. Picheta"] });
        Assert.Equal(["R. Picheta"], new ArticleExtractor(Seeds.Gazetteer).Extract(raw).Authors);
    }
}
