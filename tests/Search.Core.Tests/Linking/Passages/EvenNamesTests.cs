using Microsoft.Extensions.Options;
using Search.Core.Extraction;
using Search.Core.Linking.Passages;
using Search.Core.Search;

namespace Search.Core.Tests.Linking.Passages;

/// <summary>
/// Every name of an entity asked for counts alike: <c>place:kazakhstan</c> ranked passages that say "Kazakh", a rarer name,
/// above those that say "Kazakhstan", only for the rarity of the word.
/// </summary>
public sealed class EvenNamesTests : IDisposable
{
    private readonly TestIndex _index = new([
        TestIndex.Article("demonym", "The Kazakh government met on Thursday to discuss fuel prices in the west.", "A", null, (EntityType.Place, "Kazakhstan")),
        TestIndex.Article("country", "The Kazakhstan government met on Thursday to discuss fuel prices in the west.", "B", null, (EntityType.Place, "Kazakhstan")),
        .. Enumerable.Range(0, 6).Select(i => TestIndex.Article($"more{i}", $"Kazakhstan exports grain, report {i} says.", "C", null, (EntityType.Place, "Kazakhstan"))),
    ]);

    [Fact]
    public void ARarerNameOfTheEntityDoesNotOutrankItsCommonName()
    {
        using var passages = new PassageSearcher(_index.Host, Options.Create(new SearchOptions()), Seeds.Gazetteer);
        var hits = passages.Search(new SearchRequest { Query = "place:kazakhstan", Size = 20 }).Hits;
        var demonym = hits.Single(h => h.ArticleId == "demonym");
        var country = hits.Single(h => h.ArticleId == "country");
        Assert.Contains("<mark>Kazakh</mark>", demonym.Html);
        Assert.Equal(country.Score, demonym.Score, 3);
    }

    public void Dispose() => _index.Dispose();
}
