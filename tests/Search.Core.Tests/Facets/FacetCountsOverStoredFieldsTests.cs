using Search.Core.Extraction;
using Search.Core.Indexing;
using Search.Core.Search;
using Search.Core.Indexing.Documents;

namespace Search.Core.Tests.Facets;

/// <summary>Facet counts on the seed index checked against a brute-force count over the stored fields of the matching articles.</summary>
public class FacetCountsOverStoredFieldsTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("Tokayev", null)]
    [InlineData("protests", null)]
    [InlineData("beheaded OR decapitated", null)]
    [InlineData("Almaty", "CNN")]
    public void CountsEqualABruteForceCountOverStoredFields(string? query, string? source)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>();
        if (source != null) filters["source"] = [source];
        var result = seeds.Searcher.Search(new SearchRequest { Query = query, Filters = filters });

        // The documents matching the text query, found by a plain Lucene search, then counted by reading their stored fields.
        var stored = MatchingStoredArticles(query);
        foreach (var dimension in new[] { "source", "date", "person", "org", "place" })
        {
            // Drill-sideways: the source dimension ignores its own filter, the others apply it.
            var counted = stored.Where(a => source == null || dimension == "source" || a.Source == source);
            var expected = counted.SelectMany(a => a.Values(dimension)).GroupBy(v => v)
                .ToDictionary(g => g.Key, g => g.Count());
            var actual = result.FacetsOf(dimension).Values.Where(v => v.Count > 0 && !v.Missing).ToDictionary(v => v.Value, v => v.Count);
            var top = expected.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Take(10);
            Assert.Equal(top, actual.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal));
            // The missing bucket counts the articles with no value in the dimension.
            int missing = counted.Count(a => !a.Values(dimension).Any());
            Assert.Equal(missing, result.FacetsOf(dimension).Values.SingleOrDefault(v => v.Missing)?.Count ?? 0);
        }
        Assert.Equal(stored.Count(a => source == null || a.Source == source), result.Total);
    }

    private sealed record StoredArticle(string? Source, string? Day, IReadOnlyList<Entity> Entities)
    {
        public IEnumerable<string> Values(string dimension) => dimension switch
        {
            "source" => Source is null ? [] : [Source],
            "date" => Day is null ? [] : [Day],
            _ => Entities.Where(e => e.Type == Core.Facets.FacetDimension.Named(dimension)!.EntityType).Select(e => e.Name).Distinct(),
        };
    }

    private List<StoredArticle> MatchingStoredArticles(string? query)
    {
        using var lease = seeds.Host.Acquire();
        using var queries = new QueryBuilder(new SearchOptions());
        var parsed = queries.Build(query).Query;
        var top = lease.Searcher.Search(parsed, lease.Searcher.IndexReader.MaxDoc);
        // An article document is one with an id; the passage documents beside them carry their article's id in another field.
        return top.ScoreDocs.Select(d => lease.Searcher.Doc(d.Doc)).Where(doc => doc.Get(ArticleFields.Id) != null).Select(doc => new StoredArticle(
            doc.Get(ArticleFields.Source), doc.Get(ArticleFields.Day), ArticleMetadata.FromJson(doc.Get(ArticleFields.Metadata)).Entities)).ToList();
    }
}
