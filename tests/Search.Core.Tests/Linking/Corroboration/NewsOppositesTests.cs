using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>Sentences that write opposite events of one thing state different facts, on sentences written for these tests.</summary>
public sealed class NewsOppositesTests : IDisposable
{
    private readonly EvenRarityReader _reading = new();

    public void Dispose() => _reading.Dispose();

    [Fact]
    public void ASearchThatGoesOnAndOneThatEndedAreTwoFacts()
    {
        // A QA session: "search and rescue operations were continuing" was linked to "We have concluded the search and rescue
        // phase", as the two share most of their words.
        var ours = Passage("He said search and rescue operations were continuing, as more victims were believed to be under the rubble.");
        var theirs = Passage("We have concluded the search and rescue operations, and we do not believe anyone is still under the rubble, he said.");
        Assert.NotNull(Matcher(withOpposites: false).Match(ours, theirs));
        Assert.Null(Matcher(withOpposites: true).Match(ours, theirs));
        // The same side in both is one fact.
        Assert.NotNull(Matcher(withOpposites: true).Match(ours,
            Passage("Search and rescue operations were continuing under the rubble, as more victims were believed trapped, he said.")));
    }

    [Fact]
    public void OppositeWordsOfTwoThingsAreNoOpposites()
    {
        // "the search was suspended at nightfall" and "as rain continued to fall" tell of the search and of the rain.
        var ours = Passage("Soldiers and villagers used their bare hands to dig through the mud, but the search was suspended at nightfall.");
        var theirs = Passage("Soldiers and villagers have been digging through the mud with their bare hands, as heavy rain continued to fall.");
        Assert.Equal(Matcher(withOpposites: false).Match(ours, theirs).HasValue, Matcher(withOpposites: true).Match(ours, theirs).HasValue);
        Assert.False(NewsOpposites.Load(_reading.Analyzer, _reading.Synonyms).Opposed(ours[0], theirs[0]));
    }

    [Theory]
    // An eighth QA pass found the first pair linked as one fact, by "deaths", "linked", "outage" and "generators".
    [InlineData("Hospitals switched to backup generators, and the health ministry said no patient deaths had been linked to the outage.",
        "Three deaths were linked to the outage, among them a man poisoned by fumes from a backup generator, police said.")]
    [InlineData("There were no injuries among the passengers of the bus, the fire service said on Monday.",
        "Twelve passengers of the bus suffered injuries, the fire service said on Monday.")]
    public void ASentenceThatSaysThereWasNoneOfWhatTheOtherCountsIsAnotherFact(string none, string counted)
    {
        Assert.Null(Matcher(withOpposites: false).Match(Passage(none), Passage(counted)));
        Assert.Null(Matcher(withOpposites: false).Match(Passage(counted), Passage(none)));
        // Two that both say there was none are one fact; "no more than" is a count.
        Assert.NotNull(Matcher(withOpposites: false).Match(Passage(none), Passage(none.Replace("said", "reported", StringComparison.Ordinal))));
        Assert.False(_reading.Passage("No more than three deaths were linked to the outage, police said.")[0].DeniesWhatItCounts(Passage(counted)[0]));
    }

    [Fact]
    public void TwoSentencesThatSayNoOneWasKilledAreOneFact()
    {
        // A blind set's right link, which the first reading of "no" lost: "No one has been killed" reads as a count of the killed.
        var ours = Passage("No one has been killed, although two firefighters suffered minor injuries on Monday night.");
        var theirs = Passage("No deaths have been reported, though two firefighters suffered minor injuries.");
        Assert.NotNull(Matcher(withOpposites: false).Match(ours, theirs));
        Assert.Null(Matcher(withOpposites: false).Match(ours, Passage("Two people have been killed and two firefighters suffered minor injuries.")));
    }

    private List<SentenceFeatures> Passage(params string[] sentences) => _reading.Passage(sentences);

    private FactMatcher Matcher(bool withOpposites) => new(new LinkingOptions(), _reading.Events, new HashSet<string>(), null,
        withOpposites ? NewsOpposites.Load(_reading.Analyzer, _reading.Synonyms) : null);
}
