using Search.Core.Ingestion;

namespace Search.Core.Tests.Ingestion.Files;

/// <summary>
/// A reader's unforeseen failure ends its file as one problem, after the articles it read: it must not stop a run, or a
/// watch, over the other files (a Latin-1 line once did, through System.Text.Json).
/// </summary>
public sealed class ReaderFailureTests
{
    private sealed class FailingReader : IArticleReader
    {
        public string Format => "failing";

        public IReadOnlyList<string> Extensions { get; } = [".fail"];

        public IEnumerable<ReadOutcome> Read(string path, ReadLimits limits)
        {
            yield return ReadOutcome.Of(new RawArticle("first", path, 1, [new RawParagraph("A first article.", 1)], new GivenMetadata()));
            yield return ReadOutcome.Fail(path, 2, "a bad line");
            throw new InvalidOperationException("something no reader foresaw");
        }
    }

    [Fact]
    public void AReaderThatThrowsEndsItsFileAsAProblemAfterWhatItRead()
    {
        var outcomes = new ArticleReaders([new FailingReader()]).Read("archive.fail", ReadLimits.Default).ToList();
        Assert.Equal(3, outcomes.Count);
        Assert.Equal("first", outcomes[0].Article!.Id);
        var last = outcomes[2].Problem!;
        Assert.Equal(3, last.Line);
        Assert.Contains("something no reader foresaw", last.Message);
        Assert.StartsWith("archive.fail:3: reading stopped after line 2", last.ToString());
    }
}
