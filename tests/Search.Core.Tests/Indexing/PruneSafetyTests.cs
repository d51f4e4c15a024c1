using Microsoft.Extensions.Logging.Abstractions;
using Search.Core.Indexing;

namespace Search.Core.Tests.Indexing;

/// <summary>
/// A prune or a rebuild removes what is gone, never what only looks gone: an input folder that is empty (an unmounted share)
/// emptied the index with exit 0, and a file moved unchanged kept its old path, so a prune of its old folder removed it.
/// </summary>
public sealed class PruneSafetyTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ArticleIndexer _indexer = new(Seeds.Gazetteer, NullLogger<ArticleIndexer>.Instance);

    private IndexSummary Run(bool prune = false, bool rebuild = false, params string[] inputs) =>
        _indexer.Run(new IndexRun { Inputs = [.. inputs.Select(i => _folder[i])], IndexPath = _folder["index"], Prune = prune, Rebuild = rebuild });

    private const string Wire = "{\"id\":\"w1\",\"title\":\"t\",\"body\":\"one\"}\n{\"id\":\"w2\",\"title\":\"t\",\"body\":\"two\"}\n";

    [Fact]
    public void AFileMovedUnchangedIsRecordedAtItsNewPlaceAndAPruneOfTheOldFolderKeepsIt()
    {
        _folder.Write("a/x/story.txt", "A story that stays in x.");
        _folder.Write("a/x/wire.jsonl", Wire);
        Run(inputs: "a");
        File.Move(_folder["a/x/wire.jsonl"], Directory.CreateDirectory(_folder["a/y"]).FullName + "/wire.jsonl");

        var moved = Run(prune: true, inputs: "a");
        Assert.Equal((0, 2, 1), (moved.Removed, moved.Updated, moved.Unchanged));
        var pruned = Run(prune: true, inputs: "a/x");
        Assert.Equal((0, 3), (pruned.Removed, pruned.TotalArticles));
    }

    [Fact]
    public void APruneOfAnInputFolderWithNoArticleFileKeepsItsArticlesAndSaysSo()
    {
        _folder.Write("share/story.txt", "A story on the share.");
        _folder.Write("share/wire.jsonl", Wire);
        Run(inputs: "share");
        Directory.Move(_folder["share"], _folder["share.away"]);
        Directory.CreateDirectory(_folder["share"]);

        var summary = Run(prune: true, inputs: "share");
        Assert.Equal((0, 3), (summary.Removed, summary.TotalArticles));
        Assert.Contains(summary.Problems, p => p.IsWarning && p.Message.Contains("3 articles from this folder", StringComparison.Ordinal));

        // Emptied on purpose, it says so, and its articles go.
        Assert.Equal(3, _indexer.Run(new IndexRun { Inputs = [_folder["share"]], IndexPath = _folder["index"], Prune = true, AllowEmpty = true }).Removed);
    }

    [Fact]
    public void ARebuildFromAnEmptyInputFolderIsNotCommitted()
    {
        _folder.Write("share/wire.jsonl", Wire);
        Run(inputs: "share");
        File.Delete(_folder["share/wire.jsonl"]);

        var summary = Run(rebuild: true, inputs: "share");
        Assert.Equal(2, summary.TotalArticles);
        Assert.False(summary.Committed);
        Assert.Contains("not committed", summary.NotCommitted);
        // A refusal is no failed input: "failed: 1" was counted where no input had failed.
        Assert.Equal(0, summary.Failed);
    }

    [Fact]
    public void ARebuildThatReadsNoArticleIsNotCommittedUnlessAsked()
    {
        // From another folder that is empty (a copy not finished): the index was emptied with exit 0.
        _folder.Write("a/wire.jsonl", Wire);
        Run(inputs: "a");
        Directory.CreateDirectory(_folder["new"]);
        var refused = Run(rebuild: true, inputs: "new");
        Assert.Equal(2, refused.TotalArticles);
        Assert.Contains("read no article", refused.NotCommitted);
        var asked = _indexer.Run(new IndexRun { Inputs = [_folder["new"]], IndexPath = _folder["index"], Rebuild = true, AllowEmpty = true });
        Assert.Equal((0, 2), (asked.TotalArticles, asked.Removed));
    }

    [Fact]
    public void ARebuildOverADamagedIndexWithAMistypedInputLeavesItAsItIs()
    {
        // The damaged commit was cleared first, and with it every segment, then nothing was read and an empty index committed.
        _folder.Write("a/wire.jsonl", Wire);
        Run(inputs: "a");
        string commit = Assert.Single(Directory.GetFiles(_folder["index"], "segments_*"));
        using (var stream = File.OpenWrite(commit)) stream.SetLength(30);
        var files = Directory.GetFiles(_folder["index"]).Order().ToList();

        Assert.Throws<Core.Indexing.Writer.IndexDamagedException>(() => Run(rebuild: true, inputs: "a-typo"));
        Assert.Equal(files, Directory.GetFiles(_folder["index"]).Order().ToList());
    }

    [Fact]
    public void ARebuildCountsWhatItDropped()
    {
        _folder.Write("a/story.txt", "A story.");
        _folder.Write("b/wire.jsonl", Wire);
        Run(inputs: ["a", "b"]);
        var summary = Run(rebuild: true, inputs: "b");
        Assert.Equal((1, 2), (summary.Removed, summary.TotalArticles));
    }

    [Fact]
    public void ARunUnderAnotherArticleLengthLimitReindexesTheArticlesItCuts()
    {
        // Raised, the limit left the text cut earlier cut ("unchanged"); lowered, it left a whole text whole.
        string end = "The harbour board will meet again in March.";
        _folder.Write("a/long.txt", string.Concat(Enumerable.Repeat("The board met on Thursday to agree the new tariffs for the port. ", 40)) + "\n\n" + end);
        IndexSummary Under(int limit) => new ArticleIndexer(Seeds.Gazetteer, Core.Ingestion.ArticleReaders.All(), new Core.Ingestion.ReadLimits { MaxArticleChars = limit },
            NullLogger<ArticleIndexer>.Instance).Run(new IndexRun { Inputs = [_folder["a"]], IndexPath = _folder["index"] });
        bool EndFound()
        {
            using var host = TestHost.Open(_folder["index"]);
            using var searcher = new Core.Search.ArticleSearcher(host, Microsoft.Extensions.Options.Options.Create(new Core.Search.SearchOptions()));
            return searcher.Search(new Core.Search.SearchRequest { Query = "\"meet again in March\"" }).Total == 1;
        }

        Assert.Equal(1, Under(1_000).Added);
        Assert.False(EndFound());
        Assert.Equal(1, Under(1_000_000).Updated);
        Assert.True(EndFound());
        Assert.Equal(1, Under(1_000).Updated);
        Assert.False(EndFound());
        Assert.Equal(1, Under(1_000).Unchanged);
    }

    public void Dispose() => _folder.Dispose();
}
