using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>
/// Counts beyond people, as a ninth blind probe wrote them of a port shut by a ransomware attack: the ships held off it, the
/// containers stuck in it, and the ransom asked.
/// </summary>
public class TradeCountsTests
{
    private static Figure One(string sentence) => Assert.Single(Figures.In(sentence));

    [Theory]
    [InlineData("The attack left 43 ships waiting at anchorage.", "Some 38 vessels were waiting at anchor off the coast.")]
    [InlineData("About 12,500 containers were stuck on the docks.", "Some 9,000 containers were stuck in the terminals.")]
    [InlineData("The group is demanding $5 million in bitcoin.", "The hackers asked for a ransom of $8 million.")]
    public void ShipsContainersAndARansomThatDifferDisagree(string ours, string theirs)
    {
        // The probe's 16 listed pairs of figures that disagree raised no flag: only counts of people were read.
        Assert.True(One(ours).Contradicts(One(theirs)));
    }

    [Theory]
    [InlineData("The attack left 43 ships waiting at anchorage.", "At the peak, forty-three vessels were waiting outside the bay.")]
    [InlineData("The group is demanding $5 million in bitcoin.", "The gang demanded five million dollars to unlock the systems.")]
    [InlineData("The attack left 43 ships waiting at anchorage.", "About 43 containers were stuck on the docks.")]
    public void TheSameCountInOtherWordsOrAnotherThingCountedAgrees(string ours, string theirs)
    {
        Assert.False(One(ours).Contradicts(One(theirs)));
    }

    [Fact]
    public void ASumThatIsNoRansomIsNoFigure() =>
        Assert.Empty(Figures.In("The operator reported revenue of $5 million for the quarter."));
}
