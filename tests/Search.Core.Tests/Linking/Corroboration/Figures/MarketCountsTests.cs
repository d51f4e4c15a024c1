using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>
/// The counts of a rate decision's and a heatwave's coverage, as a blind probe wrote them: the rate's move and level, the stock
/// index's and the currency's falls, the reserves, the votes for it, and the people hospitals treated.
/// </summary>
public class MarketCountsTests
{
    private static List<Figure> All(string sentence) =>
        [.. Figures.In(sentence), .. SharePrices.In(sentence), .. Reserves.In(sentence), .. PolicyRates.In(sentence)];

    private static Figure One(string sentence, string kind) => Assert.Single(All(sentence), f => f.Event == kind);

    [Theory]
    [InlineData("The BUX index fell by more than 4 per cent.", "Budapest's main stock index, the BUX, fell 2.8 percent.", "fell")]
    [InlineData("The forint slumped 3.2% to a record low of 452.80 per dollar.", "The forint ended at a record low of 455.10 per dollar, down 3.6 percent on the day.", "fell")]
    [InlineData("The bank, which has $48.6 billion in foreign currency reserves, last raised rates in March.", "The central bank holds 46 billion dollars in foreign currency reserves.", "reserves")]
    [InlineData("Seven of the nine members of the Monetary Council voted for the increase.", "Six members of the bank's Monetary Council voted for the increase.", "voted")]
    [InlineData("Hospitals have treated 1,870 people for heat-related illnesses.", "More than 1,200 people have been treated in hospital since Sunday.", "hospitalized")]
    [InlineData("The central bank raised its base rate by 150 basis points to 8 percent.", "Hungary's central bank increased its key rate by 175 basis points.", "rate moved")]
    [InlineData("The central bank raised its base rate by 150 basis points to 8 percent.", "The bank lifted its key rate to 8.25 percent.", "rate set")]
    public void TheCountsOfARateDecisionAndAHeatwaveDisagree(string ours, string theirs, string kind)
    {
        Assert.True(One(ours, kind).Contradicts(One(theirs, kind)));
        Assert.False(One(ours, kind).Contradicts(One(ours, kind)));
    }

    [Fact]
    public void BasisPointsAndPercentagePointsAreOneMeasure() =>
        Assert.False(One("The bank raised its base rate by 150 basis points.", "rate moved")
            .Contradicts(One("The bank raised its key interest rate by 1.5 percentage points.", "rate moved")));

    [Fact]
    public void ARateHeldIsNoRivalToARateMovedNorAnIndexToACurrency()
    {
        // A blind probe: Poland's rate "kept unchanged at 4 percent" was flagged against Hungary's raised "to 8 percent".
        Assert.Equal("rate held", Assert.Single(PolicyRates.In("Poland's central bank kept its main interest rate unchanged at 4 percent.")).Event);
        Assert.NotEqual(One("The BUX index fell 2.8 percent.", "fell").Kind, One("The forint fell 3.2 percent.", "fell").Kind);
        Assert.Empty(Reserves.In("The bank has 48.6 billion dollars in loans to firms."));
    }
}
