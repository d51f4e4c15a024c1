using System.Text.Json;
using Microsoft.Extensions.Options;
using Search.Core.Indexing;
using Search.Core.Linking.Passages;
using Search.Core.Search;

namespace Search.Core.Tests.Linking.Passages;

/// <summary>
/// An entity clause with part of a name (<c>org:khabar</c>, <c>person:maria</c>) finds the articles whose entities' names hold
/// the word, and on passages it finds where those entities are named. The passages found nothing for org:khabar ("khabar" is
/// also an alias of another outlet, so "Khabar 24" was taken for a longer name around it) and for person:maria, and
/// org:security marked "Security forces", which names no organization.
/// </summary>
public sealed class PartNameClausesTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly IndexHost _host;

    public PartNameClausesTests()
    {
        object[] articles =
        [
            new { id = "tv", title = "Airport", source = "Daily Post",
                body = "The airport in Almaty was closed on Thursday, state television Khabar 24 reported." },
            new { id = "troops", title = "Troops", source = "Evening Star",
                body = "Security forces fired on protesters near the main square on Thursday.\n\nThe Collective Security Treaty Organization said it would send troops for a limited period." },
            new { id = "ministry", title = "Moscow", source = "Quiet Times",
                body = "The troops would stay for a limited period, the spokeswoman of the Russian Foreign Ministry, Maria Zajarova, said on Thursday." },
        ];
        _folder.Write("articles/all.jsonl", string.Join("\n", articles.Select(a => JsonSerializer.Serialize(a))) + "\n");
        _host = TestHost.Index(_folder["articles"], _folder["index"]);
    }

    private IReadOnlyList<PassageHit> Passages(string query)
    {
        using var passages = new PassageSearcher(_host, Options.Create(new SearchOptions()), Seeds.Gazetteer);
        return passages.Search(new SearchRequest { Query = query, Size = 100 }).Hits;
    }

    private IEnumerable<string> Articles(string query)
    {
        using var searcher = new ArticleSearcher(_host, Options.Create(new SearchOptions()), Seeds.Gazetteer);
        return searcher.Search(new SearchRequest { Query = query, Size = 100 }).Hits.Select(h => h.Id).Order(StringComparer.Ordinal);
    }

    [Theory]
    [InlineData("org:khabar", "tv", "Khabar 24")]
    [InlineData("person:maria", "ministry", "Maria Zajarova")]
    [InlineData("org:security", "troops", "Collective Security Treaty Organization")]
    public void APartOfANameFindsThePassagesThatNameTheEntitiesItsArticlesHave(string query, string article, string marked)
    {
        Assert.Equal([article], Articles(query));
        var hit = Assert.Single(Passages(query));
        Assert.Equal(article, hit.ArticleId);
        Assert.Contains($"<mark>{marked}</mark>", hit.Html);
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }
}
