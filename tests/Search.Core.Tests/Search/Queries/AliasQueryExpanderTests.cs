using Search.Core.Search;

namespace Search.Core.Tests.Search;

/// <summary>Issue 13: a plain search for any alias or transliteration finds the articles that use any variant.</summary>
public class AliasQueryExpanderTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private int Total(string query) => seeds.Searcher.Search(new SearchRequest { Query = query }).Total;

    [Fact]
    public void APlainSearchForAnOtherLanguageAcronymFindsEveryArticleOfTheBody() => Assert.Equal(Total("org:CSTO"), Total("OTSC"));

    [Fact]
    public void APlainSearchForATransliterationFindsEverySpelling()
    {
        Assert.Equal(5, Total("Tokaev"));
        Assert.True(Total("person:Zakharova") > 0);
        Assert.Equal(Total("person:Zakharova"), Total("Zajarova"));
    }

    [Fact]
    public void AnExpandedWordStillCombinesWithTheOtherWords() =>
        Assert.True(Total("OTSC beheaded") < Total("OTSC"));

    [Theory]
    [InlineData("Kasim-Yomart Tokayev")]  // EFE's spelling
    [InlineData("Kasym-Zhomart Tokayev")] // a gazetteer spelling no seed writes
    public void ANameOfSeveralWordsInAnySpellingFindsEveryArticleOfTheEntity(string name)
    {
        // As words, each spelling found the outlets that wrote it alone, or none.
        Assert.Equal(Total("person:Tokayev"), Total(name));
        Assert.Equal(Total("person:Tokayev killed"), Total(name + " killed"));
        // Quoted, it is the phrase as written.
        Assert.True(Total("\"" + name + "\"") < Total(name));
    }

    [Fact]
    public void ALowerCaseWordIsNotLookedUpAmongEntityNames() => Assert.True(Total("otsc") < Total("OTSC"));
}
