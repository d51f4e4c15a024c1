using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>
/// The counts of a wildfire's and a jury verdict's coverage, as a blind probe wrote them: the area burned in acres, hectares or
/// square kilometres, the containment, the structures destroyed, those under evacuation orders, the firefighters on the lines
/// and the customers whose power was shut off; the punitive, compensatory and total damages a jury awarded, and the lawsuits the
/// firm faces.
/// </summary>
public class WildfireAndVerdictCountsTests
{
    private static List<Figure> All(string sentence) =>
        [.. Figures.In(sentence), .. Wildfires.In(sentence), .. Damages.In(sentence), .. Deployments.In(sentence), .. Lawsuits.In(sentence)];

    private static Figure One(string sentence, string kind) => Assert.Single(All(sentence), f => f.Event == kind);

    [Theory]
    [InlineData("A wildfire in northern California has scorched some 5,000 hectares (12,400 acres).", "The Ridgeback Fire exploded to 14,000 acres overnight, Cal Fire said.", "burned")]
    [InlineData("Fire officials said the blaze was 10% contained.", "Containment stood at 5 percent, the fire's commander said.", "contained")]
    [InlineData("Around 60 buildings have been destroyed so far, the agency said.", "Damage inspection teams have confirmed 112 structures destroyed.", "destroyed")]
    [InlineData("Some 25,000 residents were under evacuation orders, the sheriff's office said.", "Authorities have ordered about 30,000 people to leave their homes.", "evacuated")]
    [InlineData("About 1,700 firefighters were on the lines, backed by helicopters.", "More than 2,000 firefighters were battling the flames in triple-digit heat.", "deployed")]
    [InlineData("PG&E said it had shut off power to 15,000 customers in eastern Shasta County.", "Pacific Gas and Electric said it had cut power to about 9,000 customers in the area.", "without power")]
    [InlineData("Norvane Chemical was ordered to pay $1.68 billion to nine people, in a verdict by a Philadelphia jury.", "A jury returned a $1.375 billion verdict Thursday against Norvane Chemical Corp.", "damages")]
    [InlineData("Norvane faces more than 5,000 similar lawsuits across the country.", "Some 4,000 Tillex cases are pending nationwide, including about 900 in the city's mass tort program.", "lawsuits")]
    public void TheCountsOfAWildfireAndAVerdictDisagree(string ours, string theirs, string kind)
    {
        Assert.True(One(ours, kind).Contradicts(One(theirs, kind)));
        Assert.False(One(ours, kind).Contradicts(One(ours, kind)));
    }

    [Fact]
    public void AnAreaInHectaresOrSquareKilometresAgreesWithTheAcresItIsRoundedTo()
    {
        var acres = One("The fire had grown to about 12,400 acres, according to Cal Fire.", "burned");
        Assert.False(One("The wildfire has scorched 5,000 hectares of forest.", "burned").Contradicts(acres));
        Assert.False(One("The blaze has burned 50 square kilometers of forest.", "burned").Contradicts(acres));
        // A conversion in brackets is not read again, and an area with no verb of burning is no fire's area.
        Assert.Single(Wildfires.In("The wildfire has burned 12,400 acres (5,018 hectares) of forest."));
        Assert.Empty(Wildfires.In("The fire broke out on a 400-acre ranch near town."));
    }

    [Fact]
    public void AWildfiresAreaAndContainmentAreComparedOnOneDay()
    {
        Assert.True(DayCounts.Growing(One("The blaze was 15% contained.", "contained")));
        Assert.False(DayCounts.Growing(One("The fire destroyed 140 structures.", "destroyed")));
    }

    [Fact]
    public void PunitiveCompensatoryAndTotalDamagesAreThreeFigures()
    {
        var awarded = All("Jurors awarded $175 million in compensatory damages and $1.5 billion in punitive damages.");
        Assert.Equal(["compensatory USD", "punitive USD"], awarded.Select(f => f.Subject));
        Assert.True(awarded[1].Contradicts(One("The Philadelphia jury awarded $1.2bn in punitive damages on Thursday.", "damages")));
        Assert.False(awarded[1].Contradicts(One("Norvane Chemical was ordered to pay $1.68 billion, a jury said.", "damages")));
        // An earlier award and a sum set aside are no figure of this verdict.
        Assert.Empty(Damages.In("It was the third jury verdict against Norvane, following a $78 million award in 2024 and a $12 million verdict in Oregon last year."));
        Assert.Empty(Damages.In("Norvane has set aside $1.1 billion for the litigation after the verdict."));
        Assert.Single(Damages.In("After a six-week trial, jurors ordered Norvane to pay $1.68 billion."));
    }

    [Fact]
    public void NearlyASumIsASumALittleBelowIt()
    {
        // "nearly $1.4 billion" was read as $1.4 billion, flagged against the $1.375 billion it rounds, and quoted without "nearly".
        var nearly = One("Jurors in Philadelphia on Thursday ordered a chemical company to pay nearly $1.4 billion to nine people.", "damages");
        Assert.StartsWith("nearly $1.4 billion", nearly.Text);
        Assert.False(nearly.Contradicts(One("The jury ordered Norvane to pay $1.375 billion in total damages.", "damages")));
        Assert.True(nearly.Contradicts(One("The jury ordered Norvane to pay $1.68 billion in total damages.", "damages")));
        Assert.Equal(1_400_000_000, Assert.Single(NumberMentions.In("It paid about €1.4 billion.")).Value);
        // Written with decimals, a hedged sum is as near as its digits: "around €13.5bn" is not 13 billion euros.
        var around = Assert.Single(NumberMentions.In("It now expects revenue of around €13.5bn."));
        Assert.False(around.Agrees(Assert.Single(NumberMentions.In("It expects annual sales of 13 billion euros."))));
        Assert.True(around.Agrees(Assert.Single(NumberMentions.In("It expects annual sales of 13.52 billion euros."))));
    }

    [Fact]
    public void AnOutbreaksCasesAreNoLawsuits()
    {
        Assert.Empty(Lawsuits.In("Some 4,000 Nampula cases are pending laboratory confirmation, the health ministry said."));
        Assert.Single(Lawsuits.In("The company faces roughly 4,000 pending cases, according to its annual report on the litigation."));
    }

    [Fact]
    public void ConfirmedStructuresAreNoCasesButAnOutbreaksConfirmedCasesAre()
    {
        Assert.Equal("destroyed", One("Damage inspection teams have confirmed 112 structures destroyed, most of them homes.", "destroyed").Event);
        Assert.Equal("confirmed", One("Laboratory tests have confirmed 340 of the cases.", "cases").Subject);
        // "infected more than 33,000 people and killed 140": the 33,000 were infected, not killed.
        Assert.DoesNotContain(Figures.In("An epidemic infected more than 33,000 people and killed 140."), f => f.Event == "killed" && f.Number.Value > 1000);
    }
}
