using Search.Core.Extraction;
using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>
/// The counts of a bus siege's and a blackout's coverage, as a blind probe wrote them: those on board, the hostages freed, the
/// hours a standoff or an outage lasted, the households without power, and the country each count is of.
/// </summary>
public sealed class SiegeAndBlackoutCountsTests : IDisposable
{
    private readonly EvenRarityReader _reading = new();

    public void Dispose() => _reading.Dispose();

    private static Figure One(string sentence) => Assert.Single(Figures.In(sentence).Concat(Durations.In(sentence)));

    [Theory]
    [InlineData("The standoff lasted nine hours.", "Soldiers stormed the bus, ending a siege that lasted 11 hours.")]
    [InlineData("Armed men held the passengers in a nine-hour standoff.", "Soldiers stormed the bus, ending a siege that lasted 11 hours.")]
    [InlineData("Power was restored to most of the country after 11 hours, the company said.", "Power was restored to most areas after 14 hours.")]
    [InlineData("Rail workers began a 48-hour strike on Monday.", "Rail workers began a 72-hour strike on Monday.")]
    public void TheHoursAnEventLastedAreACount(string ours, string theirs)
    {
        Assert.True(One(ours).Contradicts(One(theirs)));
        Assert.False(One(ours).Contradicts(One(ours)));
    }

    [Theory]
    [InlineData("Rescuers arrived three hours later.")]
    [InlineData("The talks lasted six hours.")]
    [InlineData("Power returned to the village.")]
    public void OtherSpansOfTimeCountNothing(string sentence)
    {
        Assert.Empty(Figures.In(sentence).Concat(Durations.In(sentence)));
    }

    [Fact]
    public void HouseholdsHomesAndCustomersWithoutPowerAreOneCount()
    {
        var households = One("A nationwide blackout left 3.1 million Romanian households without electricity on Wednesday.");
        Assert.Equal(("without power", "households"), (households.Event, households.Subject));
        Assert.True(households.Contradicts(One("A power outage swept the country, cutting electricity to 2.8 million homes.")));
        Assert.False(households.Contradicts(One("A giant blackout deprived 3,100,000 households in Romania of electricity.")));
        // "leaving" and "left" count the dead as often: only words of power after the number make a blackout's count.
        Assert.Equal("killed", One("The storm hit the coast, leaving 14 people dead.").Event);
    }

    [Theory]
    [InlineData("Gunmen seized a bus carrying 42 passengers on Monday.", "Gunmen seized a bus with 45 passengers on board.", true)]
    [InlineData("The plane was carrying 174 passengers and six crew members.", "The plane, with 180 people on board, overshot the runway.", false)]
    [InlineData("According to the manifest, 12 crew were aboard.", "There were 175 people on board, the manifest showed.", false)]
    public void ThoseOnBoardAreCountedAsTheSentenceNamesThem(string ours, string theirs, bool contradict)
    {
        var figure = Figures.In(ours).First(f => f.Event == "on board");
        Assert.Equal(contradict, figure.Contradicts(Figures.In(theirs).First(f => f.Event == "on board")));
    }

    [Fact]
    public void HostagesFreedAreRescuedAndGunmenAreAttackers()
    {
        var freed = One("Thirty-nine hostages were freed.");
        Assert.Equal(("rescued", "people"), (freed.Event, freed.Subject));
        Assert.True(freed.Contradicts(One("The 43 other passengers were freed unharmed.")));
        Assert.Equal("protesters", One("Three gunmen were killed in the raid.").Subject);
    }

    [Fact]
    public void ACountIsOfTheCountryNamedNearestIt()
    {
        // A blind probe: storms in Bulgaria that cut power to 400,000 customers, told two days after Romania's blackout, were
        // flagged against Romania's 3.4 million households.
        Entity[] countries = [new(EntityType.Place, "Bulgaria", ["Bulgaria"]), new(EntityType.Place, "Romania", ["Romania", "Romanian"])];
        Figure Read(string sentence) => _reading.Reader.Read("s", sentence, countries, 2026).Figures.Single(f => f.Event == "without power");
        var bulgaria = Read("Storms knocked out electricity to about 400,000 customers in northeastern Bulgaria, two days after a blackout hit neighboring Romania.");
        Assert.Equal(["Bulgaria"], bulgaria.Countries);
        Assert.False(bulgaria.Contradicts(Read("The blackout that hit Romania left 3.4 million households without power.")));
        Assert.True(bulgaria.Contradicts(Read("Storms left 600,000 households in Bulgaria without power.")));
        Assert.True(bulgaria.Contradicts(One("Storms left 600,000 households without power.")));
    }

    [Fact]
    public void WhereAMinisterSpokeIsNotWhereTheCountWasMade()
    {
        Entity[] capital = [new(EntityType.Place, "Bogotá", ["Bogota"])];
        var told = _reading.Reader.Read("s", "Two passengers were killed and seven were wounded, Defence Minister Camila Restrepo told reporters in Bogota.", capital, 2026).Figures;
        Assert.All(told, f => Assert.False(f.Local));
        Assert.True(_reading.Reader.Read("s", "Two passengers were killed in Bogota, police said.", capital, 2026).Figures.Single().Local);
    }
}
