using Search.Core.Extraction;
using Search.Core.Search;

namespace Search.Core.Tests.Search;

/// <summary>A run of capitalised words that is an entity's name is that name: its words are not read as names of their own.</summary>
public class NameRunTests
{
    private static readonly Article[] Articles =
    [
        TestIndex.Article("continent", "Exports to South America grew.", "AP", null, (EntityType.Place, "South America")),
        TestIndex.Article("us-south", "Storms hit the south of the United States.", "AP", null, (EntityType.Place, "United States")),
        TestIndex.Article("bank", "Bank of America raised its rates.", "AP", null, (EntityType.Organization, "Bank of America")),
        TestIndex.Article("us-bank", "The central bank of the United States held rates.", "AP", null, (EntityType.Place, "United States")),
        TestIndex.Article("almaty", "Tokayev spoke in Almaty.", "AP", null, (EntityType.Person, "Kassym-Jomart Tokayev"), (EntityType.Place, "Almaty")),
    ];

    private static string[] Ids(TestIndex index, string query) =>
        index.Searcher.Search(new SearchRequest { Query = query }).Hits.Select(h => h.Id).Order().ToArray();

    [Fact]
    public void ANameSearchedAsksAboutTheEntitiesThatHaveItInOrderNotEveryNameWithItsWords()
    {
        // "Bank of America" marked "First of America Bank Corp" whole, "First" included: that name has both words.
        using var index = new TestIndex([
            TestIndex.Article("first", "First of America Bank Corp agreed to buy the bank for stock.", "AP", null,
                (EntityType.Organization, "First of America Bank Corp")),
            TestIndex.Article("bank", "Bank of America Corp raised its rates.", "AP", null, (EntityType.Organization, "Bank of America Corp")),
        ]);
        var hits = index.Searcher.Search(new SearchRequest { Query = "Bank of America" }).Hits.ToDictionary(h => h.Id);
        Assert.DoesNotContain("<mark>First", string.Join(" ", hits["first"].Snippets.Select(s => s.Html)));
        // The bank whose name holds the words in order is asked about: its whole mention is marked, "Corp" too.
        Assert.Contains("<mark>America Corp</mark>", string.Join(" ", hits["bank"].Snippets.Select(s => s.Html)));
    }

    [Fact]
    public void AWordInsideAPlaceNameIsNotAnotherPlacesAlias()
    {
        using var index = new TestIndex(Articles);
        // "America" alone is a name of the United States, and finds it.
        Assert.Contains("us-south", Ids(index, "America"));
        // Inside "South America" it is the continent's: the American south is no match.
        Assert.Equal(["continent"], Ids(index, "South America"));
    }

    [Fact]
    public void ANameJoinedByOfIsOneName()
    {
        using var index = new TestIndex(Articles);
        Assert.Equal(["bank"], Ids(index, "Bank of America"));
        Assert.Equal(["bank"], Ids(index, "BofA"));
    }

    [Fact]
    public void ARunThatIsNoEntitysNameKeepsEachWordsSpellings()
    {
        using var index = new TestIndex(Articles);
        // "Tokaev Almaty" names no one entity, so "Tokaev" still finds the article that writes "Tokayev".
        Assert.Equal(["almaty"], Ids(index, "Tokaev Almaty"));
    }
}
