using System.Diagnostics;

namespace Search.Cli.Load;

/// <summary>
/// <c>search index FILE --to INDEX</c> run as another process (<c>dotnet search.dll</c>, the same build),
/// so the site and the indexer share only the index folder, as they do in production.
/// </summary>
internal sealed class IndexerChild : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _errors;
    private readonly Task<TimeSpan> _exited;

    private IndexerChild(Process process)
    {
        _process = process;
        _output = process.StandardOutput.ReadToEndAsync();
        _errors = process.StandardError.ReadToEndAsync();
        // The run time is taken when the process ends (its StartTime cannot be read once it has exited on Linux).
        var clock = Stopwatch.StartNew();
        _exited = process.WaitForExitAsync().ContinueWith(_ => clock.Elapsed, TaskScheduler.Default);
    }

    /// <summary>The command line's own assembly, beside this one.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "search.dll");

    public static IndexerChild Start(string file, string indexPath, int commitEvery)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in new[] { Dll, "index", file, "--to", indexPath, "--commit-every", commitEvery.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            info.ArgumentList.Add(arg);
        return new IndexerChild(Process.Start(info) ?? throw new LoadFailedException("The indexer process could not be started."));
    }

    /// <summary>Completes when the indexer exits.</summary>
    public Task Exited => _exited;

    /// <summary>Waits for the indexer to finish (killing it after <paramref name="limit"/>) and returns its exit code, run time and output.</summary>
    public async Task<IndexerOutcome> WaitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            return new IndexerOutcome(-1, await _exited, await _output, $"the indexer did not finish within {limit.TotalSeconds:0} s and was stopped\n" + await _errors);
        }
        return new IndexerOutcome(_process.ExitCode, await _exited, await _output, await _errors);
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}

/// <summary>How the indexer child ended: exit code 0 is success (see <see cref="ExitCodes"/>).</summary>
internal sealed record IndexerOutcome(int ExitCode, TimeSpan Elapsed, string Output, string Errors);
