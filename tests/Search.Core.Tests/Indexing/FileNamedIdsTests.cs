using Microsoft.Extensions.Logging.Abstractions;
using Search.Core.Indexing;

namespace Search.Core.Tests.Indexing;

/// <summary>
/// Two files that name their articles alike (the id of a seed text or an HTML page is its file name) are two articles: the
/// second silently replaced the first, across runs and with exit 0.
/// </summary>
public sealed class FileNamedIdsTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ArticleIndexer _indexer = new(Seeds.Gazetteer, NullLogger<ArticleIndexer>.Instance);

    private IndexSummary Run(params string[] inputs) =>
        _indexer.Run(new IndexRun { Inputs = inputs.Select(i => _folder[i]).ToList(), IndexPath = _folder["index"] });

    [Fact]
    public void AFileNamedLikeOneIndexedInAnEarlierRunIsKeptBesideIt()
    {
        _folder.Write("arch/2022-01-05/story.txt", "The first story, about wheat.");
        _folder.Write("arch/2022-01-06/story.txt", "The second story, about grain.");
        Assert.Equal(1, Run("arch/2022-01-05").TotalArticles);

        var second = Run("arch/2022-01-06");
        Assert.Equal(2, second.TotalArticles);
        Assert.Equal(1, second.Added);
        var warning = Assert.Single(second.Problems);
        Assert.True(warning.IsWarning);
        Assert.Contains("both are kept", warning.Message);

        // Each file keeps its id from run to run: nothing is added again.
        var again = Run("arch/2022-01-05", "arch/2022-01-06");
        Assert.Equal((2, 0, 0, 2), (again.TotalArticles, again.Added, again.Updated, again.Unchanged));
    }

    [Fact]
    public void TwoFilesNamedAlikeInOneRunAreBothIndexed()
    {
        _folder.Write("sites/a/index.txt", "A page of the first site.");
        _folder.Write("sites/b/index.txt", "A page of the second site.");
        Assert.Equal(2, Run("sites").TotalArticles);
    }

    [Fact]
    public void TheSameTextFromACopyOfTheFolderIsTheSameArticle()
    {
        _folder.Write("copy1/story.txt", "One story, copied.");
        _folder.Write("copy2/story.txt", "One story, copied.");
        Run("copy1");
        var copy = Run("copy2");
        // One article, now recorded at the copy it was last read from.
        Assert.Equal((1, 0, 1), (copy.TotalArticles, copy.Added, copy.Updated));
        Assert.Empty(copy.Problems);
    }

    [Fact]
    public void AnIdAJsonLinesArticleGivesMovesTheFileNamedArticleThatHeldItInTheSameRun()
    {
        // Read in path order, d1/story.txt took "story" first and the JSON line replaced it: the first run lost it, and the
        // next run brought it back under another id.
        _folder.Write("a/d1/story.txt", "First story text about Aktobe oil workers striking.");
        _folder.Write("a/d2/story.txt", "Second different story about Aktobe gas prices.");
        _folder.Write("a/j.jsonl", """{"id":"story","title":"JSON story","body":"A json article with the same id as the text files."}""");
        var first = Run("a");
        Assert.Equal((3, 3), (first.TotalArticles, first.Added));
        Assert.Contains(first.Problems, p => p.IsWarning && p.Message.Contains("both are kept", StringComparison.Ordinal));
        Assert.DoesNotContain(first.Problems, p => p.Message.Contains("replaces it", StringComparison.Ordinal));
        var ids = IndexedIds();

        // The next run changes nothing: every article keeps its id.
        var again = Run("a");
        Assert.Equal((3, 0, 0, 3), (again.TotalArticles, again.Added, again.Updated, again.Unchanged));
        Assert.Equal(ids, IndexedIds());
    }

    [Fact]
    public void AnIdAJsonLinesArticleGivesMovesTheFileNamedArticleThatAnEarlierRunIndexed()
    {
        _folder.Write("a/d1/story.txt", "First story text about Aktobe oil workers striking.");
        Run("a/d1");
        _folder.Write("j/j.jsonl", """{"id":"story","title":"JSON story","body":"A json article with the same id as the text file."}""");
        var claim = Run("j");
        Assert.Equal((2, 1, 1), (claim.TotalArticles, claim.Added, claim.Updated));
        var ids = IndexedIds();
        Assert.Contains("story", ids);

        var again = Run("a/d1", "j");
        Assert.Equal((2, 0, 0, 2), (again.TotalArticles, again.Added, again.Updated, again.Unchanged));
        Assert.Equal(ids, IndexedIds());
    }

    [Fact]
    public void AFileNamedArticleTakesItsIdBackInTheRunAfterTheFileThatClaimedItIsGone()
    {
        // It took two runs, the first warning that the id was a deleted file's.
        _folder.Write("a/d1/story.txt", "First story text about Aktobe oil workers striking.");
        _folder.Write("a/j.jsonl", """{"id":"story","title":"JSON story","body":"A json article with the same id as the text file."}""");
        Run("a");
        File.Delete(_folder["a/j.jsonl"]);

        var back = _indexer.Run(new IndexRun { Inputs = [_folder["a"]], IndexPath = _folder["index"], Prune = true });
        Assert.DoesNotContain(back.Problems, p => p.Message.Contains("already", StringComparison.Ordinal));
        Assert.Equal(["story"], IndexedIds());
    }

    private List<string> IndexedIds()
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(_folder["index"]);
        using var indexed = global::Search.Core.Indexing.Writer.IndexedArticles.Open(directory);
        return indexed.All().Select(a => a.Id).Order(StringComparer.Ordinal).ToList();
    }

    public void Dispose() => _folder.Dispose();
}
