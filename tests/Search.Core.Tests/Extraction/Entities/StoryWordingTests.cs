using Search.Core.Extraction;

namespace Search.Core.Tests.Extraction;

/// <summary>
/// A known name matched where capitals say nothing (a shouted headline) or by a short alias is read against the story's own
/// wording: the Reuters facets held the World Health Organization, the Pacific Ocean and Getty Images for miners "WHO WERE
/// TRAPPED", the Pacific Stock Exchange and Getty Oil.
/// </summary>
public class StoryWordingTests
{
    private readonly EntityRecognizer _recognizer = new(Seeds.Gazetteer);

    private List<string> Names(DateOnly? date, params string[] paragraphs) => _recognizer.Recognize(paragraphs, date).Select(e => e.Name).ToList();

    private List<string> Names(params string[] paragraphs) => Names(null, paragraphs);

    [Fact]
    public void AShoutedWordTheStoryWritesInLowerCaseIsNoName()
    {
        var names = Names("RESCUERS REACH MINERS WHO WERE TRAPPED",
            "Rescuers on Tuesday reached four miners who had been trapped for two days at a Noranda Inc copper mine in Quebec.");
        Assert.DoesNotContain("World Health Organization", names);
        Assert.Contains("Quebec", names);
    }

    [Fact]
    public void AShoutedNameInAStoryWrittenWhollyInLowerCaseStaysAName()
    {
        // Some wire stories reach the archive in lower case: "peru" there says nothing of the word's case.
        var names = Names("PERU RAISES COFFEE EXPORT QUOTA", "lima, march 3 - peru raised its coffee export quota for the season, the trade ministry said.");
        Assert.Contains("Peru", names);
    }

    [Fact]
    public void AShoutedShortNameInsideAnOrganizationTheStoryNamesIsNoMentionOfItsOwn()
    {
        var names = Names("PACIFIC STOCK EXCHANGE TO CLOSE EARLY", "The Pacific Stock Exchange said it would close half an hour early on Friday.");
        Assert.DoesNotContain("Pacific Ocean", names);
        Assert.Contains("Pacific Stock Exchange", names);

        Assert.Contains("Pacific Ocean", Names("TYPHOON MOVES ACROSS PACIFIC", "The typhoon moved across the western Pacific toward Guam on Monday."));
    }

    [Fact]
    public void AShortNameInAShortFormOfAnOrganizationTheStoryNamesIsNoMentionOfItsOwn()
    {
        var names = Names("Security Pacific Corp said its third-quarter earnings rose.", "Security Pacific's results were restated.");
        Assert.DoesNotContain("Pacific Ocean", names);
        Assert.Contains("Security Pacific Corp", names);
    }

    [Fact]
    public void AShoutedFullNameInsideAnOrganizationTheStoryNamesStaysAMention()
    {
        // Only a shortened name is in doubt: Ghana is Ghana, whichever board the story then names.
        Assert.Contains("Ghana", Names("GHANA COCOA PURCHASES SLOW", "The Ghana Cocoa Board said it bought 214 tonnes of cocoa in the week."));
    }

    [Fact]
    public void ACompanysShortAliasOpeningAnotherCompanysNameIsThatCompany()
    {
        var names = Names("Texaco Inc said the court upheld the award to Pennzoil Co over its purchase of Getty Oil Co.",
            "Getty shareholders had approved the sale in 1984.");
        Assert.DoesNotContain("Getty Images", names);
        Assert.Contains("Getty Oil Co", names);
    }

    [Fact]
    public void AnAliasOpeningTheEntrysOwnNameWithAnotherCompanyFormIsStillTheEntry()
    {
        var names = Names("Chevron Corp said it raised its posted crude oil prices by 50 cts a barrel.", "Chevron said the increase was effective today.");
        Assert.Contains("Chevron Corporation", names);
        Assert.DoesNotContain("Chevron Corp", names);

        Assert.Contains("Amnesty International", Names("Amnesty International USA said it would send observers.", "Amnesty said the trial was unfair."));
    }

    [Fact]
    public void ANameIsNotReadInAnArticleOlderThanTheEntity()
    {
        const string text = "Wagner and Brown, a Texas oil partnership, said it sold its stake in the company.";
        Assert.DoesNotContain("Wagner Group", Names(new DateOnly(1987, 4, 2), text));
        Assert.Contains("Wagner Group", Names(new DateOnly(2023, 6, 24), "Wagner fighters took control of military sites in Rostov."));
    }

    [Fact]
    public void ASinceTagThatIsNoYearIsAnErrorNamingTheLine()
    {
        var error = Assert.Throws<FormatException>(() => Gazetteer.Parse("org\tAcme Widgets\tAcme\tsince:soon\n", "user.tsv"));
        Assert.Contains("user.tsv:1", error.Message);
        Assert.Equal("Acme Widgets", Gazetteer.Parse("org\tAcme Widgets\tAcme\tsince:2001\n", "user.tsv").Find("Acme", 2005)?.Name);
        Assert.Null(Gazetteer.Parse("org\tAcme Widgets\tAcme\tsince:2001\n", "user.tsv").Find("Acme", 1999));
    }

    [Fact]
    public void AKnownCompanyIsFoundWithItsFormWrittenShortOrLong()
    {
        // Reuters writes "Commodity Credit Corp" and "Commodity Credit Corporation": one facet value, not two.
        var names = Names("The Commodity Credit Corp (CCC) will buy the surplus, the Agriculture Department said.", "The CCC said the sale was approved.");
        Assert.Equal(["Commodity Credit Corporation"], names.Where(n => n.StartsWith("Commodity", StringComparison.Ordinal)));
        Assert.Contains("Hyundai Motor Company", Names("Hyundai Motor Co said its exports to Canada rose 30 pct."));
    }

    [Fact]
    public void AShortAliasWithACompanyFormIsAnotherCompanyWhenTheEntrysNameIsLonger()
    {
        // "CBS" names CBS News, but CBS Inc is its parent; Hyundai Corp is not Hyundai Motor Company.
        var names = Names("CBS Inc said its board approved a share buyback.", "CBS said the buyback would be completed this year.");
        Assert.Contains("CBS Inc", names);
        Assert.DoesNotContain("CBS News", names);
        Assert.DoesNotContain("Hyundai Motor Company", Names("Hyundai Corp said it won an order for two ships from a Greek owner."));
    }

    [Fact]
    public void AnAliasOfALongerNameOpeningACompanysNameIsThatCompany()
    {
        // Two 1987 companies named Rada were the Verkhovna Rada, Ukraine's parliament, through its alias "Rada".
        var names = Names("RADA ELECTRONIC INDUSTRIES NINE MTHS NET", "Rada Electronic Industries Ltd said its net profit rose.", "Rada said sales doubled.");
        Assert.DoesNotContain("Verkhovna Rada", names);
        Assert.Contains("Rada Electronic Industries Ltd", names);
        Assert.Contains("United Nations", Names("The UN Security Council met on Tuesday.", "The UN said aid would be sent."));
    }
}
