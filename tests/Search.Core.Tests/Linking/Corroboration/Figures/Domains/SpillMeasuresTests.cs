using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>
/// An oil spill's measures, as blind probe 72's reports wrote them: the oil spilled, the coast it reached and the
/// beaches closed, with conversions in brackets and an earlier spill's volume as background.
/// </summary>
public sealed class SpillMeasuresTests : IDisposable
{
    private readonly EvenRarityReader _reading = new();

    public void Dispose() => _reading.Dispose();

    private static Figure One(string sentence) => Assert.Single(Figures.In(sentence));

    [Theory]
    [InlineData("About 3,000 barrels of crude oil spilled into the sea late on Saturday, the operator said.", "The minister said at least 7,000 barrels (294,000 gallons) of crude had spilled.")]
    [InlineData("About 3,000 barrels of crude oil spilled into the sea late on Saturday, the operator said.", "The regulator raised its estimate of the crude oil spilled off the port to 9,500 barrels.")]
    [InlineData("The oil has since spread along about 40 km of coastline.", "The regulator said the oil now stretched along 72 kilometres of coastline.")]
    [InlineData("Authorities have closed 12 beaches to bathers.", "Officials said 18 beaches had been closed.")]
    public void MeasuresOfTheSpillThatDifferDisagree(string ours, string theirs) =>
        Assert.True(One(ours).Contradicts(One(theirs)));

    [Theory]
    [InlineData("The oil has coated about 25 miles (40 kilometers) of shoreline.", "The oil has since spread along about 40 km of coastline.")]
    [InlineData("A dozen beaches were closed to the public.", "Authorities have closed 12 beaches to bathers.")]
    public void TheSameMeasureInOtherUnitsOrWordsAgrees(string ours, string theirs) =>
        Assert.False(One(ours).Contradicts(One(theirs)));

    [Theory]
    [InlineData("The quake struck 40 km south of the town and killed 12 people.", "killed")]
    [InlineData("The tanker, carrying some 950,000 barrels of crude, remains anchored off the port.", null)]
    [InlineData("Some 12 schools were closed for the day.", "closed")]
    public void AUnitCountsOnlyItsOwnKindOfEvent(string sentence, string? only)
    {
        var figures = Figures.In(sentence);
        // Schools closed are a count of schools (a blind probe's blizzard closed 1,100 of them), not of the spill's beaches.
        Assert.All(figures, f => Assert.True(f.Subject is null or "people" or "schools"));
        Assert.Equal(only == null ? [] : [only], figures.Select(f => f.Event));
    }

    [Fact]
    public void AnEarlierSpillSinceWhichThisIsTheWorstIsBackground()
    {
        var today = Assert.Single(_reading.Reader.Read("s", "About 3,000 barrels of crude oil spilled on Saturday.", [], 2026).Figures);
        var then = Assert.Single(_reading.Reader.Read("s", "The spill is the worst on the coast since 2022, when about 11,900 barrels leaked at a refinery.", [], 2026).Figures);
        Assert.False(today.Contradicts(then));
    }
}
