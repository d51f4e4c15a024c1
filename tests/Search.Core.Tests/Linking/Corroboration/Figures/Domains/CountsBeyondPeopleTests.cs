using Search.Core.Extraction;
using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>
/// Counts beyond people, as a ninth blind probe wrote them of a port shut by a ransomware attack (the ships held off it, the
/// containers stuck in it, and the ransom asked) and of a minister's graft verdict (his prison term, his co-accused convicted).
/// </summary>
public sealed class CountsBeyondPeopleTests : IDisposable
{
    private readonly EvenRarityReader _reading = new();

    public void Dispose() => _reading.Dispose();

    private static readonly Entity[] Minister = [new(EntityType.Person, "Xolani Mabaso", ["Xolani Mabaso", "Mabaso"])];

    private IReadOnlyList<Figure> Terms(string sentence, params Entity[] people) =>
        _reading.Reader.Read("s", sentence, people).Figures.Where(f => f.Event == "sentenced").ToList();

    [Fact]
    public void APrisonTermIsThePersonsAndDiffersFromAnother()
    {
        var twelve = Assert.Single(Terms("A court sentenced former minister Xolani Mabaso to 12 years in prison on Tuesday.", Minister));
        Assert.Equal("Xolani Mabaso", twelve.Subject);
        var decade = Assert.Single(Terms("Mabaso was jailed for a decade for graft.", Minister));
        Assert.True(twelve.Contradicts(decade));
        // The same term in other words agrees: "a 12-year jail term", "twelve years behind bars".
        Assert.False(twelve.Contradicts(Assert.Single(Terms("Mabaso, 61, was handed a 12-year jail term.", Minister))));
        Assert.False(twelve.Contradicts(Assert.Single(Terms("Mabaso will spend twelve years behind bars.", Minister))));
    }

    [Fact]
    public void ATermOfYearsWrittenAsACompoundBeforeSentenceIsAPrisonTerm()
    {
        // A QA pass found "an 11-year sentence" and "a 12-year sentence" of one freed journalist shown as agreeing.
        Entity[] journalist = [new(EntityType.Person, "Ales Barysenka", ["Ales Barysenka"])];
        var eleven = Assert.Single(Terms("Among those freed was Ales Barysenka, 54, a journalist who had served five years of an 11-year sentence for treason.", journalist));
        var twelve = Assert.Single(Terms("One of the best-known prisoners released was Ales Barysenka, who had served five years of a 12-year sentence.", journalist));
        Assert.Equal(11, eleven.Number.Value);
        Assert.True(eleven.Contradicts(twelve));
        // Time served is no term.
        Assert.Empty(Terms("Journalist Ales Barysenka, 53, who spent about five years behind bars, was among them.", journalist));
        // A sentence that is no term of years counts none.
        Assert.Empty(Terms("Ales Barysenka said the sentence was unjust.", journalist));
    }

    [Fact]
    public void ATermInASentenceOfSeveralPeopleIsNoOnesAlone()
    {
        // The co-accused of a trial are given terms of their own.
        Entity[] two = [.. Minister, new(EntityType.Person, "Thabo Dlamini", ["Thabo Dlamini"])];
        Assert.Empty(Terms("Xolani Mabaso was sentenced to 12 years and Thabo Dlamini to five years in prison.", two));
        // Years that are no prison term count nothing.
        Assert.Empty(Terms("Mabaso, who served as minister for 12 years, was arrested in 2022.", Minister));
    }

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
    public void ThePartOfAWholeIsTheCountAndTheWholeCountsNothing()
    {
        // "Four of his five co-accused were convicted" was read as five convicted, which disagreed with the four of the others.
        var four = One("Four of his five co-accused were also convicted, while the fifth was acquitted.");
        Assert.Equal((4, "convicted", "defendants"), (four.Number.Value, four.Event, four.Subject));
        Assert.False(four.Contradicts(One("Four of Mabaso's co-accused were convicted alongside him.")));
        Assert.False(four.Contradicts(One("Four co-defendants, including two businessmen, were also found guilty.")));
        Assert.True(four.Contradicts(One("Three of his co-accused were convicted.")));
    }

    [Fact]
    public void ASumThatIsNoRansomIsNoFigure() =>
        Assert.Empty(Figures.In("The operator reported revenue of $5 million for the quarter."));
}
