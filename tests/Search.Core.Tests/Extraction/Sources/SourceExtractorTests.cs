using Search.Core.Extraction;

namespace Search.Core.Tests.Extraction;

public class SourceExtractorTests
{
    private readonly SourceExtractor _extractor = new(Seeds.Gazetteer);

    [Fact]
    public void ASignOffNamesTheSource()
    {
        var (source, text) = _extractor.Find(["Lead paragraph.", "Body text.", "AFP"]);
        Assert.Equal("Agence France-Presse", source?.Value);
        Assert.Equal("sign-off", source?.Evidence.Rule);
        Assert.Equal(["Lead paragraph.", "Body text."], text);
    }

    [Fact]
    public void AByLineNamesTheSource()
    {
        var (source, text) = _extractor.Find(["dpa", "Moscow", "Russia has deployed soldiers.", "More.", "End."]);
        Assert.Equal("Deutsche Presse-Agentur", source?.Value);
        Assert.Equal("by-line", source?.Evidence.Rule);
        Assert.Equal("Moscow", text[0]);
    }

    [Theory]
    [InlineData("It said completion is expected in late 1988. Reuter")]
    [InlineData("The curfew remains in force. (Reuters)")]
    public void AnOutletNameClosingTheTextIsASignOff(string last)
    {
        var (source, text) = _extractor.Find(["Lead.", "Body.", last]);
        Assert.Equal("Reuters", source?.Value);
        Assert.Equal("sign-off", source?.Evidence.Rule);
        Assert.DoesNotContain("Reuter", text[^1]);
    }

    [Fact]
    public void AContributorLineNamesTheSource()
    {
        var (source, _) = _extractor.Find(["Lead.", "Body.", "CNN’s Rob Picheta and Ivan Watson contributed to this report."]);
        Assert.Equal("CNN", source?.Value);
        Assert.Equal("contributor line", source?.Evidence.Rule);
    }

    [Fact]
    public void ADatelineCreditNamesTheSource()
    {
        var (source, _) = _extractor.Find(["MOSCOW (Reuters) - Troops arrived on Thursday.", "Body."]);
        Assert.Equal("Reuters", source?.Value);
    }

    [Fact]
    public void AnOutletThatIsOnlyCitedIsNotTheSource()
    {
        var (source, _) = _extractor.Find(["Troops fired on protesters, TASS reported.", "Reuters correspondents saw armored vehicles.", "A journalist told CNN the city was quiet."]);
        Assert.Null(source);
    }
}

public class WireSignOffTests
{
    [Theory]
    [InlineData("reuter")]
    [InlineData("REUTER")]
    [InlineData("reuter...")]
    public void ASignOffLineIsReadWhateverItsCase(string signOff)
    {
        var (source, text) = new SourceExtractor(Seeds.Gazetteer).Find(["The company said profits rose.", signOff]);
        Assert.Equal("Reuters", source?.Value);
        Assert.Equal(["The company said profits rose."], text);
    }

    [Fact]
    public void AShortCapitalsAliasIsNotReadInLowerCase()
    {
        var (source, _) = new SourceExtractor(Seeds.Gazetteer).Find(["The company said profits rose.", "ap"]);
        Assert.Null(source);
    }
}
