using Microsoft.Extensions.Logging.Abstractions;
using Search.Core.Indexing;

namespace Search.Core.Tests.Indexing;

public class ArticleIndexerTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "search-indexer-" + Guid.NewGuid().ToString("N"));
    private readonly ArticleIndexer _indexer = new(Seeds.Gazetteer, NullLogger<ArticleIndexer>.Instance);

    private string Articles => Path.Combine(_root, "articles");
    private string Index => Path.Combine(_root, "index");

    public ArticleIndexerTests() => Directory.CreateDirectory(Articles);

    [Fact]
    public void AddsThenSkipsUnchangedThenReplacesChangedArticles()
    {
        File.WriteAllText(Path.Combine(Articles, "a.txt"), "First article about protests.");
        File.WriteAllText(Path.Combine(Articles, "b.txt"), "Second article about troops.");
        Assert.Equal((2, 0, 0), Counts(_indexer.IndexFolder(Articles, Index)));

        File.WriteAllText(Path.Combine(Articles, "b.txt"), "Second article, now about markets.");
        var summary = _indexer.IndexFolder(Articles, Index);
        Assert.Equal((0, 1, 1), Counts(summary));
        Assert.Equal(2, summary.TotalArticles);
    }

    [Fact]
    public void ReportsABadFileByNameAndLineAndKeepsWhatIsIndexed()
    {
        File.WriteAllText(Path.Combine(Articles, "a.txt"), "A good article.");
        _indexer.IndexFolder(Articles, Index);
        File.WriteAllText(Path.Combine(Articles, "bad.txt"), "date 2022-02-30 Broken header.");
        var summary = _indexer.IndexFolder(Articles, Index);
        string error = Assert.Single(summary.Errors);
        Assert.Contains("bad.txt:1:", error);
        Assert.Equal(1, summary.TotalArticles);
    }

    private static (int Added, int Updated, int Unchanged) Counts(IndexSummary s) => (s.Added, s.Updated, s.Unchanged);

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
