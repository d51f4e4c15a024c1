using Search.Core.Extraction;

namespace Search.Core.Tests.Extraction;

/// <summary>Issue 13: ministries are qualified by their country, and the variants of one body are one value.</summary>
public class GovernmentBodyNamesTests
{
    private readonly EntityRecognizer _recognizer = new(Seeds.Gazetteer);

    private List<string> Organizations(params string[] paragraphs) =>
        _recognizer.Recognize(paragraphs).Where(e => e.Type == EntityType.Organization).Select(e => e.Name).ToList();

    [Fact]
    public void NamesTheShortAndLongFormsOfAMinistryAlike()
    {
        Assert.Equal(["Ministry of Health"], Organizations("The Health Ministry said 62 were in intensive care.", "The Ministry of Health later revised it."));
    }

    [Fact]
    public void NeverMergesTwoCountriesForeignMinistries()
    {
        var names = Organizations("Russia's Foreign Ministry said it was an attempt to undermine the state.", "A Foreign Ministry official in Tokyo said Japan urges realism.");
        Assert.Equal(["Ministry of Foreign Affairs of Russia", "Ministry of Foreign Affairs of Japan"], names);
    }

    [Fact]
    public void ReadsTheCountryWrittenInTheNameAndFindsTheGazetteersBody()
    {
        Assert.Equal(["U.S. Department of Agriculture", "Ministry of Foreign Affairs of Brazil"],
            Organizations("The U.S. Agriculture Department's officer reported.", "The Brazilian Foreign Ministry disagreed."));
    }

    [Fact]
    public void TakesTheDatelinesCountryWhenTheTextSaysNoOther()
    {
        Assert.Equal(["Ministry of Finance of France"], Organizations("PARIS, April 2 - French debt fell, the Finance Ministry said."));
    }
}
