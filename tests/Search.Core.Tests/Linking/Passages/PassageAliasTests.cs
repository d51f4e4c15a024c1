using Microsoft.Extensions.Options;
using Search.Core.Linking.Passages;
using Search.Core.Search;

namespace Search.Core.Tests.Linking.Passages;

/// <summary>
/// A name typed in one of its spellings finds the passages that write another, as it finds the articles: "Tokaev" finds the
/// outlets that write "Tokayev", so the side-by-side view does not list them as silent.
/// </summary>
public sealed class PassageAliasTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private IReadOnlySet<string> Outlets(string query, Core.Extraction.Gazetteer? gazetteer)
    {
        using var passages = new PassageSearcher(seeds.Host, Options.Create(new SearchOptions()), gazetteer);
        return passages.Search(new SearchRequest { Query = query, Size = 100 }).Hits.Select(h => h.Source ?? "").ToHashSet();
    }

    private IReadOnlySet<string> ArticleOutlets(string query) =>
        seeds.Searcher.Search(new SearchRequest { Query = query, Size = 100 }).Hits.Select(h => h.Source ?? "").ToHashSet();

    [Theory]
    [InlineData("Tokaev", "Tokayev")]  // a transliteration no seed writes
    [InlineData("OTSC", "CSTO")]       // another language's acronym
    [InlineData("Zakharova", "Zajarova")]
    [InlineData("Kasym-Zhomart Tokayev", "Tokayev")] // a name of several words, in a spelling no seed writes
    public void AnAliasFindsThePassagesOfEveryOutletThatNamesTheEntity(string typed, string written)
    {
        var found = Outlets(typed, Seeds.Gazetteer);

        Assert.NotEmpty(found);
        Assert.Superset(Outlets(written, null).ToHashSet(), found.ToHashSet());
        Assert.Equal(ArticleOutlets(typed), found);
    }

    [Fact]
    public void WithoutTheGazetteerOnlyTheWordTypedIsSearched() => Assert.Empty(Outlets("Tokaev", null));

    [Fact]
    public void ANameIsSearchedOnlyInTheArticlesWhereTheEntityWasFound()
    {
        // "Maria" is no alias: it searches the word alone, and no other name of a Maria.
        Assert.Equal(Outlets("Maria", null), Outlets("Maria", Seeds.Gazetteer));
    }
}
