using System.Diagnostics;
using Search.Core.Indexing.Writer;

namespace Search.Cli.Tests;

/// <summary>
/// Issue 12, faults 1 and 2, with real child processes: one writer per index folder, and a kill at any
/// moment leaves the last commit readable (or no index), with the next run finishing the job without duplicates.
/// </summary>
public sealed class WriterSafetyTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "search-writer-" + Guid.NewGuid().ToString("N"));
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    private string Index => Path.Combine(_root, "index");

    [Fact]
    public async Task ASecondIndexerIsRefusedAtOnceAndNothingCommittedIsLost()
    {
        string first = IndexFolder.WriteArticles(Path.Combine(_root, "first.jsonl"), 1500, "a");
        Assert.Equal(0, (await CliRunner.RunAsync(Limit, "index", first, "--to", Index)).Code);

        // A: changes all 1,500 and adds 3,000, committing as it goes; B tries to write meanwhile.
        string changed = IndexFolder.WriteArticles(Path.Combine(_root, "changed.jsonl"), 1500, "a", variant: "again");
        string more = IndexFolder.WriteArticles(Path.Combine(_root, "more.jsonl"), 3000, "b");
        using var a = CliRunner.Start("index", changed, more, "--to", Index, "--commit-every", "200", "--json");
        var aLines = new List<string>();
        var aOutput = Task.Run(() =>
        {
            for (string? line; (line = a.StandardOutput.ReadLine()) != null;)
                lock (aLines) aLines.Add(line);
        });
        var aErrors = a.StandardError.ReadToEndAsync();
        // Its first progress line comes after it took the lock and started writing.
        var clock = Stopwatch.StartNew();
        while (!a.HasExited && clock.Elapsed < Limit)
        {
            lock (aLines) if (aLines.Any(l => l.Contains("\"progress\""))) break;
            await Task.Delay(10);
        }

        var b = await CliRunner.RunAsync(Limit, "index", first, "--to", Index);
        Assert.False(a.HasExited, "the first indexer ended before the second started");
        Assert.Equal(3, b.Code);
        Assert.Contains("another indexer is writing to this index", b.Errors);

        // While A runs, readers only ever see whole commits, and never fewer articles than were committed.
        int least = 1500;
        while (!a.HasExited)
        {
            var ids = IndexFolder.Ids(Index);
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.True(ids.Count >= least, $"{ids.Count} articles after a commit of {least}");
            least = ids.Count;
            await Task.Delay(50);
        }
        await a.WaitForExitAsync();
        await aOutput;
        Assert.True(a.ExitCode == 0, await aErrors);
        Assert.Contains("\"added\":3000", aLines.Last());
        Assert.Equal(4500, IndexFolder.Ids(Index).Distinct().Count());
    }

    [Fact]
    public async Task KillsAtRandomMomentsLeaveTheLastCommitAndTheNextRunFinishesWithoutDuplicates()
    {
        string articles = IndexFolder.WriteArticles(Path.Combine(_root, "articles.jsonl"), 2000);
        int seed = Environment.TickCount;
        var random = new Random(seed);
        int committed = 0;
        for (int round = 0; round < 8; round++)
        {
            // The first rounds hit the start, where a new index writes its first commit; later ones land mid-run.
            int delay = round < 4 ? random.Next(150, 900) : random.Next(300, 3000);
            using var run = CliRunner.Start("index", articles, "--to", Index, "--commit-every", "150");
            await Task.Delay(delay);
            run.Kill(entireProcessTree: true);
            await run.WaitForExitAsync();

            var (kind, problem) = IndexFolderState.Inspect(Index);
            Assert.True(kind != IndexFolderKind.Damaged, $"seed {seed}, round {round}, killed after {delay} ms: {problem}");
            if (kind != IndexFolderKind.Readable)
            {
                Assert.Equal(0, committed); // only a new index may be left without a commit
                continue;
            }
            var ids = IndexFolder.Ids(Index);
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.True(ids.Count >= committed, $"seed {seed}, round {round}: {ids.Count} articles after a commit of {committed}");
            committed = ids.Count;
        }

        var last = await CliRunner.RunAsync(Limit, "index", articles, "--to", Index);
        Assert.True(last.Code == 0, last.Errors);
        Assert.Contains($"unchanged:   {committed:N0}", last.Output);
        var final = IndexFolder.Ids(Index);
        Assert.Equal(2000, final.Count);
        Assert.Equal(2000, final.Distinct().Count());
    }

    [Fact]
    public async Task AnIndexerKilledDuringItsFirstCommitIsRecoveredByTheNextRunWhichSaysWhatItDid()
    {
        // The state such a kill leaves (Lucene 4.8 writes segments_1 in place): segment files and an empty segments_1.
        Directory.CreateDirectory(Index);
        File.WriteAllBytes(Path.Combine(Index, "_0.cfs"), new byte[512]);
        File.WriteAllBytes(Path.Combine(Index, "segments_1"), []);
        string articles = IndexFolder.WriteArticles(Path.Combine(_root, "articles.jsonl"), 10);

        var query = await CliRunner.RunAsync(Limit, "query", "police", "--index", Index);
        Assert.Equal(4, query.Code);
        Assert.Contains("run 'search index' to recover it", query.Errors);

        var run = await CliRunner.RunAsync(Limit, "index", articles, "--to", Index);
        Assert.True(run.Code == 0, run.Errors);
        Assert.Contains("segments_1 (0 bytes): a commit that was cut short", run.Errors);
        Assert.Contains("started the index again", run.Errors);
        Assert.Equal(10, IndexFolder.Ids(Index).Count);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
