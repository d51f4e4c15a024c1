using Search.Core.Extraction;
using Search.Core.Search;

namespace Search.Core.Tests.Search;

/// <summary>The result list without snippets reads doc values; it must show what the stored fields hold.</summary>
public sealed class HitFieldsTests
{
    [Fact]
    public void AHitWithoutSnippetsShowsTheIdTitleSourceAndDayOfTheStoredArticle()
    {
        var random = new Random(17);
        string[] sources = ["Reuters", "Agence France-Presse", "dpa", "CNN"];
        var articles = Enumerable.Range(0, 60).Select(i =>
        {
            var article = TestIndex.Article($"a{i}", $"Protests in the city, report {i}.\n\nA second paragraph {i}.",
                source: random.Next(5) == 0 ? null : sources[random.Next(sources.Length)],
                date: random.Next(5) == 0 ? null : new DateOnly(2022, 1, 1).AddDays(random.Next(60)),
                (EntityType.Place, "Almaty"), (EntityType.Person, $"Person {i % 7}"));
            // A title past what doc values keep is read from the stored fields.
            return i == 11 ? article with { Title = "Long title " + new string('x', 5_000) } : article;
        }).ToList();
        using var index = new TestIndex(articles, commitEvery: 9, deleted: new HashSet<string> { "a3", "a40" });

        var listed = index.Searcher.Search(new SearchRequest { Query = "protests", Size = 100, Snippets = false }).Hits;
        var full = index.Searcher.Search(new SearchRequest { Query = "protests", Size = 100 }).Hits;

        Assert.Equal(58, listed.Count);
        Assert.Equal(full.Select(h => (h.Id, h.Title, h.Source, h.Date)), listed.Select(h => (h.Id, h.Title, h.Source, h.Date)));
        var expected = articles.Where(a => a.Id is not ("a3" or "a40")).ToDictionary(a => a.Id);
        Assert.All(listed, h =>
        {
            Assert.Equal(expected[h.Id].Title, h.Title);
            Assert.Equal(expected[h.Id].Source?.Value, h.Source);
            Assert.Equal(expected[h.Id].Date?.Value, h.Date);
        });
        Assert.Contains(listed, h => h.Title.Length > 5_000);
    }
}
