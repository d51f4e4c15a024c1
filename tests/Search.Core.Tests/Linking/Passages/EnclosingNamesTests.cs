using Microsoft.Extensions.Options;
using Search.Core.Extraction;
using Search.Core.Linking.Passages;
using Search.Core.Search;

namespace Search.Core.Tests.Linking.Passages;

/// <summary>
/// A name searched for an entity's alias is not found inside a longer name of another entity: "US" finds "America", but not
/// the "America" of "Bank of America" or "South America".
/// </summary>
public sealed class EnclosingNamesTests
{
    private static TestIndex Index() => new([
        TestIndex.Article("a",
            "The United States imposed new tariffs on imported steel on Monday, officials said.\n\n" +
            "Bank of America said it would open a branch in Jakarta next year, its chairman said.\n\n" +
            "Soybean output in South America rose sharply this season, traders in Chicago said.\n\n" +
            "America remains the largest buyer of the country's coffee, the ministry said on Tuesday.",
            entities: [(EntityType.Place, "United States"), (EntityType.Organization, "Bank of America"), (EntityType.Place, "South America")]),
    ]);

    [Fact]
    public void AnAliasInsideAnotherEntitysNameIsNotAMentionOfTheEntity()
    {
        using var index = Index();
        using var passages = new PassageSearcher(index.Host, Options.Create(index.Search), Seeds.Gazetteer);

        var hits = passages.Search(new SearchRequest { Query = "US", Size = 10 }).Hits;

        Assert.Equal([1, 4], hits.Select(h => h.Number).Order());
        Assert.Contains("<mark>America</mark> remains", hits.Single(h => h.Number == 4).Html);
    }

    [Fact]
    public void ANameTheGazetteerLacksButAnArticleCarriesEnclosesTooWithoutItsLegalEnding()
    {
        using var index = new TestIndex([
            TestIndex.Article("widgets",
                "American Widgets said its profits rose by a third, a spokesman said.\n\n" +
                "American farmers sold more soybeans abroad this year, the ministry said.",
                entities: [(EntityType.Place, "United States"), (EntityType.Organization, "American Widgets Corp")]),
        ]);
        using var passages = new PassageSearcher(index.Host, Options.Create(index.Search), Seeds.Gazetteer);

        var hits = passages.Search(new SearchRequest { Query = "US", Size = 10 }).Hits;

        // The company is no mention of the country; the farmers are.
        Assert.Equal([2], hits.Select(h => h.Number));
        Assert.Contains("<mark>American</mark> farmers", hits[0].Html);
        Assert.Equal(1, passages.Search(new SearchRequest { Query = "\"American Widgets\"" }).Total);
    }

    [Fact]
    public void TheLongerNameIsStillFoundByItsOwnName()
    {
        using var index = Index();
        using var passages = new PassageSearcher(index.Host, Options.Create(index.Search), Seeds.Gazetteer);

        var hit = Assert.Single(passages.Search(new SearchRequest { Query = "\"Bank of America\"", Size = 10 }).Hits);
        Assert.Equal(2, hit.Number);
    }

    [Fact]
    public void TheHolderOfANameIsAnotherEntitysLongerName()
    {
        using var analyzer = new Core.Analysis.NewsAnalyzer();
        var names = new EnclosingNames(Seeds.Gazetteer, analyzer, PassageFields.Text);
        var america = Core.Analysis.AnalyzedTokens.Of(analyzer, PassageFields.Text, "America");
        var us = Seeds.Gazetteer.Entries.Where(e => e.Name == "United States").ToList();

        var holders = names.Holding(america, us).Select(n => string.Join(' ', n.Select(w => w.Text))).ToList();

        Assert.Contains("bank america", holders);
        Assert.Contains("south america", holders);
        Assert.DoesNotContain("unit state america", holders); // a name of the United States itself
        Assert.Empty(names.Holding(america, Seeds.Gazetteer.Entries.ToList()));
    }
}
