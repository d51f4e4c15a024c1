using System.Diagnostics;
using System.Net;

namespace Search.Cli.Load;

/// <summary>
/// Runs one concurrency level: that many workers send the mix's requests in turn, each waiting for its
/// answer (closed loop), until the level's time is up, its request count is reached or <c>stop</c> fires.
/// </summary>
/// <remarks>
/// NOTE: requests already sent when the level stops are allowed to finish, so the end of a level is never
/// counted as errors; each request still has its own timeout.
/// </remarks>
internal sealed class LoadRunner(HttpClient http, IReadOnlyList<LoadRequest> mix)
{
    /// <summary>How many failures are quoted in the report, to say what went wrong without flooding it.</summary>
    private const int SamplesKept = 5;

    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    public async Task<LevelResult> RunAsync(string phase, int concurrency, TimeSpan duration, int? maxRequests, int? sitePid, CancellationToken stop)
    {
        using var timeUp = CancellationTokenSource.CreateLinkedTokenSource(stop);
        timeUp.CancelAfter(duration);
        var tally = new Tally();
        int next = -1;
        await using var workingSet = WorkingSetSampler.Start(sitePid);
        var started = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (!timeUp.IsCancellationRequested)
            {
                int n = Interlocked.Increment(ref next);
                if (maxRequests is { } max && n >= max) break;
                await SendAsync(mix[n % mix.Count], tally);
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var elapsed = started.Elapsed;
        return new LevelResult(
            phase,
            concurrency,
            LatencySummary.From(tally.Latencies, elapsed),
            tally.Errors,
            tally.Throttled,
            tally.Samples,
            tally.ByKind.ToDictionary(k => k.Key, k => LatencySummary.Percentile(k.Value.Order().ToList(), 95)),
            workingSet?.PeakBytes);
    }

    private async Task SendAsync(LoadRequest request, Tally tally)
    {
        long start = Stopwatch.GetTimestamp();
        string? failure;
        bool throttled = false;
        try
        {
            using var timeout = new CancellationTokenSource(RequestTimeout);
            using var response = await http.GetAsync(request.PathAndQuery, HttpCompletionOption.ResponseContentRead, timeout.Token);
            throttled = response.StatusCode == HttpStatusCode.TooManyRequests;
            failure = response.IsSuccessStatusCode || throttled ? null : $"{(int)response.StatusCode} {request.PathAndQuery}";
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
        {
            failure = $"{e.GetType().Name}: {e.Message} ({request.PathAndQuery})";
        }
        double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        tally.Add(request.Kind, ms, failure, throttled);
    }

    /// <summary>The level's counts, shared by its workers.</summary>
    private sealed class Tally
    {
        private readonly Lock _lock = new();
        public List<double> Latencies { get; } = [];
        public Dictionary<LoadQueryKind, List<double>> ByKind { get; } = [];
        public List<string> Samples { get; } = [];
        public int Errors { get; private set; }
        public int Throttled { get; private set; }

        public void Add(LoadQueryKind kind, double ms, string? failure, bool throttled)
        {
            lock (_lock)
            {
                Latencies.Add(ms);
                if (!ByKind.TryGetValue(kind, out var list)) ByKind[kind] = list = [];
                list.Add(ms);
                if (throttled) Throttled++;
                if (failure == null) return;
                Errors++;
                if (Samples.Count < SamplesKept) Samples.Add(failure);
            }
        }
    }
}
