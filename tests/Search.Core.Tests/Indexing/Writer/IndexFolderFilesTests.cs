using Microsoft.Extensions.Logging.Abstractions;
using Search.Core.Indexing;
using Search.Core.Indexing.Writer;

namespace Search.Core.Tests.Indexing.Writer;

/// <summary>
/// The writer never deletes a file it did not write. Lucene.NET deleted "my_notes.txt" and "photo_1.jpg" from an index folder,
/// on every run and with exit 0, and an index written into its articles folder deleted the articles.
/// </summary>
public sealed class IndexFolderFilesTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ArticleIndexer _indexer = new(Seeds.Gazetteer, NullLogger<ArticleIndexer>.Instance);

    private IndexSummary Run(string input, string index) => _indexer.Run(new IndexRun { Inputs = [_folder[input]], IndexPath = _folder[index] });

    [Theory]
    [InlineData("my_notes.txt")]
    [InlineData("photo_1.jpg")]
    [InlineData("_notes.txt")]
    [InlineData("segments_backup.zip")]
    public void AFolderHoldingFilesLuceneWouldDeleteIsRefusedAndTheFilesKept(string name)
    {
        _folder.Write("articles/story.txt", "The harbour board met on Thursday to agree the new tariffs.");
        string precious = _folder.Write("index/" + name, "precious");

        var refused = Assert.Throws<IndexFolderRefusedException>(() => Run("articles", "index"));
        Assert.Contains(name, refused.Message);
        Assert.Equal("precious", File.ReadAllText(precious));
        Assert.False(File.Exists(_folder["index/" + IndexWriterLock.FileName]));
    }

    [Fact]
    public void FilesLuceneLeavesAloneMayStayBesideTheIndexAndAreKept()
    {
        _folder.Write("articles/story.txt", "The harbour board met on Thursday to agree the new tariffs.");
        string notes = _folder.Write("index/README.md", "what this index is");
        Assert.Equal(1, Run("articles", "index").TotalArticles);
        Assert.Equal(1, Run("articles", "index").Unchanged);
        Assert.True(File.Exists(notes));
    }

    [Fact]
    public void AnIndexIsNotWrittenIntoItsArticlesFolder()
    {
        string article = _folder.Write("articles/000_f93588ad3d61e761.txt", "The harbour board met on Thursday to agree the new tariffs.");
        var refused = Assert.Throws<IndexFolderRefusedException>(() => Run("articles", "articles"));
        Assert.Contains("also an input", refused.Message);
        Assert.True(File.Exists(article));
    }

    public void Dispose() => _folder.Dispose();
}
