using Search.Core.Extraction;

namespace Search.Core.Tests.Extraction;

/// <summary>Issue 13: dates inside the story are event dates, even on a short line at the top or bottom.</summary>
public class EventDateLinesTests
{
    [Theory]
    [InlineData("- 8-1/2 pct bonds due June 1, 2011.")]
    [InlineData("Company was formed Dec 30, 1985.")]
    [InlineData("VANCOUVER, British Columbia, March 2 - Period ended December 31, 1986")]
    [InlineData("Record March 31, 1987")]
    [InlineData("Both increases are effective April 1, 1987.")]
    public void AnEventDateOnAnEdgeLineIsNotThePublicationDate(string line)
    {
        var (date, _) = PublicationDateExtractor.Find(["Shares of the company rose sharply in heavy trading today.", line]);
        Assert.Null(date);
    }

    [Theory]
    [InlineData("Published 7 January 2022", 2022, 1, 7)]
    [InlineData("By Rob Picheta, CNN Updated 10:15 AM ET, January 6, 2022", 2022, 1, 6)]
    public void ABylineOrFooterDateIsStillThePublicationDate(string line, int y, int m, int d)
    {
        var (date, _) = PublicationDateExtractor.Find([line, "Shares of the company rose sharply in heavy trading today."]);
        Assert.Equal(new DateOnly(y, m, d), date?.Value);
    }
}

/// <summary>Issue 13: a wire dateline gives the date only with its year; "Feb 26" alone is left unknown rather than guessed.</summary>
public class DatelineDateTests
{
    [Theory]
    [InlineData("WASHINGTON, Feb. 26, 2019 (AP) — The Senate voted on Tuesday to end the shutdown.", 2019, 2, 26)]
    [InlineData("LONDON, March 3, 1987 - The Bank of England said money market shortages eased.", 1987, 3, 3)]
    public void ADatelineWithItsYearIsThePublicationDate(string lead, int y, int m, int d)
    {
        var (date, _) = PublicationDateExtractor.Find([lead, "More of the story follows here."]);
        Assert.Equal(new DateOnly(y, m, d), date?.Value);
        Assert.Equal("dateline", date?.Evidence.Rule);
    }

    [Theory]
    [InlineData("NEW YORK, Feb 26 - The company said it would redeem its bonds due June 1, 2011.")]
    [InlineData("The company said on Feb 26, 1987 - its busiest day - that orders rose.")]
    public void ADatelineWithoutAYearOrADateInsideTheStoryGivesNoDate(string lead)
    {
        Assert.Null(PublicationDateExtractor.Find([lead, "More of the story follows here."]).Date);
    }

    [Fact]
    public void ADatelineAfterAHeadlineAndACaptionIsRead()
    {
        var (date, _) = PublicationDateExtractor.Find(["Kremlin says Russia will respond", "Troops board a plane. | Photo: EFE/EPA/DEFENCE MINISTRY",
            "MOSCOW, Jan. 7, 2022 (AP) — The Kremlin said Friday it would respond.", "More."]);
        Assert.Equal(new DateOnly(2022, 1, 7), date?.Value);
    }

    [Fact]
    public void ALineOfNothingButTheDateAndItsTimeIsDroppedFromTheText()
    {
        // Otherwise it would become the lead.
        var (date, line) = PublicationDateExtractor.Find(["Updated 10:15 AM ET, Sat October 1, 2022", "President Joe Biden signed a bill on Friday.", "More.", "End."]);
        Assert.Equal(new DateOnly(2022, 10, 1), date?.Value);
        Assert.Equal(0, line);
    }
}
