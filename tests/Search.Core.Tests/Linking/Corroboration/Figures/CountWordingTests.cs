using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>
/// Counts as blind probe 73's poisoning and runway overrun wrote them: "the number of … has risen to", a count
/// added to an earlier one, flights cancelled, sight lost, and patients as a part of a story's people.
/// </summary>
public class CountWordingTests
{
    private static Figure One(string sentence) => Assert.Single(Figures.In(sentence));

    [Fact]
    public void TheNumberOfThoseCountedIsTheirCount()
    {
        // It was read as 104 in intensive care: "of whom 22" left the window open to "critical condition".
        var admitted = One("The number of people admitted to hospital has risen to 104, of whom 22 are in a critical condition.");
        Assert.Equal(("hospitalized", "people", 104.0), (admitted.Event, admitted.Subject!, admitted.Number.Value));
        Assert.True(admitted.Contradicts(One("Another 85 people were hospitalised, officials said.")));
    }

    [Theory]
    // A QA pass: "Three of the released prisoners were taken to a Vilnius hospital" counted nothing, and linked "two of the
    // freed prisoners had been taken to hospital" as the same fact.
    [InlineData("Three of the released prisoners were taken to a Vilnius hospital, officials said.", 3.0)]
    [InlineData("Eleven of the injured were rushed to the district hospital overnight.", 11.0)]
    public void ThoseTakenToANamedHospitalAreCounted(string sentence, double count)
    {
        var taken = One(sentence);
        Assert.Equal(("hospitalized", count), (taken.Event, taken.Number.Value));
    }

    [Fact]
    public void ACountAddedToAnEarlierOneCountsNothingAlone() =>
        Assert.Empty(Figures.In("The toll rose overnight after nine more people died in hospital."));

    [Theory]
    [InlineData("The airport was shut for seven hours and forty-six flights were cancelled or diverted.", "In all, 52 flights were cancelled or diverted to other airports.")]
    [InlineData("Eight people have lost their vision, a doctor said.", "At least six of the survivors have lost their eyesight.")]
    public void FlightsCancelledAndSightLostThatDifferDisagree(string ours, string theirs) =>
        Assert.True(One(ours).Contradicts(One(theirs)));

    [Fact]
    public void TurnoutIsAShareOfVoters()
    {
        // Blind probe 75: a count's turnout given as 61.4% by the wires and 62.7% the next day raised no flag.
        var turnout = One("Turnout stood at 61.4 percent, the commission said.");
        Assert.Equal(("turnout", "voters", 61.4), (turnout.Event, turnout.Subject!, turnout.Number.Value));
        Assert.True(turnout.Contradicts(One("Turnout was put at 62.7 percent, slightly higher than the provisional figure.")));
        Assert.False(turnout.Contradicts(One("Turnout was 61.4% of the 7.2 million registered voters, the commission said.")));
        // A turnout in voters is no share.
        Assert.Empty(Figures.In("Turnout reached 4 million by noon."));
    }

    [Fact]
    public void TakenIntoCustodyIsArrested() =>
        Assert.True(One("Four people were taken into custody on Monday night, police said.").Contradicts(One("Police have so far arrested seven people.")));

    [Fact]
    public void PatientsAreNoRivalToThePeopleOfTheStory()
    {
        // "two patients who had been transferred … died" is a part of the toll of 19, not another toll.
        var patients = One("On Friday two patients who had been transferred to another hospital died.");
        Assert.False(patients.Contradicts(One("Seventeen people died in the fire.")));
        Assert.Null(One("Twelve events were cancelled for the week.").Subject);
    }
}
