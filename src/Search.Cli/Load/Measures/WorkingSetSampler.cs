using System.Globalization;

namespace Search.Cli.Load;

/// <summary>
/// Samples a process's resident set (VmRSS in <c>/proc/PID/status</c>) every quarter second while a level
/// runs and keeps the largest, so a short peak between two readings is rarely missed.
/// </summary>
internal sealed class WorkingSetSampler : IAsyncDisposable
{
    private readonly int _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long? _peak;

    private WorkingSetSampler(int pid)
    {
        _pid = pid;
        _sampling = SampleAsync();
    }

    /// <summary>Starts sampling <paramref name="pid"/>, or nothing when no pid was given.</summary>
    public static WorkingSetSampler? Start(int? pid) => pid is { } p ? new WorkingSetSampler(p) : null;

    /// <summary>The largest resident set seen so far, in bytes; null when the process could not be read.</summary>
    public long? PeakBytes => _peak;

    /// <summary>The VmRSS line of <c>/proc/PID/status</c> in bytes; null when the process is gone or the line is missing.</summary>
    public static long? Read(int pid)
    {
        try
        {
            foreach (string line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) return ParseKilobytes(line) * 1024;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* the process ended: no reading */ }
        return null;
    }

    /// <summary>The number in a line such as <c>VmRSS:   123456 kB</c>.</summary>
    public static long? ParseKilobytes(string line)
    {
        var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out long kb) ? kb : null;
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        do
        {
            if (Read(_pid) is { } bytes) _peak = Math.Max(_peak ?? 0, bytes);
        }
        while (await WaitAsync(timer));
    }

    private async Task<bool> WaitAsync(PeriodicTimer timer)
    {
        try
        {
            return await timer.WaitForNextTickAsync(_stop.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }
}
