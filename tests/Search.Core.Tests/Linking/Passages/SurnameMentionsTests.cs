using Microsoft.Extensions.Options;
using Search.Core.Extraction;
using Search.Core.Linking.Passages;
using Search.Core.Search;

namespace Search.Core.Tests.Linking.Passages;

/// <summary>
/// A person asked for by name is found in the passages that name them by surname alone, except in an article that names a
/// namesake: the article page marks those mentions, and a passage search found only the full names.
/// </summary>
public sealed class SurnameMentionsTests
{
    private static TestIndex Index() => new([
        TestIndex.Article("treasury",
            "Treasury Secretary James Baker met finance ministers in Paris on Sunday, officials said.\n\n" +
            "Baker said the dollar had fallen far enough against the yen and the mark.",
            entities: [(EntityType.Person, "James Baker")]),
        TestIndex.Article("senate",
            "James Baker and Senator Howard Baker met at the White House on Monday, aides said.\n\n" +
            "Baker told reporters the budget talks would resume next week in the Senate.",
            entities: [(EntityType.Person, "James Baker"), (EntityType.Person, "Howard Baker")]),
    ]);

    [Fact]
    public void APersonIsFoundByTheirSurnameWhereNoNamesakeIsInTheArticle()
    {
        using var index = Index();
        using var passages = new PassageSearcher(index.Host, Options.Create(index.Search), Seeds.Gazetteer);

        var hits = passages.Search(new SearchRequest { Query = "person:\"James Baker\"", Size = 10 }).Hits;

        Assert.Equal(["senate#1", "treasury#1", "treasury#2"], hits.Select(h => $"{h.ArticleId}#{h.Number}").Order());
        Assert.Contains("<mark>Baker</mark> said the dollar", hits.Single(h => h is { ArticleId: "treasury", Number: 2 }).Html);
    }

    [Fact]
    public void ANamesakeWithAnAccentIsANamesakeToo()
    {
        using var index = new TestIndex([
            TestIndex.Article("lima",
                "Finance Minister Luis Perez met the bankers in Lima on Monday, officials said.\n\n" +
                "Perez said the debt talks would resume after the holiday, his office said.",
                entities: [(EntityType.Person, "Luis Perez"), (EntityType.Person, "Carlos Pérez")]),
        ]);
        using var passages = new PassageSearcher(index.Host, Options.Create(index.Search), Seeds.Gazetteer);

        var hits = passages.Search(new SearchRequest { Query = "person:\"Luis Perez\"", Size = 10 }).Hits;

        Assert.Equal([1], hits.Select(h => h.Number));
    }

    [Fact]
    public void AFilterOnThePersonFindsTheSurnameToo()
    {
        using var index = Index();
        using var passages = new PassageSearcher(index.Host, Options.Create(index.Search), Seeds.Gazetteer);

        var filters = new Dictionary<string, IReadOnlyList<string>> { ["person"] = ["James Baker"] };
        var hits = passages.Search(new SearchRequest { Filters = filters, Size = 10 }).Hits;

        // A filter keeps every passage of its articles; those that name him, by surname too, come first and are marked.
        Assert.Equal(4, hits.Count);
        Assert.Equal(["senate#1", "treasury#1", "treasury#2"], hits.Take(3).Select(h => $"{h.ArticleId}#{h.Number}").Order());
        Assert.All(hits.Take(3), h => Assert.Contains("Baker</mark>", h.Html));
        Assert.Equal("senate#2", $"{hits[3].ArticleId}#{hits[3].Number}"); // Howard Baker's "Baker told reporters"
    }
}
