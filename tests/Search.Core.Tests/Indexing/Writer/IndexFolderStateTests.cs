using Microsoft.Extensions.Logging.Abstractions;
using Search.Core.Indexing;
using Search.Core.Indexing.Writer;

namespace Search.Core.Tests.Indexing.Writer;

/// <summary>Issue 12, fault 1: a kill during a new index's first commit left a 0-byte segments_1 that nothing could open.</summary>
public sealed class IndexFolderStateTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ArticleIndexer _indexer = new(Seeds.Gazetteer, NullLogger<ArticleIndexer>.Instance);

    private string Index => _folder["index"];

    // What a kill during the first commit leaves: segment files and a segments_1 cut short (empty, or a few bytes).
    private void LeaveAnUnfinishedFirstCommit(byte[] segments)
    {
        _folder.Write("index/_0.cfs", new byte[300]);
        _folder.Write("index/_0.cfe", new byte[40]);
        _folder.Write("index/_0.si", new byte[90]);
        _folder.Write("index/segments_1", segments);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void AnUnfinishedFirstCommitIsRecognisedAndTheNextRunRecoversAndSaysSo(int bytesWritten)
    {
        LeaveAnUnfinishedFirstCommit([.. new byte[] { 0x3f, 0xd7, 0x6c, 0x17, 0, 0, 0 }.Take(bytesWritten)]);
        var (kind, problem) = IndexFolderState.Inspect(Index);
        Assert.Equal(IndexFolderKind.Unfinished, kind);
        Assert.Contains($"segments_1 ({bytesWritten} bytes)", problem);

        _folder.Write("articles/a.txt", "An article about protests.");
        var summary = _indexer.Run(new IndexRun { Inputs = [_folder["articles"]], IndexPath = Index });
        Assert.Contains("cut short", summary.Recovery);
        Assert.Equal(1, summary.TotalArticles);
        Assert.Equal(IndexFolderKind.Readable, IndexFolderState.Inspect(Index).Kind);
    }

    [Fact]
    public void AnEmptyOrMissingFolderIsEmptyAndAReadableIndexIsReadable()
    {
        Assert.Equal(IndexFolderKind.Empty, IndexFolderState.Inspect(_folder["nothing"]).Kind);
        _folder.Write("articles/a.txt", "An article.");
        _indexer.Run(new IndexRun { Inputs = [_folder["articles"]], IndexPath = Index });
        Assert.Equal((IndexFolderKind.Readable, (string?)null), IndexFolderState.Inspect(Index));
        Assert.Null(IndexFolderState.RecoverUnfinished(Index));
    }

    [Fact]
    public void AReadableCommitWhoseSegmentsAreGoneIsDamagedAndLeftAlone()
    {
        _folder.Write("articles/a.txt", "An article.");
        _indexer.Run(new IndexRun { Inputs = [_folder["articles"]], IndexPath = Index });
        foreach (string file in Directory.GetFiles(Index, "_*")) File.Delete(file);
        Assert.Equal(IndexFolderKind.Damaged, IndexFolderState.Inspect(Index).Kind);
        Assert.Throws<IndexDamagedException>(() => _indexer.Run(new IndexRun { Inputs = [_folder["articles"]], IndexPath = Index }));
        Assert.NotEmpty(Directory.GetFiles(Index, "segments_*"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(30)]
    public void AFinishedCommitCutShortSinceIsDamagedNotClearedAsAFirstCommit(int keptBytes)
    {
        // Truncated after it was written whole (segments.gen records it), it was taken for a killed first commit, and the
        // next run deleted every segment, with exit 0.
        _folder.Write("articles/a.txt", "An article.");
        _folder.Write("articles/b.txt", "Another article.");
        _indexer.Run(new IndexRun { Inputs = [_folder["articles"]], IndexPath = Index });
        string commit = Assert.Single(Directory.GetFiles(Index, "segments_*"));
        using (var stream = File.OpenWrite(commit)) stream.SetLength(keptBytes);
        var segmentFiles = Directory.GetFiles(Index, "_*");

        Assert.Equal(IndexFolderKind.Damaged, IndexFolderState.Inspect(Index).Kind);
        Assert.Null(IndexFolderState.RecoverUnfinished(Index));
        Assert.Throws<IndexDamagedException>(() => _indexer.Run(new IndexRun { Inputs = [_folder["articles"]], IndexPath = Index }));
        Assert.Equal(segmentFiles, Directory.GetFiles(Index, "_*"));
    }

    [Fact]
    public void ACommitWhoseSegmentFileIsCutShortIsDamagedNotACrash()
    {
        // Lucene.NET reads a truncated compound file as an ArgumentException ("slice() out of bounds"): the command line
        // crashed with a stack trace and the site did not start.
        _folder.Write("articles/a.txt", "An article.");
        _indexer.Run(new IndexRun { Inputs = [_folder["articles"]], IndexPath = Index });
        string segment = Directory.GetFiles(Index, "*.cfs").First();
        using (var stream = File.OpenWrite(segment)) stream.SetLength(100);

        var (kind, problem) = IndexFolderState.Inspect(Index);
        Assert.Equal(IndexFolderKind.Damaged, kind);
        Assert.Contains("check it with Lucene's CheckIndex", problem);
        Assert.Throws<IndexDamagedException>(() => _indexer.Run(new IndexRun { Inputs = [_folder["articles"]], IndexPath = Index }));
    }

    [Theory]
    [InlineData(false)] // the commit point cut short since it was written
    [InlineData(true)]  // a compound file cut short
    public void ARebuildStartsAgainOverADamagedIndexAsItsMessageOffers(bool segmentFile)
    {
        // "check it with Lucene's CheckIndex, or start again with --rebuild": the rebuild failed with the same message.
        _folder.Write("articles/a.txt", "An article.");
        _folder.Write("articles/b.txt", "Another article.");
        _indexer.Run(new IndexRun { Inputs = [_folder["articles"]], IndexPath = Index });
        string damaged = segmentFile ? Directory.GetFiles(Index, "*.cfs").First() : Assert.Single(Directory.GetFiles(Index, "segments_*"));
        using (var stream = File.OpenWrite(damaged)) stream.SetLength(segmentFile ? 100 : 30);
        Assert.Equal(IndexFolderKind.Damaged, IndexFolderState.Inspect(Index).Kind);

        var summary = _indexer.Run(new IndexRun { Inputs = [_folder["articles"]], IndexPath = Index, Rebuild = true });
        Assert.Equal(2, summary.TotalArticles);
        Assert.Equal(IndexFolderKind.Readable, IndexFolderState.Inspect(Index).Kind);
    }

    [Fact]
    public void ACommitPointMissingBesideSegmentsGenIsDamageThatARebuildClears()
    {
        // A copy that missed segments_N: read as no index, every run failed on the missing file with exit 4, and query said
        // there was no index.
        _folder.Write("articles/a.txt", "An article.");
        _indexer.Run(new IndexRun { Inputs = [_folder["articles"]], IndexPath = Index });
        File.Delete(Assert.Single(Directory.GetFiles(Index, "segments_*")));

        var (kind, problem) = IndexFolderState.Inspect(Index);
        Assert.Equal(IndexFolderKind.Damaged, kind);
        Assert.Contains("no commit point", problem);
        Assert.Throws<IndexDamagedException>(() => _indexer.Run(new IndexRun { Inputs = [_folder["articles"]], IndexPath = Index }));
        Assert.Equal(1, _indexer.Run(new IndexRun { Inputs = [_folder["articles"]], IndexPath = Index, Rebuild = true }).TotalArticles);
    }

    public void Dispose() => _folder.Dispose();
}
