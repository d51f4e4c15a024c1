using System.Diagnostics;
using System.Text.Json;

namespace Search.Cli.Tests;

/// <summary><c>search watch</c> as a real child process: files that appear, change and go are indexed as they do.</summary>
public sealed class WatchCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "search-watch-" + Guid.NewGuid().ToString("N"));
    private readonly List<JsonElement> _rounds = [];

    private string Articles => Path.Combine(_root, "articles");
    private string Index => Path.Combine(_root, "index");

    [Fact]
    public async Task IndexesFilesAsTheyAppearChangeAndGo()
    {
        Directory.CreateDirectory(Articles);
        File.WriteAllText(Path.Combine(Articles, "a.txt"), "The first article, about protests.");
        using var watch = CliRunner.Start("watch", Articles, "--to", Index, "--json", "--prune");
        _errors = watch.StandardError.ReadToEndAsync();
        var reading = Task.Run(() =>
        {
            for (string? line; (line = watch.StandardOutput.ReadLine()) != null;)
            {
                var element = JsonDocument.Parse(line).RootElement;
                if (element.GetProperty("event").GetString() == "summary")
                    lock (_rounds) _rounds.Add(element);
            }
        });
        try
        {
            Assert.Equal(1, (await NextRound(watch)).GetProperty("added").GetInt32());

            File.WriteAllText(Path.Combine(Articles, "b.txt"), "A second article, about troops.");
            Assert.Equal(1, (await NextRound(watch)).GetProperty("added").GetInt32());

            File.WriteAllText(Path.Combine(Articles, "a.txt"), "The first article, now about markets.");
            Assert.Equal(1, (await NextRound(watch)).GetProperty("updated").GetInt32());

            File.Delete(Path.Combine(Articles, "b.txt"));
            var removed = await NextRound(watch);
            Assert.Equal((1, 1), (removed.GetProperty("removed").GetInt32(), removed.GetProperty("articles").GetInt32()));
        }
        finally
        {
            watch.Kill(entireProcessTree: true);
            await watch.WaitForExitAsync();
            await reading;
        }
    }

    private int _taken;
    private Task<string>? _errors;

    private async Task<JsonElement> NextRound(Process watch)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            lock (_rounds)
                if (_rounds.Count > _taken) return _rounds[_taken++];
            if (watch.HasExited) Assert.Fail("watch stopped: " + await _errors!);
            await Task.Delay(50);
        }
        throw new TimeoutException("no indexing round within a minute");
    }

    [Fact]
    public void NothingToWatchIsSaidAtOnceNotWaitedOverWithTheLockHeld()
    {
        // It reported the missing folder, then held the index's lock until Ctrl+C.
        var (code, _, errors) = CliRunner.InProcess("watch", Path.Combine(_root, "no-such-folder"), "--to", Index);
        Assert.Equal(1, code);
        Assert.Contains("nothing to watch", errors);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
