using FsCheck;
using FsCheck.Fluent;
using Search.Core.Extraction;
using Search.Core.Facets;
using Search.Core.Search;
using Search.Core.Tests.Fuzzing;

namespace Search.Core.Tests.Facets;

/// <summary>
/// Issue 14's correctness property: on random small corpora (multi-valued people, missing sources,
/// people and dates, deleted documents, several segments), random include and exclude filters (the
/// missing bucket among them) give every facet and drill-sideways count a brute-force count over the
/// articles gives; a passage search with the same filters finds the passages of exactly the articles that pass
/// (a passage reads its article's facet values), and counts them as the brute force does.
/// </summary>
public class FacetFilterPropertyTests
{
    private static readonly string[] Sources = ["AFP", "dpa", "CNN"];
    private static readonly string[] People = ["Ann", "Bob", "Cem", "Dag"];
    private static readonly DateOnly[] Days = [new(2022, 1, 1), new(2022, 1, 2), new(2022, 1, 3)];

    private sealed record Corpus(List<Article> Articles, HashSet<string> Deleted, int CommitEvery);

    private static readonly Gen<Article> Articles =
        from source in Gen.Elements(Sources.Append(null).ToArray())
        from day in Gen.Elements(Days.Select(d => (DateOnly?)d).Append(null).ToArray())
        from people in Gen.SubListOf(People)
        from id in Gen.Choose(0, 1_000_000)
        select TestIndex.Article("a" + id, "alpha", source, day, people.Select(p => (EntityType.Person, p)).ToArray());

    private static readonly Gen<Corpus> Corpora =
        from articles in Articles.ListOf().Where(l => l.Count > 0)
        let unique = articles.DistinctBy(a => a.Id).ToList()
        from deleted in Gen.SubListOf(unique.Select(a => a.Id))
        from commitEvery in Gen.Choose(1, 6)
        select new Corpus(unique, deleted.ToHashSet(), commitEvery);

    private static Gen<List<string>> Some(string[] values) => Gen.SubListOf(values.Append(FacetValue.MissingValue)).Select(l => l.ToList());

    private static readonly Gen<SearchRequest> Requests =
        from sourceIn in Some(Sources)
        from sourceOut in Some(Sources)
        from personIn in Some(People)
        from personOut in Some(People)
        from undated in Gen.Elements(0, 1, 2)
        from ranged in Gen.Elements(false, true)
        select new SearchRequest
        {
            Filters = Map(("source", sourceIn), ("person", personIn), ("date", undated == 1 ? [FacetValue.MissingValue] : [])),
            Exclusions = Map(("source", sourceOut.Except(sourceIn).ToList()), ("person", personOut.Except(personIn).ToList()), ("date", undated == 2 ? [FacetValue.MissingValue] : [])),
            From = ranged ? Days[1] : null,
            To = ranged ? Days[2] : null,
            Size = 100,
        };

    private static Dictionary<string, IReadOnlyList<string>> Map(params (string Key, List<string> Values)[] pairs) =>
        pairs.Where(p => p.Values.Count > 0).ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Values);

    [Fact]
    public void EveryCountEqualsABruteForceCount()
    {
        var property = Prop.ForAll(Arb.From(Corpora), Arb.From(Requests.ListOf().Where(l => l.Count > 0).Select(l => l.Take(5).ToList())), (corpus, requests) =>
        {
            using var index = new TestIndex(corpus.Articles, corpus.CommitEvery, corpus.Deleted);
            var live = corpus.Articles.Where(a => !corpus.Deleted.Contains(a.Id)).ToList();
            foreach (var request in requests)
            {
                var result = index.Searcher.Search(request);
                var passing = live.Where(a => Passes(a, request, null)).Select(a => a.Id).Order().ToList();
                Assert.Equal(passing, result.Hits.Select(h => h.Id).Order());
                // Each article's body is one paragraph with the word, so one passage per passing article. Every body is the same
                // word, so the copies are listed apart, not folded under one.
                var passages = index.Passages.Search(request with { Query = "alpha", GroupCopies = false });
                Assert.Equal(passing, passages.Hits.Select(h => h.ArticleId).Order());
                foreach (var (dimension, values) in new (string, Func<Article, IEnumerable<string>>)[]
                         {
                             ("source", a => a.Source is { } s ? [s.Value] : []),
                             ("person", a => a.EntityNames(EntityType.Person)),
                             ("date", a => a.Date is { } d ? [d.Value.ToString("yyyy-MM-dd")] : []),
                         })
                {
                    var counted = live.Where(a => Passes(a, request, dimension)).ToList();
                    var expected = counted.SelectMany(a => values(a).Distinct()).GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
                    int missing = counted.Count(a => !values(a).Any());
                    if (missing > 0) expected[FacetValue.MissingValue] = missing;
                    static List<KeyValuePair<string, int>> Counted(FacetCounts facet) =>
                        facet.Values.Where(v => v.Count > 0).ToDictionary(v => v.Value, v => v.Count).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
                    var want = expected.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
                    Assert.Equal(want, Counted(result.FacetsOf(dimension)));
                    // One passage an article, so the passages' facets count the same.
                    Assert.Equal(want, Counted(passages.Facets.Single(f => f.Dimension == dimension)));
                }
            }
        });
        Check.One(FuzzRuns.Config(60), property);
    }

    // The brute-force rule: within a dimension, any selected value (or none when nothing is selected) and no excluded one;
    // the dimension named by except is not applied (drill-sideways).
    private static bool Passes(Article a, SearchRequest request, string? except)
    {
        bool Dimension(string name, IReadOnlyList<string> values)
        {
            if (name == except) return true;
            var own = values.Count == 0 ? [FacetValue.MissingValue] : values;
            var selected = request.FilterValues(name);
            var excluded = request.ExcludedValues(name);
            if (own.Any(excluded.Contains)) return false;
            return selected.Count == 0 || own.Any(selected.Contains);
        }
        if (!Dimension("source", a.Source is { } s ? [s.Value] : [])) return false;
        if (!Dimension("person", a.EntityNames(EntityType.Person).ToList())) return false;
        if (except == "date") return true;
        bool dated = a.Date != null;
        if (!dated && request.ExcludedValues("date").Contains(FacetValue.MissingValue)) return false;
        bool ranged = request.From != null || request.To != null;
        bool undatedSelected = request.FilterValues("date").Contains(FacetValue.MissingValue);
        if (!ranged && !undatedSelected) return true;
        return dated ? ranged && a.Date!.Value >= request.From && a.Date.Value <= request.To : undatedSelected;
    }
}
