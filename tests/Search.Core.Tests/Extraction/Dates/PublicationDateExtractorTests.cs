using Search.Core.Extraction;

namespace Search.Core.Tests.Extraction;

public class PublicationDateExtractorTests
{
    private static DateOnly? Find(params string[] paragraphs) => PublicationDateExtractor.Find(paragraphs).Date?.Value;

    [Fact]
    public void ReadsAEuropeanFooterDateWhenTheTextNamesItsMonth()
    {
        Assert.Equal(new DateOnly(2022, 1, 7), Find("Byline", "Protests continue until January 19.", "More text here.", "07/01/2022"));
    }

    [Fact]
    public void ReadsAnAmericanFooterDateWhenTheTextNamesItsMonth()
    {
        Assert.Equal(new DateOnly(2022, 7, 1), Find("Lead.", "The vote is due in July.", "Body.", "07/01/2022"));
    }

    [Fact]
    public void GivesNoDateWhenDayAndMonthCannotBeTold()
    {
        Assert.Null(Find("Lead.", "Nothing about months here.", "Body.", "07/01/2022"));
    }

    [Fact]
    public void ADayAbove12SettlesTheOrder()
    {
        Assert.Equal(new DateOnly(2022, 1, 13), Find("Lead.", "Body.", "Body.", "13/01/2022"));
        Assert.Equal(new DateOnly(2022, 1, 13), Find("Lead.", "Body.", "Body.", "01/13/2022"));
    }

    [Fact]
    public void ReadsWrittenAndIsoDatesInAByline()
    {
        Assert.Equal(new DateOnly(2022, 1, 5), Find("Published January 5, 2022", "Body.", "Body.", "Body.", "End."));
        Assert.Equal(new DateOnly(2022, 1, 5), Find("5 January 2022", "Body.", "Body.", "Body.", "End."));
        Assert.Equal(new DateOnly(2022, 1, 5), Find("Updated 2022-01-05", "Body.", "Body.", "Body.", "End."));
        Assert.Equal(new DateOnly(2022, 1, 5), Find("Lead.", "Body.", "Body.", "Body.", "Posted 2022/1/5 10:15"));
        Assert.Equal(new DateOnly(2022, 1, 5), Find("Jan. 5, 2022 08:30 AM", "Body.", "Body.", "Body.", "End."));
    }

    [Fact]
    public void IgnoresDatesInsideTheStory()
    {
        Assert.Null(Find("Lead.", "Protesters rallied in Almaty on January 5, 2022, and again the next day in a long paragraph of story text.", "Middle.", "More.", "End.", "Close."));
    }

    [Fact]
    public void ReadsADateInACreditLineButNotInAShortClosingSentence()
    {
        Assert.Equal(new DateOnly(2022, 1, 6), Find("By Rob Picheta, CNN Updated 10:15 AM ET, Thu January 6, 2022", "Body.", "Body.", "Body.", "End."));
        Assert.Null(Find("Lead.", "Body.", "Body.", "Body.", "The summit is set for March 3, 2022."));
    }

    [Fact]
    public void RejectsImpossibleDates()
    {
        Assert.Null(Find("Lead.", "Body.", "31/02/2022"));
    }

    [Fact]
    public void MarksADateOnlyLineForRemovalFromTheText()
    {
        var (date, line) = PublicationDateExtractor.Find(["Lead.", "January text.", "07/01/2022"]);
        Assert.NotNull(date);
        Assert.Equal(2, line);
        Assert.Equal("07/01/2022", date.Evidence.Text);
    }
}
