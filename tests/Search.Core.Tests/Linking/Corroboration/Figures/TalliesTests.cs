using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>
/// Numbers no figure reader reads ("1,300 members"), compared only between two sentences alike beside their numbers, where
/// they count a thing of the same words after the same word. Sentences are from the blind sets' pilots' strike and dam burst.
/// </summary>
public sealed class TalliesTests : IDisposable
{
    private readonly EvenRarityReader _reading = new();

    public void Dispose() => _reading.Dispose();

    private List<(SentenceFeatures Ours, SentenceFeatures Theirs, Tally Mine, Tally Other)> Differ(string ours, string theirs) =>
        new FactMatcher(new LinkingOptions(), _reading.Events, new HashSet<string>())
            .TalliedDifferently(_reading.Passage(ours), _reading.Passage(theirs)).ToList();

    [Fact]
    public void TwoAlikeSentencesThatCountOneThingDifferentlyDiffer()
    {
        var (_, _, mine, other) = Assert.Single(Differ("It says it has 1,300 members at Albion.",
            "The union, which has 1,200 members at Albion, is holding out for a 15% rise."));
        Assert.Equal("members", mine.Counted);
        Assert.Equal(1_200, other.Number.Value);
        Assert.Single(Differ("The dam held 12 million cubic metres of mining waste.",
            "Serra Azul said the dam, built in 1987, held 9.8 million cubic metres of waste."));
    }

    [Fact]
    public void TwoSharesOfOneGroupDiffer()
    {
        // A QA pass: "92 percent" and "about 60%" of resident doctors stayed away, shown as one fact with no flag.
        var (_, _, mine, _) = Assert.Single(Differ("The union said 92 percent of resident doctors had stayed away from work.",
            "The health ministry said about 60% of resident doctors had stayed away from work."));
        Assert.Equal("share of resident doctors (%)", mine.Counted);
        Assert.Empty(Differ("A total of 1,150 pilots, or 92 percent of the airline's pilots, walked out.", "About 92% of the airline's pilots walked out."));
    }

    [Fact]
    public void CountsThatAgreeOrAreOfOtherThingsDoNotDiffer()
    {
        // "about" allows the other figure; "has 1,300 members" is no rival of "with 1,200 pilots".
        Assert.Empty(Differ("It says it has about 1,300 members at Albion.", "The union, which has 1,250 members at Albion, wants a rise."));
        Assert.Empty(Differ("It says it has 1,300 members at Albion.", "The union, which has 1,200 pilots at Albion, wants a rise."));
        // After different words, the same thing is counted in two roles: the floors allowed, and those added.
        Assert.Empty(Differ("Police said the developer had permission to build four floors.",
            "The building had been approved for four storeys, but three additional floors were built, police said."));
        // One of the counts that agree is enough: costs of 1.1 billion beside savings of 400 million.
        Assert.Empty(Differ("Holtmann expects restructuring costs of 1.1 billion units and savings of 400 million units.",
            "Holtmann expects restructuring costs of 1.1 billion units."));
    }

    [Fact]
    public void UnitsConversionsAndSumsAreNoTallies()
    {
        // A conversion in brackets is rounded as each report pleases, and a sum is compared in its currency by its own readers.
        Assert.Empty(Differ("The vehicle fell about 200 metres (656 feet) into the gorge.", "Police said the bus fell about 200 meters (650 feet) into the gorge."));
        Assert.Empty(Differ("The Romanian Chamber of Commerce estimated the losses at 400 million euros.",
            "The Romanian Chamber of Commerce estimated losses to the economy at 350 million euros."));
        // Spans of time are units, not things counted, and so is a share of nothing named.
        Assert.Empty(_reading.Reader.Read("s", "The strike has lasted for 12 days and cut output by 5 percent.", []).Tallies);
    }

    [Fact]
    public void SentencesUnlikeBesideTheirNumbersAreNotCompared()
    {
        Assert.Empty(Differ("It says it has 1,300 members at Albion.", "Rival union Pilot Voice has 1,200 members, mostly at regional carriers."));
    }
}
