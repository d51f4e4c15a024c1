using Search.Core.Ingestion;
using Search.Core.Ingestion.Seeds;

namespace Search.Core.Tests.Ingestion.Files;

/// <summary>Issue 12, fault 3: files that must be refused or cut, never indexed as they are and never a hang.</summary>
public sealed class SeedFileSafetyTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SeedArticleReader _reader = new();

    private ReadOutcome Read(string path, ReadLimits? limits = null) => Assert.Single(_reader.Read(path, limits ?? ReadLimits.Default));

    [Fact]
    public void RejectsAZeroByteFile()
    {
        var outcome = Read(_folder.Write("empty.txt", ""));
        Assert.Null(outcome.Article);
        Assert.Equal($"{_folder["empty.txt"]}: the file is empty", outcome.Problem!.ToString());
    }

    [Fact]
    public void RejectsANulOnlyFileInsteadOfIndexingATitleOfNuls()
    {
        var outcome = Read(_folder.Write("nul.txt", new byte[4096]));
        Assert.Null(outcome.Article);
        Assert.Contains("no article text", outcome.Problem!.Message);
    }

    [Fact]
    public async Task SkipsANamedPipeWithoutBlocking()
    {
        var read = Task.Run(() => Read(_folder.Fifo("pipe.txt")));
        var outcome = await read.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Contains("named pipe", outcome.Problem!.Message);
    }

    [Fact]
    public void ReportsABrokenSymbolicLinkAsPathAndProblem()
    {
        File.CreateSymbolicLink(_folder["link.txt"], _folder["gone.txt"]);
        Assert.StartsWith($"{_folder["link.txt"]}: a broken symbolic link", Read(_folder["link.txt"]).Problem!.ToString());
    }

    [Fact]
    public void RefusesAFileOverTheSizeLimitUnreadAndCutsALongArticleWithAWarning()
    {
        Assert.Contains("over the limit", Read(_folder.Write("huge.txt", new string('x', 5000)), new ReadLimits { MaxFileBytes = 4000 }).Problem!.Message);

        string text = string.Join("\n\n", Enumerable.Range(0, 500).Select(i => $"Paragraph {i} says something about the protests."));
        var outcome = Read(_folder.Write("long.txt", text), new ReadLimits { MaxArticleChars = 2000 });
        Assert.True(outcome.Article!.Truncated);
        Assert.InRange(outcome.Article.Paragraphs.Sum(p => p.Text.Length), 1000, 2002);
        Assert.Equal($"{_folder["long.txt"]}:1: {outcome.Problem!.Message}", outcome.Problem.ToString());
        Assert.True(outcome.Problem.IsWarning);
    }

    public void Dispose() => _folder.Dispose();
}
