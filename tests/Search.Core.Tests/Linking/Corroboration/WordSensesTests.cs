using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>Words written like an event word that say something else where they stand, on sentences written for these tests.</summary>
public sealed class WordSensesTests : IDisposable
{
    private readonly EvenRarityReader _reading = new();

    public void Dispose() => _reading.Dispose();

    [Theory]
    [InlineData("Inflation rose to 9.4 percent in March, the statistics office said.", "March", "month")]
    [InlineData("Thousands joined the march to parliament on Sunday.", "march", null)]
    [InlineData("Profits fell sharply last year, the group said.", "last", "time")]
    [InlineData("The union said the strike would last three days.", "last", null)]
    [InlineData("The stoppage is expected to last until Friday.", "last", null)]
    [InlineData("The tropical storm made landfall on Sunday night.", "storm", "weather")]
    [InlineData("Storms cut power to thousands of homes.", "Storms", "weather")]
    [InlineData("Protesters tried to storm the regional parliament.", "storm", null)]
    [InlineData("The union is close to the Communist Party.", "close", "near")]
    [InlineData("The retailer will close 45 shops by March.", "close", null)]
    [InlineData("It posted a loss for the financial year ending February 28.", "ending", "period")]
    [InlineData("Talks ended without an agreement on Monday.", "ended", null)]
    [InlineData("Rescue teams were still searching the rubble.", "Rescue", "service")]
    [InlineData("The head of the local rescue office said six bodies were found.", "rescue", "service")]
    [InlineData("The rescue was called off at dawn.", "rescue", null)]
    public void AWordIsReadInTheSenseItHasWhereItStands(string sentence, string word, string? sense)
    {
        int start = sentence.IndexOf(word, StringComparison.Ordinal);
        Assert.Equal(sense, WordSenses.Other(sentence, start, start + word.Length));
    }

    [Fact]
    public void AChiefExecutiveIsNoExecution()
    {
        // The blind sets: "chief executive said" linked a chief executive's remarks on two different matters, as "executive"
        // stemmed as "executed" does and made the phrase an event.
        var ours = Passage("Chief executive Marta Lindqvist said the board would meet again in the spring to review the dividend, the pension scheme and the bonuses paid to senior managers.");
        var theirs = Passage("The chief executive told staff in a memo that the canteen on the third floor would be refurbished over the summer holidays by outside contractors.");
        Assert.Null(Matcher().Match(ours, theirs));
        // An execution is still an event.
        Assert.NotNull(Matcher().Match(Passage("The authorities executed two prisoners at dawn on Tuesday, the chief warden said."),
            Passage("Two prisoners were executed at dawn, a rights group said, citing relatives.")));
    }

    [Fact]
    public void TheMonthOfMarchAndLastYearAreNoEvents()
    {
        // "in March" and "last year" in both: two different figures of one firm's year, no march and nothing that lasted.
        Assert.Null(Matcher().Match(Passage("Exports of roasted coffee beans through the northern port reached a record in March, well up on last year, the chamber of commerce said."),
            Passage("Imports of fertiliser and seed peaked in March, below last year, as farmers waited for the subsidy scheme to be renewed.")));
        Assert.NotNull(Matcher().Match(Passage("Farmers will march to parliament in the capital, the union said."),
            Passage("The union said farmers would march to parliament on Friday.")));
    }

    private List<SentenceFeatures> Passage(params string[] sentences) => _reading.Passage(sentences);

    private FactMatcher Matcher() => new(new LinkingOptions(), _reading.Events, new HashSet<string>());
}
