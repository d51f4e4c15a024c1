using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>
/// Numbers as blind probe 72's crowd crush in India wrote them: sums of money beside a toll, counts in lakhs, tolls
/// "at least" one short of another outlet's, and pilgrims killed with others injured.
/// </summary>
public class SumsAndScalesTests
{
    private static Figure One(string sentence) => Assert.Single(Figures.In(sentence));

    [Theory]
    [InlineData("The state announced compensation of 500,000 rupees ($5,500) for the family of each person killed.")]
    [InlineData("Families of the deceased will receive Rs 5 lakh each, and those injured Rs 50,000.")]
    [InlineData("The insurer will pay €20,000 to the relatives of each victim killed in the fire.")]
    public void ASumOfMoneyCountsNoOne(string sentence) => Assert.Empty(Figures.In(sentence));

    [Fact]
    public void ARansomIsStillTheSumAsked() =>
        Assert.Equal("asked", One("The group is demanding $5 million in bitcoin.").Event);

    [Fact]
    public void ALakhIsAHundredThousand()
    {
        Assert.Equal(250_000, Assert.Single(NumberMentions.In("Nearly 2.5 lakh devotees had thronged the ghats.")).Value);
        Assert.Equal(30_000_000, Assert.Single(NumberMentions.In("The damage was put at 3 crore.")).Value);
        // "half a million rupees" is the others' "5 lakh rupees" and "500,000 rupees"; "half a day" is no number.
        Assert.Equal(500_000, Assert.Single(NumberMentions.In("It promised half a million rupees to each family.")).Value);
        Assert.Empty(NumberMentions.In("The airport was shut for half a day."));
    }

    [Theory]
    [InlineData("Revenue slid 18 per cent to €3.4bn.", 3_400_000_000)]
    [InlineData("It expects savings of $700m a year.", 700_000_000)]
    [InlineData("Arventa swings to 1.2 bln euro loss.", 1_200_000_000)]
    [InlineData("It took a charge of EUR850m on the plant.", 850_000_000)]
    [InlineData("Revenue fell to 3.4 billion euros.", 3_400_000_000)]
    [InlineData("The plume rose 850m above the crater.", 850)] // metres, with no currency before them
    [InlineData("A total of 62m passengers flew with the airline last year.", 62_000_000)]
    public void ASumAsBusinessPagesWriteItIsItsWholeNumber(string sentence, double value) =>
        Assert.Equal(value, NumberMentions.In(sentence).Last().Value);

    [Theory]
    [InlineData("At least 27 people were killed in the crush.", "Twenty-nine people were killed in the crush.", true)]
    [InlineData("Cyclone Lisoa has killed at least 31 people.", "The cyclone has killed at least 33 people.", true)]
    [InlineData("The blast killed at least 12 people.", "Thirteen people were killed in the blast.", false)]
    [InlineData("At least 27 people were killed in the crush.", "Twenty-seven people were killed in the crush.", false)]
    public void AtLeastIsTheCountOrTheNextItsDigitsCouldState(string ours, string theirs, bool differ) =>
        Assert.Equal(differ, One(ours).Contradicts(One(theirs)));

    [Fact]
    public void PilgrimsAreCountedAsPeopleAndTheOthersAsTheSubjectBefore()
    {
        var figures = Figures.In("A stampede at a crowded festival killed 29 pilgrims and injured about 50 others on Sunday.");
        Assert.Equal([("killed", "people", 29.0), ("injured", "people", 50.0)], figures.Select(f => (f.Event, f.Subject!, f.Number.Value)));
        // A part of the dead is no toll: "four tourists were among the dead".
        Assert.Empty(Figures.In("Four tourists were among the dead, the ministry said."));
    }

    [Fact]
    public void ACrowdAndThoseAdmittedToHospitalAreCounts()
    {
        var crowd = One("Some 50,000 protesters marched through the capital on Saturday.");
        // A crowd is one count whoever it is said to be: protesters and people marching are the same crowd.
        Assert.Equal(("gathered", "people"), (crowd.Event, crowd.Subject!));
        Assert.True(crowd.Contradicts(One("Police said 8,000 protesters had gathered outside parliament.")));
        Assert.True(crowd.Contradicts(One("Some 80,000 people marched through the capital.")));
        Assert.False(One("More than 200,000 devotees had gathered for the festival.").Contradicts(One("Nearly 2.5 lakh devotees had thronged the ghats.")));
        Assert.Equal("hospitalized", One("Of the crowd, 74 people were admitted to hospitals across the city.").Event);
    }

    [Fact]
    public void ADecimalCountReachesItsNextDigit()
    {
        var count = Assert.Single(NumberMentions.In("more than 2.5 million"));
        Assert.True(count.Agrees(Assert.Single(NumberMentions.In("2.6 million"))));
        Assert.False(count.Agrees(Assert.Single(NumberMentions.In("2.8 million"))));
    }
}
