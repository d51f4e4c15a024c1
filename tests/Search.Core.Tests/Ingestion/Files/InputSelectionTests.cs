using Search.Core.Ingestion;
using Search.Core.Ingestion.Files;

namespace Search.Core.Tests.Ingestion.Files;

public sealed class InputSelectionTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private static readonly IReadOnlyList<string> Known = ArticleReaders.All().Extensions;

    private List<string> Relative(InputSelection selection) =>
        selection.Files.Select(f => Path.GetRelativePath(_folder.Path, f)).ToList();

    [Fact]
    public void FindsKnownFormatsRecursivelyInAStableOrderSkippingHiddenEntries()
    {
        _folder.Write("b.txt", "x");
        _folder.Write("a/c.jsonl", "x");
        _folder.Write("a/d.png", "x");
        _folder.Write(".git/e.txt", "x");
        _folder.Write(".hidden.txt", "x");
        var selection = InputSelection.Find([_folder.Path], Known);
        Assert.Equal(["a/c.jsonl", "b.txt"], Relative(selection));
        Assert.Empty(selection.Problems);
    }

    [Fact]
    public void FindsAKnownFormatWhateverTheCaseOfItsEnding()
    {
        // STORY.HTML and a.JSONL were read when named, but left out of a folder without a word.
        _folder.Write("STORY.HTML", "x");
        _folder.Write("a.JSONL", "x");
        _folder.Write("b.Txt", "x");
        Assert.Equal(["STORY.HTML", "a.JSONL", "b.Txt"], Relative(InputSelection.Find([_folder.Path], Known)));
    }

    [Fact]
    public void AFolderWithNothingToReadIsAWarningNotASilentNothing()
    {
        // A mistyped --include ('[') read nothing, and the run said "0 added" with exit 0.
        _folder.Write("photos/a.png", "x");
        _folder.Write("news/a.txt", "x");
        var photos = Assert.Single(InputSelection.Find([_folder["photos"]], Known).Problems);
        Assert.True(photos.IsWarning);
        Assert.StartsWith("no file here of a known format", photos.Message);
        var glob = Assert.Single(InputSelection.Find([_folder["news"]], Known, include: ["["]).Problems);
        Assert.Equal("no file here matches --include '['", glob.Message);
        Assert.Empty(InputSelection.Find([_folder["news"]], Known).Problems);
    }

    [Fact]
    public void AFolderGivenTwiceOrInsideAnotherIsNoFolderOfNothing()
    {
        // "no file here of a known format", of a folder whose 5 articles were read, since the first input had taken them.
        _folder.Write("news/a.txt", "x");
        _folder.Write("news/sub/b.txt", "x");
        var selection = InputSelection.Find([_folder["news"], _folder["news"], _folder["news/sub"]], Known);
        Assert.Equal(["news/a.txt", "news/sub/b.txt"], Relative(selection));
        Assert.Empty(selection.Problems);
    }

    [Fact]
    public void AppliesIncludeAndExcludeGlobs()
    {
        _folder.Write("2022/a.txt", "x");
        _folder.Write("2022/drafts/b.txt", "x");
        _folder.Write("2023/c.txt", "x");
        _folder.Write("2023/d.jsonl", "x");
        var selection = InputSelection.Find([_folder.Path], Known, include: ["**/*.txt"], exclude: ["**/drafts/**", "2023/**"]);
        Assert.Equal(["2022/a.txt"], Relative(selection));
    }

    [Fact]
    public void ReportsAMissingInputAndABrokenLinkAsProblems()
    {
        _folder.Write("good.txt", "x");
        File.CreateSymbolicLink(_folder["broken.txt"], _folder["nowhere.txt"]);
        var selection = InputSelection.Find([_folder.Path, _folder["absent"]], Known);
        Assert.Equal(["good.txt"], Relative(selection));
        Assert.Contains(selection.Problems, p => p.Path == _folder["broken.txt"] && p.Message.Contains("broken symbolic link"));
        Assert.Contains(selection.Problems, p => p.Path == _folder["absent"] && p.Message == "no such file or folder");
    }

    [Fact]
    public void FollowsALinkToAFolderOnceEvenWhenItLoops()
    {
        _folder.Write("real/a.txt", "x");
        Directory.CreateSymbolicLink(_folder["real/loop"], _folder["real"]);
        var selection = InputSelection.Find([_folder["real"]], Known);
        Assert.Equal(["real/a.txt"], Relative(selection));
    }

    [Fact]
    public void SkipsANamedPipeWithAMessageInsteadOfHanging()
    {
        _folder.Write("a.txt", "x");
        string pipe = _folder.Fifo("pipe.txt");
        var selection = InputSelection.Find([_folder.Path], Known);
        Assert.Equal(["a.txt"], Relative(selection));
        var problem = Assert.Single(selection.Problems);
        Assert.Equal($"{pipe}: a named pipe, not a regular file; skipped", problem.ToString());
    }

    [Fact]
    public void ChecksAFileBeforeItIsOpened()
    {
        Assert.Equal("the file is empty", InputFile.Check(_folder.Write("empty.txt", ""), 100));
        Assert.Contains("the file is 200 bytes, over the limit of 100 bytes", InputFile.Check(_folder.Write("big.txt", new string('x', 200)), 100));
        Assert.Equal("a named pipe, not a regular file; skipped", InputFile.Check(_folder.Fifo("p.txt"), 100));
        Assert.Null(InputFile.Check(_folder.Write("ok.txt", "fine"), 100));
        File.CreateSymbolicLink(_folder["link.txt"], _folder["ok.txt"]);
        Assert.Null(InputFile.Check(_folder["link.txt"], 100));
    }

    public void Dispose() => _folder.Dispose();
}
