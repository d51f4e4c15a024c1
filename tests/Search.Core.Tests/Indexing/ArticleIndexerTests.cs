using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Indexing;
using Search.Core.Linking.Passages;
using Search.Core.Ingestion;
using Search.Core.Search;
using Search.Core.Indexing.Documents;

namespace Search.Core.Tests.Indexing;

public sealed class ArticleIndexerTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ArticleIndexer _indexer = new(Seeds.Gazetteer, NullLogger<ArticleIndexer>.Instance);

    private string Articles => _folder["articles"];
    private string Index => _folder["index"];

    public ArticleIndexerTests() => System.IO.Directory.CreateDirectory(Articles);

    private IndexSummary Run(bool prune = false, bool rebuild = false, params string[] inputs) =>
        _indexer.Run(new IndexRun { Inputs = inputs.Length > 0 ? inputs : [Articles], IndexPath = Index, Prune = prune, Rebuild = rebuild });

    private static (int Added, int Updated, int Unchanged, int Removed) Counts(IndexSummary s) => (s.Added, s.Updated, s.Unchanged, s.Removed);

    [Fact]
    public void AddsThenSkipsUnchangedThenReplacesChangedArticles()
    {
        _folder.Write("articles/a.txt", "First article about protests.");
        _folder.Write("articles/b.txt", "Second article about troops.");
        Assert.Equal((2, 0, 0, 0), Counts(Run()));

        _folder.Write("articles/b.txt", "Second article, now about markets.");
        var summary = Run();
        Assert.Equal((0, 1, 1, 0), Counts(summary));
        Assert.Equal(2, summary.TotalArticles);
    }

    [Fact]
    public void RunningTwiceInARowChangesNothing()
    {
        _folder.Write("articles/a.txt", "First article about protests.");
        _folder.Write("articles/feed/b.jsonl", """
            {"id":"b1","title":"One","body":"Body one."}
            {"id":"b2","title":"Two","body":"Body two."}
            """);
        Run();
        var files = Snapshot();
        var second = Run();
        Assert.Equal((0, 0, 3, 0), Counts(second));
        Assert.Equal(files, Snapshot());
    }

    [Fact]
    public void ReportsABadFileByNameAndLineAndKeepsWhatIsIndexed()
    {
        _folder.Write("articles/a.txt", "A good article.");
        Run();
        _folder.Write("articles/bad.txt", "date 2022-02-30 Broken header.");
        _folder.Write("articles/c.jsonl", "{\"id\":\"c1\",\"title\":\"t\",\"body\":\"fine\"}\nnot json\n");
        var summary = Run();
        Assert.Equal([$"{_folder["articles/bad.txt"]}:1:", $"{_folder["articles/c.jsonl"]}:2:"], summary.Errors.Select(e => e.ToString().Split(' ')[0]).Order());
        Assert.Equal(2, summary.Failed);
        Assert.Equal(2, summary.TotalArticles);
    }

    [Fact]
    public void PruneRemovesArticlesWhoseFileOrLineIsGoneAndNothingElse()
    {
        _folder.Write("articles/a.txt", "Article a.");
        _folder.Write("articles/b.txt", "Article b.");
        _folder.Write("articles/c.jsonl", "{\"id\":\"c1\",\"title\":\"t\",\"body\":\"one\"}\n{\"id\":\"c2\",\"title\":\"t\",\"body\":\"two\"}\n");
        _folder.Write("elsewhere/d.txt", "Article d, from another folder.");
        Run();
        Run(false, false, _folder["elsewhere"]);

        File.Delete(_folder["articles/b.txt"]);
        _folder.Write("articles/c.jsonl", "{\"id\":\"c1\",\"title\":\"t\",\"body\":\"one\"}\n");
        Assert.Equal(0, Run().Removed);
        var pruned = Run(prune: true);
        Assert.Equal(2, pruned.Removed);
        Assert.Equal(["a", "c1", "d"], Ids());
    }

    [Fact]
    public void PruneKeepsTheArticlesOfAFileThatFailedToRead()
    {
        _folder.Write("articles/a.jsonl", "{\"id\":\"a1\",\"title\":\"t\",\"body\":\"one\"}\n{\"id\":\"a2\",\"title\":\"t\",\"body\":\"two\"}\n");
        Run();
        _folder.Write("articles/a.jsonl", "{\"id\":\"a1\",\"title\":\"t\",\"body\":\"one\"}\n{broken\n");
        var summary = Run(prune: true);
        Assert.Equal(0, summary.Removed);
        Assert.Equal(["a1", "a2"], Ids());
    }

    [Fact]
    public void RebuildStartsFromEmpty()
    {
        _folder.Write("articles/a.txt", "Article a.");
        _folder.Write("articles/b.txt", "Article b.");
        Run();
        File.Delete(_folder["articles/b.txt"]);
        var summary = Run(rebuild: true);
        // b's article is what the rebuild removed; it said "removed: 0" until 2026-12-06.
        Assert.Equal((1, 0, 0, 1), Counts(summary));
        Assert.Equal(["a"], Ids());
    }

    [Fact]
    public void AnIdReadTwiceIsIndexedOnceWithAWarning()
    {
        _folder.Write("articles/a.jsonl", "{\"id\":\"x\",\"title\":\"t\",\"body\":\"first\"}\n{\"id\":\"x\",\"title\":\"t\",\"body\":\"second\"}\n");
        var summary = Run();
        Assert.Equal(1, summary.Added);
        var warning = Assert.Single(summary.Problems);
        Assert.True(warning.IsWarning);
        Assert.Contains("already read from", warning.Message);
        Assert.Equal(["x"], Ids());
    }

    [Fact]
    public void AnIdReadTwiceIsCountedByItsLaterCopySoTheNextRunChangesNothing()
    {
        // A feed's repeated guid: the later item wins, so the index holds it, and the next run must find it unchanged.
        _folder.Write("articles/a.jsonl", "{\"id\":\"x\",\"title\":\"t\",\"body\":\"first\"}\n{\"id\":\"x\",\"title\":\"t\",\"body\":\"second\"}\n");
        Assert.Equal((1, 0, 0, 0), Counts(Run()));
        Assert.Equal((0, 0, 1, 0), Counts(Run()));
        Assert.Equal((0, 0, 1, 0), Counts(Run()));

        // The later copy changes: the id is updated once, whatever its earlier copy did.
        _folder.Write("articles/a.jsonl", "{\"id\":\"x\",\"title\":\"t\",\"body\":\"first\"}\n{\"id\":\"x\",\"title\":\"t\",\"body\":\"third\"}\n");
        Assert.Equal((0, 1, 0, 0), Counts(Run()));
        Assert.Equal((0, 0, 1, 0), Counts(Run()));
        Assert.Equal(1, Run().TotalArticles);
    }

    [Fact]
    public void AFileThatCouldNotBeReadIsNotCountedAsRead()
    {
        _folder.Write("articles/a.txt", "An article about protests.");
        _folder.Write("story.docx", "not a format the indexer reads");
        // A page whose charset is unknown fails on its first line, yet gives no article either.
        _folder.Write("odd.html", "<html><head><meta charset=\"x-klingon\"></head><body><p>Text of a page in no known charset.</p></body></html>");
        var summary = Run(inputs: [Articles, _folder["story.docx"], _folder["odd.html"]]);
        Assert.Equal(1, summary.FilesRead);
        Assert.Equal(2, summary.Failed);
    }

    [Fact]
    public void SeveralWriterThreadsIndexWhatOneDoesWithEachArticlesPassagesRightAfterIt()
    {
        // Enough articles for several batches, some ids read twice (the later copy wins), paragraphs for passages.
        var lines = Enumerable.Range(0, 400).Select(i => $"{{\"id\":\"a{i % 350}\",\"title\":\"Story {i}\",\"body\":\"Copy {i} of the story.\\n\\nA second paragraph {i}.\\n\\nA third one.\"}}");
        _folder.Write("articles/a.jsonl", string.Join("\n", lines) + "\n");

        var byThreads = new Dictionary<int, List<(string Id, string Title)>>();
        foreach (int threads in new[] { 1, 3 })
        {
            var summary = _indexer.Run(new IndexRun { Inputs = [Articles], IndexPath = _folder[$"index{threads}"], Threads = threads });
            Assert.Equal(350, summary.TotalArticles);
            Assert.Equal(50, summary.Problems.Count(p => p.IsWarning));
            byThreads[threads] = ArticlesWithTheirPassages(_folder[$"index{threads}"]);
        }
        Assert.Equal(byThreads[1].Order(), byThreads[3].Order());
        Assert.Contains(("a10", "Story 360"), byThreads[3]);
    }

    // Each live article's id and title, checking on the way that its three passages follow it and name it.
    private static List<(string Id, string Title)> ArticlesWithTheirPassages(string index)
    {
        using var directory = FSDirectory.Open(index);
        using var reader = DirectoryReader.Open(directory);
        var live = MultiFields.GetLiveDocs(reader);
        var articles = new List<(string, string)>();
        string? current = null;
        int passages = 0;
        for (int doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live != null && !live.Get(doc)) continue;
            var stored = reader.Document(doc);
            if (stored.Get(ArticleFields.Id) is { } id)
            {
                Assert.True(current == null || passages == 3, $"{current} has {passages} passages");
                articles.Add((id, stored.Get(ArticleFields.Title)));
                (current, passages) = (id, 0);
            }
            else
            {
                Assert.Equal(current, stored.Get(PassageFields.Article));
                passages++;
            }
        }
        Assert.Equal(3, passages);
        return articles;
    }

    [Fact]
    public void KeepsContentHashesInDocValuesNotInStoredFields()
    {
        _folder.Write("articles/a.txt", "Article a.");
        Run();
        using var directory = FSDirectory.Open(Index);
        using var reader = DirectoryReader.Open(directory);
        var leaf = reader.Leaves[0].AtomicReader;
        Assert.NotNull(leaf.GetBinaryDocValues(ArticleFields.Hash));
        Assert.Null(reader.Document(0).Get(ArticleFields.Hash));
    }

    [Fact]
    public void GivenMetadataWinsOverExtractionAndSaysSo()
    {
        // The text's own by-line says CNN and a date; the JSON Lines fields say otherwise, and win.
        _folder.Write("articles/g.jsonl", """
            {"id":"g","title":"Troops sent to Almaty","body":"By CNN staff\n\nJanuary 7, 2022\n\nTroops arrived in Almaty on Thursday.","date":"2022-01-08","source":"AFP","author":"Jane Doe","place":["usa"],"url":"https://example.com/g"}
            """);
        Run();
        using var host = TestHost.Open(Index);
        using var lookup = new ArticleLookup(host, Options.Create(new SearchOptions()));
        var article = lookup.Find("g")!;
        Assert.Equal("Troops sent to Almaty", article.Title);
        Assert.Equal(("Agence France-Presse", "given"), (article.Source!.Value, article.Source.Evidence.Rule));
        Assert.Equal((new DateOnly(2022, 1, 8), "given"), (article.Date!.Value, article.Date.Evidence.Rule));
        var usa = Assert.Single(article.Entities, e => e.Given);
        Assert.Equal("United States", usa.Name);
        Assert.Contains(article.Entities, e => e.Name == "Almaty" && !e.Given);
        Assert.Equal("https://example.com/g", article.Url);
        Assert.Equal(["Jane Doe"], article.Authors);
        Assert.DoesNotContain(article.Paragraphs, p => p.Text == "Troops sent to Almaty");
    }

    // The ids of the live article documents; and of the articles the live passage documents belong to, which must be the same.
    private List<string> Ids()
    {
        var articles = StoredValues(ArticleFields.Id);
        Assert.Equal(articles, StoredValues(PassageFields.Article).Distinct().ToList());
        return articles;
    }

    private List<string> StoredValues(string field)
    {
        using var directory = FSDirectory.Open(Index);
        using var reader = DirectoryReader.Open(directory);
        var live = MultiFields.GetLiveDocs(reader);
        return Enumerable.Range(0, reader.MaxDoc).Where(d => live == null || live.Get(d)).Select(d => reader.Document(d).Get(field))
            .OfType<string>().Order(StringComparer.Ordinal).ToList();
    }

    private Dictionary<string, DateTime> Snapshot() =>
        System.IO.Directory.GetFiles(Index).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)).ToDictionary(f => Path.GetFileName(f), File.GetLastWriteTimeUtc);

    public void Dispose() => _folder.Dispose();
}
