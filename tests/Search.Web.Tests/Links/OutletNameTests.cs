using Search.Web.Links;

namespace Search.Web.Tests.Links;

public class OutletNameTests
{
    [Theory]
    [InlineData("CNN", "Any title at all", "CNN")]
    [InlineData(null, "Protests spread to Almaty", "“Protests spread to Almaty”")]
    [InlineData(null, "One two three four five six", "“One two three four five six”")]
    [InlineData(null, "Dozens Reported Dead in Kazakhstan, as Russian Alliance Sends Troops", "“Dozens Reported Dead in Kazakhstan…”")]
    [InlineData(null, "Dozens were killed by security forces during…", "“Dozens were killed by security…”")]
    [InlineData(null, "Short but cut…", "“Short but cut…”")]
    [InlineData(null, "", "an unknown outlet")]
    public void AnOutletIsNamedByItsSourceOrElseByItsTitlesFirstWords(string? source, string title, string named) =>
        Assert.Equal(named, OutletName.Of(source, title, null));

    [Fact]
    public void AnArticleOfUnknownSourceAlsoGivesItsDate()
    {
        Assert.Equal("“Protests spread to Almaty” (6 Jan 2022)", OutletName.Of(null, "Protests spread to Almaty", new DateOnly(2022, 1, 6)));
        Assert.Equal("an unknown outlet (6 Jan 2022)", OutletName.Of(null, "", new DateOnly(2022, 1, 6)));
        Assert.Equal("AFP", OutletName.Of("AFP", "Protests spread", new DateOnly(2022, 1, 6)));
    }
}
