using System.Text.Json;
using Microsoft.Extensions.Options;
using Search.Core.Indexing;
using Search.Core.Linking.Corroboration;
using Search.Core.Linking.Coverage;
using Search.Core.Linking.Passages;
using Search.Core.Linking.Related;
using Search.Core.Search;

namespace Search.Core.Tests.Linking.Related;

/// <summary>An agency story republished by another outlet is found as a copy, grouped under the better hit, and listed on the article.</summary>
public sealed class WireCopyTests : IDisposable
{
    private const string CopyId = "republished-cnn";
    private readonly TempFolder _folder = new();
    private readonly IndexHost _host;

    public WireCopyTests()
    {
        foreach (string file in Directory.GetFiles(Seeds.Folder)) _folder.Write("articles/" + Path.GetFileName(file), File.ReadAllBytes(file));
        // The CNN story republished elsewhere: another headline, its last paragraph cut, a line of the outlet's own added.
        var paragraphs = CnnParagraphs();
        string body = string.Join("\n\n", paragraphs.Take(paragraphs.Count - 1).Append("Republished with permission."));
        _folder.Write("articles/copy.jsonl", JsonSerializer.Serialize(new { id = CopyId, title = "Unrest in Kazakhstan", body, source = "Yahoo News" }) + "\n");
        _host = TestHost.Index(_folder["articles"], _folder["index"]);
    }

    private static List<string> CnnParagraphs() =>
        File.ReadAllText(Seeds.PathOf(Seeds.Cnn)).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1).ToList();

    [Fact]
    public void ACopyIsNearAndDifferentStoriesOfOneEventAreFar()
    {
        var paragraphs = CnnParagraphs();
        long original = SimHash.Of(string.Join("\n\n", paragraphs));
        long copy = SimHash.Of(string.Join("\n\n", paragraphs.Skip(1).Append("Republished with permission.")));
        Assert.True(SimHash.AreCopies(original, copy), $"distance {SimHash.Distance(original, copy)}");
        var seeds = Directory.GetFiles(Seeds.Folder).Select(f => SimHash.Of(File.ReadAllText(f))).ToList();
        for (int i = 0; i < seeds.Count; i++)
            for (int j = i + 1; j < seeds.Count; j++)
                Assert.False(SimHash.AreCopies(seeds[i], seeds[j]), $"seeds {i} and {j}: distance {SimHash.Distance(seeds[i], seeds[j])}");
        Assert.Equal(0, SimHash.Of("Too short to tell copies apart."));
    }

    [Fact]
    public void EachArticleKeepsItsBodysFingerprintAndPassageDocumentsHaveNone()
    {
        using var lease = _host.Acquire();
        var reader = lease.Searcher.IndexReader;
        var fingerprints = new Fingerprints(reader);
        int articles = 0, passages = 0;
        for (int doc = 0; doc < reader.MaxDoc; doc++)
        {
            var stored = reader.Document(doc);
            if (stored.Get(global::Search.Core.Indexing.Documents.ArticleFields.Body) is { } body)
            {
                Assert.Equal(SimHash.Of(body), fingerprints.Of(doc));
                Assert.NotEqual(0, fingerprints.Of(doc));
                articles++;
            }
            else
            {
                Assert.Equal(0, fingerprints.Of(doc));
                passages++;
            }
        }
        Assert.Equal(Directory.GetFiles(Seeds.Folder).Length + 1, articles);
        Assert.True(passages > articles, $"{passages} passage documents");
    }

    [Fact]
    public void CopiesFoldUnderTheBestRankedHitAndTheCountStaysTheArticleCount()
    {
        using var searcher = new ArticleSearcher(_host, Options.Create(new SearchOptions()));
        var grouped = searcher.Search(new SearchRequest { Query = "Tokayev" });
        var plain = searcher.Search(new SearchRequest { Query = "Tokayev", GroupCopies = false });
        Assert.Equal(plain.Total, grouped.Total);
        Assert.Equal(plain.Hits.Count - 1, grouped.Hits.Count);
        var leader = Assert.Single(grouped.Hits, h => h.Copies.Count > 0);
        var copy = Assert.Single(leader.Copies);
        Assert.Equal([Seeds.Cnn, CopyId], new[] { leader.Id, copy.Id }.Order(StringComparer.Ordinal));
        Assert.Equal(plain.Hits.First(h => h.Id is Seeds.Cnn or CopyId).Id, leader.Id); // the better-ranked one leads
    }

    [Fact]
    public void TheArticleListsItsCopiesApartFromRelatedCoverage()
    {
        using var linking = new CorroborationFinder(_host, Options.Create(new LinkingOptions()), Seeds.Gazetteer);
        using var related = new RelatedArticles(_host, Options.Create(new LinkingOptions()), Seeds.Gazetteer);
        var relations = related.For(CopyId, linking.For(CopyId))!;
        Assert.Equal(Seeds.Cnn, Assert.Single(relations.Copies).Id);
        Assert.NotEmpty(relations.Similar);
        Assert.DoesNotContain(relations.Similar.Concat(relations.Copies), r => r.Id == CopyId);
        Assert.DoesNotContain(relations.Similar, r => r.Id == Seeds.Cnn);
        Assert.Null(related.For("no-such-article", linking.For("no-such-article")));
    }

    [Fact]
    public void SideBySideTheCopyIsMarkedWordForWordAsTheOutletListedBeforeIt()
    {
        var coverage = TestHost.Compare(_host, new SearchRequest { Query = "beheaded" });

        var cnn = Assert.Single(coverage.Reporting, o => o.Outlet == "CNN");
        var copy = Assert.Single(coverage.Reporting, o => o.Outlet == "Yahoo News");
        var order = coverage.Reporting.ToList();
        var (first, second) = order.IndexOf(cnn) < order.IndexOf(copy) ? (cnn, copy) : (copy, cnn);
        Assert.Null(first.WordForWordAs);
        Assert.Equal(first.Outlet, second.WordForWordAs);
        // The other reports word it their own way ("decapitated"): none is a copy.
        Assert.All(coverage.Reporting.Where(o => o != second), o => Assert.Null(o.WordForWordAs));
    }

    [Fact]
    public void ACopyIsListedApartAndNeverCorroboratesItsOriginal()
    {
        using var finder = new CorroborationFinder(_host, Options.Create(new LinkingOptions()), Seeds.Gazetteer);
        foreach (var (id, copy) in new[] { (Seeds.Cnn, CopyId), (CopyId, Seeds.Cnn) })
        {
            var links = finder.For(id)!.Values.SelectMany(p => p.Corroborations).ToList();
            Assert.NotEmpty(links); // the other outlets still corroborate it
            Assert.DoesNotContain(links, c => c.Passage.ArticleId == copy);
        }
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }
}
