using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>
/// The counts of a blizzard's, a bombing's and a pilots' strike's coverage, as two more blind probes wrote them: flights
/// cancelled, vehicles stranded, homes without power, schools closed, a bomb's charge, the minutes rescuers took, a strike's
/// length in days, and a range of the critically wounded; and what is no rival count.
/// </summary>
public class BlizzardAndBombingCountsTests
{
    private static List<Figure> All(string sentence) => NamedSentence.Of(sentence, [], Seeds.Gazetteer).ReadFigures(2025);

    private static Figure One(string sentence, string kind) => Assert.Single(All(sentence), f => f.Event == kind);

    [Theory]
    [InlineData("Airlines cancelled 230 flights, most of them at New Chitose Airport.", "Airlines cancelled 180 flights, most of them at the main air hub.", "cancelled")]
    [InlineData("About 350 vehicles were stranded on the Doo Expressway, the highway operator said.", "Some 500 vehicles were stranded on the expressway.", "waiting")]
    [InlineData("Power was knocked out to 68,000 homes on Tuesday, the utility said.", "The utility said 81,000 households lost electricity on Tuesday.", "without power")]
    [InlineData("Authorities opened shelters, and more than 1,100 schools were closed.", "Some 900 schools were closed across the island.", "closed")]
    [InlineData("The device, packed with about 8 kg of explosives and ball bearings, went off near the ticket counters.", "He had carried 10kg of explosives in a vest.", "explosives")]
    [InlineData("Rescue teams reached the scene 10 minutes after the blast.", "Rescuers arrived about 15 minutes after the explosion.", "response")]
    [InlineData("Pilots at the airline began a three-day strike over pay on Thursday.", "Pilots launched a 48-hour strike over pay, the airline said.", "lasted")]
    [InlineData("The dead included five children, and between 10 and 15 of the wounded were in critical condition.", "Twenty of the wounded were in critical condition, doctors said.", "intensive care")]
    public void TheCountsOfABlizzardABombingAndAStrikeDisagree(string ours, string theirs, string kind)
    {
        Assert.True(One(ours, kind).Contradicts(One(theirs, kind)));
        Assert.False(One(ours, kind).Contradicts(One(ours, kind)));
    }

    [Fact]
    public void ARangeAgreesWithANumberInsideIt() =>
        Assert.False(One("Between 10 and 15 of the wounded were in critical condition.", "intensive care")
            .Contradicts(One("Twelve of the wounded were in critical condition.", "intensive care")));

    [Fact]
    public void TheDayOfAWireDatelineCountsNothing() =>
        Assert.Equal([7.0], All("TOKYO, Jan 14 (Reuters) - A powerful blizzard killed seven people on Tuesday.").Where(f => f.Event == "killed").Select(f => f.Number.Value));

    [Theory]
    [InlineData("A man in his 70s was found dead in a car, and two people died after falling from roofs they were clearing.", "killed")]
    [InlineData("Passengers began leaving as flights resumed, although a further 60 flights were canceled on Wednesday.", "cancelled")]
    [InlineData("It is the second strike at the airline this year, after a one-day walkout in March.", "lasted")]
    [InlineData("The bomber had carried 10kg of explosives in a vest.", "carried")]
    public void DeathsToldOneByOneWhatWasAddedAnEarlierStrikeAndAWeightAreNoRivalCounts(string sentence, string notRead) =>
        Assert.DoesNotContain(All(sentence), f => f.Event == notRead);

    [Fact]
    public void ThoseStillBeingTreatedAreInHospitalNotAllTheInjured()
    {
        // The next day's "more than 70 still being treated" was flagged against the 61 wounded of the day before.
        var treated = All("More than 70 people were still being treated for their injuries on Tuesday.");
        Assert.Equal(["hospitalized"], treated.Select(f => f.Event));
        Assert.False(treated[0].Contradicts(One("The blast killed 23 people and wounded 61.", "injured")));
    }

    [Fact]
    public void TheMinutesThePoliceTookAreNoRivalToTheRescuers() =>
        Assert.False(One("Police arrived four minutes after the first emergency call.", "response")
            .Contradicts(One("Rescue teams reached the scene 10 minutes after the blast.", "response")));
}
