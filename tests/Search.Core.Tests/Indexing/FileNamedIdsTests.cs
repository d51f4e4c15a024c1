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
        Assert.Equal((1, 0, 1), (copy.TotalArticles, copy.Added, copy.Unchanged));
        Assert.Empty(copy.Problems);
    }

    public void Dispose() => _folder.Dispose();
}
