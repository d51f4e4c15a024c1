using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Indexing;
using Search.Core.Linking.Passages;
using Search.Core.Search;

namespace Search.Core.Tests.Linking.Passages;

/// <summary>Passage documents sit beside the articles without changing any article count, facet count or score.</summary>
public sealed class PassageIndexTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static readonly string?[] Queries = [null, "Tokayev", "troops Almaty", "\"state of emergency\"", "-source:cnn", "protest*", "NOT Moscow"];

    [Fact]
    public void ArticleResultsAreTheSameWithAndWithoutThePassageDocuments()
    {
        string index = _folder["index"];
        new ArticleIndexer(Seeds.Gazetteer, NullLogger<ArticleIndexer>.Instance).IndexFolder(Seeds.Folder, index);
        var withPassages = Results(index);
        Assert.True(PassageCount(index) > 50, "the seeds' paragraphs are indexed as passages");

        // Remove every passage document and merge them away, so the index is what it would be without them.
        using (var directory = FSDirectory.Open(index))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Core.Analysis.NewsAnalyzer.Version, new Lucene.Net.Analysis.Core.KeywordAnalyzer())))
        {
            writer.DeleteDocuments(PassageFields.KindTerm);
            writer.ForceMerge(1);
            writer.Commit();
        }
        Assert.Equal(0, PassageCount(index));
        var without = Results(index);

        Assert.Equal(without.Count, withPassages.Count);
        for (int i = 0; i < without.Count; i++)
        {
            Assert.Equal(without[i].Total, withPassages[i].Total);
            Assert.Equal(without[i].Hits.Select(h => (h.Id, h.Score)), withPassages[i].Hits.Select(h => (h.Id, h.Score)));
            Assert.Equal(Flatten(without[i]), Flatten(withPassages[i]));
        }
    }

    [Fact]
    public void ReindexingKeepsEveryAnchorAndAddingAParagraphAboveKeepsTheOthers()
    {
        _folder.Write("articles/a.txt", "Troops arrive\n\nSoldiers landed in Almaty on Thursday.\n\nThe airport was closed. Flights were cancelled.");
        var indexer = new ArticleIndexer(Seeds.Gazetteer, NullLogger<ArticleIndexer>.Instance);
        string index = _folder["index"];
        indexer.IndexFolder(_folder["articles"], index);
        var first = Paragraphs(index);

        indexer.Run(new IndexRun { Inputs = [_folder["articles"]], IndexPath = index, Rebuild = true });
        Assert.Equal(first, Paragraphs(index));

        _folder.Write("articles/a.txt", "Troops arrive\n\nA new paragraph written above the others.\n\nSoldiers landed in Almaty on Thursday.\n\nThe airport was closed. Flights were cancelled.");
        indexer.IndexFolder(_folder["articles"], index);
        var edited = Paragraphs(index);
        Assert.Equal(first.Count + 1, edited.Count);
        foreach (var (anchor, text) in first) Assert.Contains((anchor, text), edited);
        Assert.Equal(edited.Count, PassageCount(index)); // the old version's passages went with it
    }

    [Fact]
    public void APassageHitKeepsItsParagraphThroughUpdatesDeletesAndMerges()
    {
        // Passage documents store no number: it is their place after their article, which updates and merges must keep.
        _folder.Write("articles/a.txt", "Kestrel first\n\nThe alphaword paragraph.\n\nThe betaword paragraph.");
        _folder.Write("articles/b.txt", "Falcon second\n\nThe gammaword paragraph.\n\nThe deltaword paragraph.\n\nThe epsilonword paragraph.");
        var indexer = new ArticleIndexer(Seeds.Gazetteer, NullLogger<ArticleIndexer>.Instance);
        string index = _folder["index"];
        indexer.IndexFolder(_folder["articles"], index);
        _folder.Write("articles/a.txt", "Kestrel first\n\nA zetaword paragraph written above.\n\nThe alphaword paragraph.\n\nThe betaword paragraph.");
        _folder.Write("articles/c.txt", "Osprey third\n\nThe etaword paragraph.");
        indexer.IndexFolder(_folder["articles"], index);
        var expected = new[] { ("zetaword", "a", 2), ("alphaword", "a", 3), ("betaword", "a", 4), ("gammaword", "b", 2), ("epsilonword", "b", 4), ("etaword", "c", 2) };

        Assert.Equal(expected, Hits(index, expected.Select(e => e.Item1)));
        using (var directory = FSDirectory.Open(index))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Core.Analysis.NewsAnalyzer.Version, new Lucene.Net.Analysis.Core.KeywordAnalyzer())))
        {
            writer.ForceMerge(1);
            writer.Commit();
        }
        Assert.Equal(expected, Hits(index, expected.Select(e => e.Item1)));
    }

    // Each word's one passage hit: the word, its article and paragraph number, checked against the hit's text and anchor.
    private static List<(string Word, string Article, int Number)> Hits(string index, IEnumerable<string> words)
    {
        using var host = TestHost.Open(index);
        using var passages = new PassageSearcher(host, Options.Create(new SearchOptions()));
        using var lookup = new ArticleLookup(host, Options.Create(new SearchOptions()));
        return words.Select(word =>
        {
            var hit = Assert.Single(passages.Search(new SearchRequest { Query = word }).Hits);
            Assert.Contains($"<mark>{word}</mark>", hit.Html);
            Assert.Equal(lookup.Find(hit.ArticleId)!.Paragraphs[hit.Number - 1].Anchor, hit.Anchor);
            return (word, hit.ArticleId, hit.Number);
        }).ToList();
    }

    private static List<(string Anchor, string Text)> Paragraphs(string index)
    {
        using var host = TestHost.Open(index);
        using var lookup = new ArticleLookup(host, Options.Create(new SearchOptions()));
        return lookup.Find("a")!.Paragraphs.Select(p => (p.Anchor, p.Text)).ToList();
    }

    private static List<SearchResult> Results(string index)
    {
        using var host = TestHost.Open(index);
        using var searcher = new ArticleSearcher(host, Options.Create(new SearchOptions()));
        return Queries.SelectMany(q => new[] { SortOrder.Relevance, SortOrder.Newest }.Select(sort =>
            searcher.Search(new SearchRequest { Query = q, Sort = sort, Size = 50 }))).ToList();
    }

    private static List<string> Flatten(SearchResult result) =>
        result.Facets.SelectMany(f => f.Values.Select(v => $"{f.Dimension}:{v.Value}={v.Count}")).ToList();

    private static int PassageCount(string index)
    {
        using var directory = FSDirectory.Open(index);
        using var reader = DirectoryReader.Open(directory);
        return new Lucene.Net.Search.IndexSearcher(reader).Search(new Lucene.Net.Search.TermQuery(PassageFields.KindTerm), 1).TotalHits;
    }

    public void Dispose() => _folder.Dispose();
}
