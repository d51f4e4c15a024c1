using Search.Core.Extraction;
using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>
/// A contested count, as a blind probe wrote it: each candidate's share of the vote, whose it is, and where it was counted.
/// Before, no share was read, and reports of one count that gave the provisional and the final shares were linked as one fact.
/// </summary>
public sealed class ElectionCountsTests : IDisposable
{
    private readonly EvenRarityReader _reading = new();

    public void Dispose() => _reading.Dispose();

    private static readonly Entity[] Candidates =
    [
        new(EntityType.Person, "Mutale Chisenga", ["Mutale Chisenga", "Chisenga"]),
        new(EntityType.Person, "Bwalya Sichone", ["Bwalya Sichone", "Sichone"]),
        new(EntityType.Place, "Lusaka", ["Lusaka"]),
    ];

    private IReadOnlyList<Figure> Shares(string sentence) =>
        _reading.Reader.Read("s", sentence, Candidates, 2026).Figures.Where(f => f.Event == "share").ToList();

    [Fact]
    public void EachShareIsTheCandidatesNamedBeforeItOrAfterFor()
    {
        var shares = Shares("Chisenga, of the governing National Renewal Party, had 47.8% of the vote against 44.1% for Sichone of the Alliance for Change.");
        Assert.Equal([("Mutale Chisenga", 47.8), ("Bwalya Sichone", 44.1)], shares.Select(s => (s.Subject!, s.Number.Value)));
        var commission = Shares("With results in from 131 of 156 constituencies, the commission said Mutale Chisenga had 47.8% and Bwalya Sichone had 44.1%.");
        Assert.Equal([("Mutale Chisenga", 47.8), ("Bwalya Sichone", 44.1)], commission.Select(s => (s.Subject!, s.Number.Value)));
        Assert.Equal("Mutale Chisenga's share of the vote", shares[0].Counted);
    }

    [Fact]
    public void AShareDisagreesWithTheSameCandidatesOtherShareOnly()
    {
        var provisional = Shares("Chisenga had 47.8% of the vote against 44.1% for Sichone, the electoral commission said.");
        var final = Shares("Final results from all 156 constituencies gave Chisenga 49.2 percent of the vote against 43.6 percent for Sichone.");
        Assert.True(provisional[0].Contradicts(final[0]));
        Assert.False(provisional[0].Contradicts(final[1]));
        Assert.False(provisional[0].Contradicts(Shares("Mutale Chisenga had won 47.8 percent of votes counted so far.")[0]));
        Assert.NotEqual(provisional[0].Kind, provisional[1].Kind);
    }

    [Theory]
    [InlineData("A candidate needs more than 50% of votes cast to win outright.")]
    [InlineData("Chisenga's approval rating rose to 40% in a survey of businesses.")]
    [InlineData("Copper accounts for about 70% of Zambia's exports, Chisenga said.")]
    public void AShareNamesItsCandidateInASentenceOfAnElection(string sentence)
    {
        Assert.Empty(Shares(sentence));
    }

    [Fact]
    public void AProvincesShareIsNoPartBelowTheNations()
    {
        // Unlike a toll, a share is no sum: a candidate may win more of one city's vote than of the nation's.
        var city = Assert.Single(Shares("Chisenga won 61.5% of the vote in Lusaka, the electoral commission said."));
        Assert.True(city.Local);
        Assert.False(city.Contradicts(Shares("Chisenga had 47.8% of the vote nationwide, the electoral commission said.")[0]));
    }
}
