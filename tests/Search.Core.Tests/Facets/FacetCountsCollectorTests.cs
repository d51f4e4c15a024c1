using Search.Core.Extraction;
using Search.Core.Search;

namespace Search.Core.Tests.Facets;

/// <summary>Facet and drill-sideways counts checked against a brute-force count over the articles, on random multi-segment indexes.</summary>
public class FacetCountsCollectorTests
{
    private static readonly string[] Sources = ["AFP", "dpa", "CNN", "Reuters"];
    private static readonly string[] People = ["Ann", "Bob", "Cem", "Dag", "Eve", "Fay"];
    private static readonly string[] Words = ["alpha", "beta", "gamma"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void CountsMatchABruteForceCountWithDrillSideways(int seed)
    {
        var random = new Random(seed);
        var articles = Enumerable.Range(0, 60).Select(i => RandomArticle(random, i)).ToList();
        using var index = new TestIndex(articles, commitEvery: 1 + random.Next(15));

        for (int round = 0; round < 25; round++)
        {
            var request = RandomRequest(random);
            var result = index.Searcher.Search(request);

            var matching = articles.Where(a => request.Query == null || a.Paragraphs[0].Split(' ').Contains(request.Query)).ToList();
            var hits = matching.Where(a => Passes(a, request, except: null)).ToList();
            Assert.Equal(hits.Count, result.Total);
            Assert.Equal(hits.Select(a => a.Id).Order(), index.Searcher.Search(request with { Size = 1000 }).Hits.Select(h => h.Id).Order());

            Assert.Equal(Expected(matching, request, "source", a => a.Source is { } s ? [s.Value] : []), Actual(result, "source"));
            Assert.Equal(Expected(matching, request, "person", a => a.EntityNames(EntityType.Person)), Actual(result, "person"));
            Assert.Equal(Expected(matching, request, "date", a => a.Date is { } d ? [d.Value.ToString("yyyy-MM-dd")] : []), Actual(result, "date"));
        }
    }

    [Fact]
    public void CountsAMultiValuedPersonOncePerArticle()
    {
        var article = TestIndex.Article("a", "alpha", entities: [(EntityType.Person, "Ann"), (EntityType.Person, "Bob")]);
        using var index = new TestIndex([article, TestIndex.Article("b", "alpha", entities: [(EntityType.Person, "Ann")])]);
        var people = index.Searcher.Search(new SearchRequest()).FacetsOf("person");
        Assert.Equal("person: Ann=2, Bob=1", people.ToString());
    }

    [Fact]
    public void ListsASelectedValueEvenWhenItHasNoHits()
    {
        using var index = new TestIndex([TestIndex.Article("a", "alpha", "AFP")]);
        var request = new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { ["source"] = ["Nobody"] } };
        var result = index.Searcher.Search(request);
        Assert.Equal(0, result.Total);
        Assert.Equal("source: AFP=1, [Nobody]=0", result.FacetsOf("source").ToString());
    }

    private static Article RandomArticle(Random random, int i)
    {
        string body = string.Join(' ', Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Words[random.Next(Words.Length)]));
        string? source = random.Next(5) == 0 ? null : Sources[random.Next(Sources.Length)];
        DateOnly? date = random.Next(6) == 0 ? null : new DateOnly(2022, 1, 1 + random.Next(6));
        var people = People.Where(_ => random.Next(3) == 0).Select(p => (EntityType.Person, p)).ToArray();
        return TestIndex.Article($"a{i:000}", body, source, date, people);
    }

    private static SearchRequest RandomRequest(Random random)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>();
        if (random.Next(2) == 0) filters["source"] = Sources.Where(_ => random.Next(3) == 0).DefaultIfEmpty(Sources[0]).ToList();
        if (random.Next(2) == 0) filters["person"] = People.Where(_ => random.Next(4) == 0).DefaultIfEmpty(People[1]).ToList();
        DateOnly? from = random.Next(3) == 0 ? new DateOnly(2022, 1, 1 + random.Next(4)) : null;
        DateOnly? to = from != null && random.Next(2) == 0 ? from.Value.AddDays(random.Next(3)) : null;
        return new SearchRequest
        {
            Query = random.Next(3) == 0 ? Words[random.Next(Words.Length)] : null,
            Filters = filters,
            From = from,
            To = to,
            Size = 5,
        };
    }

    // A value passes a dimension's filter when the filter is absent or selects one of the article's values.
    private static bool Passes(Article a, SearchRequest request, string? except)
    {
        if (except != "source" && request.FilterValues("source") is { Count: > 0 } sources && !(a.Source is { } s && sources.Contains(s.Value))) return false;
        if (except != "person" && request.FilterValues("person") is { Count: > 0 } people && !a.EntityNames(EntityType.Person).Any(people.Contains)) return false;
        if (except != "date" && (request.From != null || request.To != null))
        {
            if (a.Date is not { } d) return false;
            if (request.From is { } f && d.Value < f || request.To is { } t && d.Value > t) return false;
        }
        return true;
    }

    private static SortedDictionary<string, int> Expected(List<Article> matching, SearchRequest request, string dimension, Func<Article, IEnumerable<string>> values)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in matching.Where(a => Passes(a, request, except: dimension)))
            foreach (string v in values(a).Distinct())
                counts[v] = counts.GetValueOrDefault(v) + 1;
        return counts;
    }

    private static SortedDictionary<string, int> Actual(SearchResult result, string dimension) =>
        new(result.FacetsOf(dimension).Values.Where(v => v.Count > 0 && !v.Missing).ToDictionary(v => v.Value, v => v.Count), StringComparer.Ordinal);
}
