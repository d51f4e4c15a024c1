using Search.Core.Extraction;
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
    public void AQuotedNameIsTheWordAsWritten()
    {
        // One seed writes "OTSC"; the others name the alliance CSTO.
        Assert.Equal(Total("otsc"), Total("\"OTSC\""));
        Assert.True(Total("\"OTSC\"") < Total("OTSC"));
        Assert.Equal(Total("OTSC"), Total("\"killed\" OTSC"));
    }

    [Theory]
    [InlineData("\"OTSC\" CSTO", "CSTO")]
    [InlineData("a \"b c\" d", "a d")]
    [InlineData("\"open", "open")]
    [InlineData("x \"y\" \"z", "x z")]
    public void OnlyTheWordsOutsideQuotesAreNames(string text, string outside) =>
        Assert.Equal(outside.Split(' '), AliasQueryExpander.Unquoted(text).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void ABoostedNameIsStillLookedUp() => Assert.Equal(Total("Tokaev"), Total("Tokaev^3"));

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
    public void ALowerCaseAcronymIsNamedAsTheGazetteerWritesIt()
    {
        // ODKB is the alliance's Russian acronym, which no seed writes; the notice wrote it "Odkb".
        using var searcher = new ArticleSearcher(seeds.Host, Microsoft.Extensions.Options.Options.Create(new SearchOptions()), Seeds.Gazetteer);
        var result = searcher.Search(new SearchRequest { Query = "odkb" });
        Assert.Equal(Total("org:CSTO"), result.Total);
        Assert.Equal("No article has “odkb”: searched as the name “ODKB”, in every spelling.", result.Notice);
    }

    [Fact]
    public void ALowerCaseWordSomeArticleHoldsIsNotLookedUpAmongEntityNames()
    {
        Assert.True(Total("otsc") < Total("OTSC")); // one seed writes "OTSC"
        Assert.Null(seeds.Searcher.Search(new SearchRequest { Query = "otsc" }).Notice);
        Assert.Null(seeds.Searcher.Search(new SearchRequest { Query = "united" }).Notice);
    }

    [Fact]
    public void ALowerCaseNameNoArticleHoldsIsSearchedAsTheNameAndSaysSo()
    {
        var result = seeds.Searcher.Search(new SearchRequest { Query = "tokaev killed" });
        Assert.Equal(Total("Tokaev killed"), result.Total);
        Assert.True(result.Total > 0);
        Assert.Equal("No article has “tokaev”: searched as the name “Tokaev”, in every spelling.", result.Notice);
        // In quotes it is the word as written, which no article holds.
        Assert.Equal(0, Total("\"tokaev\""));
        // Punctuation after it is no part of the name.
        Assert.Equal("No article has “zakharova”: searched as the name “Zakharova”, in every spelling.",
            seeds.Searcher.Search(new SearchRequest { Query = "zakharova'," }).Notice);
        // A name typed twice is named once.
        Assert.Equal("No article has “tokaev”: searched as the name “Tokaev”, in every spelling.",
            seeds.Searcher.Search(new SearchRequest { Query = "tokaev OR tokaev" }).Notice);
        // A word that is no name is left alone.
        Assert.Equal(0, Total("tokaevx"));
    }

    [Fact]
    public void ALowerCaseNameFindsPassagesAndMarksTheArticleAsItsCapitalisedForm()
    {
        using var passages = new Core.Linking.Passages.PassageSearcher(seeds.Host, Microsoft.Extensions.Options.Options.Create(new SearchOptions()), Seeds.Gazetteer);
        var lower = passages.Search(new SearchRequest { Query = "tokaev", Size = 100 });
        var upper = passages.Search(new SearchRequest { Query = "Tokaev", Size = 100 });
        Assert.Equal(upper.Hits.Select(h => h.Anchor), lower.Hits.Select(h => h.Anchor));
        Assert.NotNull(lower.Notice);

        var id = seeds.Searcher.Search(new SearchRequest { Query = "Tokaev" }).Hits[0].Id;
        using var lookup = new ArticleLookup(seeds.Host, Microsoft.Extensions.Options.Options.Create(new SearchOptions()), Seeds.Gazetteer);
        string Marked(string query) => string.Join("\n", lookup.Find(id, query)!.Paragraphs.Select(p => p.Html));
        Assert.Contains("<mark>", Marked("tokaev"));
        Assert.Equal(Marked("Tokaev"), Marked("tokaev"));
    }

    [Fact]
    public void AnArticleOpenedFromAFilterByAnAliasMarksTheEntity()
    {
        // The search page links to /article/{id}?person=tokayev: the filter is read as the search reads it.
        var byName = new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { ["person"] = ["Kassym-Jomart Tokayev"] } };
        var byAlias = new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { ["person"] = ["tokayev"] } };
        using var searcher = new ArticleSearcher(seeds.Host, Microsoft.Extensions.Options.Options.Create(new SearchOptions()), Seeds.Gazetteer);
        Assert.Equal(searcher.Search(byName).Total, searcher.Search(byAlias).Total);
        string id = searcher.Search(byAlias).Hits[0].Id;
        using var lookup = new ArticleLookup(seeds.Host, Microsoft.Extensions.Options.Options.Create(new SearchOptions()), Seeds.Gazetteer);
        string Marked(SearchRequest search) => string.Join("\n", lookup.Find(id, null, search)!.Paragraphs.Select(p => p.Html));
        Assert.Contains("<mark>", Marked(byName));
        Assert.Equal(Marked(byName), Marked(byAlias));
    }

    [Fact]
    public void ACapitalisedWordFindsOtherNamesOnlyOfAnEntityItNamesWhole()
    {
        // "News" found every Reuters story that named NBC News or Automotive News, most of them without the word.
        using var index = new TestIndex([
            TestIndex.Article("weekly", "Car sales rose in March, the trade weekly said.", "AP", null, (EntityType.Organization, "Automotive News")),
            TestIndex.Article("news", "The news of the merger lifted the shares.", "AP"),
            TestIndex.Article("kazakh", "Kassym-Jomart Tokayev spoke on television.", "AP", null, (EntityType.Person, "Kassym-Jomart Tokayev")),
        ]);
        using var searcher = new ArticleSearcher(index.Host, Microsoft.Extensions.Options.Options.Create(new SearchOptions()), Seeds.Gazetteer);
        Assert.Equal(["news"], searcher.Search(new SearchRequest { Query = "News" }).Hits.Select(h => h.Id));
        // A known alias still finds the entity's other names.
        Assert.Equal(["kazakh"], searcher.Search(new SearchRequest { Query = "Tokaev" }).Hits.Select(h => h.Id));
    }
}
