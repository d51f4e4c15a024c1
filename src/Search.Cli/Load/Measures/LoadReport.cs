using System.Text.Json;

namespace Search.Cli.Load;

/// <summary>Writes the load run as a table for people or, with <c>--json</c>, as one JSON object a line.</summary>
internal sealed class LoadReport(LoadSettings settings, TextWriter output, TextWriter errors)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private int _errors;
    private int _throttled;
    private int _lost;
    private int _failedIndexers;

    public void Start(SiteSample sample)
    {
        string limit = settings.MaxRequests is { } max ? $"{settings.Duration.TotalSeconds:0} s or {max:N0} requests" : $"{settings.Duration.TotalSeconds:0} s";
        if (settings.Json)
        {
            Write(new { @event = "start", url = settings.Url.ToString(), seed = settings.Seed, levels = settings.Levels, secondsPerLevel = settings.Duration.TotalSeconds, maxRequests = settings.MaxRequests, replayedQueries = settings.Queries?.Count, sampledIds = sample.ArticleIds.Count, sampledFilters = sample.Filters.Count });
            return;
        }
        if (settings.Queries is { } queries)
            output.WriteLine($"Load on {settings.Url}: {queries.Count:N0} queries from the file, replayed in turn as full searches; up to {limit} per level.");
        else
            output.WriteLine($"Load on {settings.Url}: {LoadSettings.MixSize:N0} requests of {Enum.GetValues<LoadQueryKind>().Length - 1} kinds in turn (seed {settings.Seed}), " +
                $"filters from {sample.Filters.Count} facet values, articles from {sample.ArticleIds.Count} ids; up to {limit} per level.");
        output.WriteLine($"{"phase",-15} {"conc",4} {"requests",9} {"req/s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8} {"errors",7} {"429",5} {"site RSS",9}");
    }

    public void Level(LevelResult r)
    {
        _errors += r.Errors;
        _throttled += r.Throttled;
        var l = r.Latency;
        if (settings.Json)
        {
            Write(new
            {
                @event = "level", phase = r.Phase, concurrency = r.Concurrency, requests = l.Requests, seconds = Math.Round(l.Seconds, 2),
                requestsPerSecond = Math.Round(l.RequestsPerSecond, 1), p50Ms = Math.Round(l.P50Ms, 1), p95Ms = Math.Round(l.P95Ms, 1),
                p99Ms = Math.Round(l.P99Ms, 1), maxMs = Math.Round(l.MaxMs, 1), errors = r.Errors, throttled = r.Throttled,
                siteRssMb = Megabytes(r.SiteRssBytes), p95MsByKind = r.P95MsByKind.ToDictionary(k => k.Key.ToString(), k => Math.Round(k.Value, 1)),
                errorSamples = r.ErrorSamples,
            });
            return;
        }
        string rss = r.SiteRssBytes is { } b ? $"{Megabytes(b)} MB" : "-";
        output.WriteLine($"{r.Phase,-15} {r.Concurrency,4} {l.Requests,9:N0} {l.RequestsPerSecond,8:0.0} {l.P50Ms,8:0.0} {l.P95Ms,8:0.0} {l.P99Ms,8:0.0} {l.MaxMs,8:0.0} {r.Errors,7:N0} {r.Throttled,5:N0} {rss,9}");
        foreach (string sample in r.ErrorSamples) output.WriteLine($"    error: {sample}");
    }

    public void Round(int concurrency, IndexerOutcome indexer, Verification check)
    {
        _lost += check.AddedMissing + check.ChangedStale;
        if (indexer.ExitCode != ExitCodes.Ok) _failedIndexers++;
        if (settings.Json)
        {
            Write(new
            {
                @event = "indexing", concurrency, indexerExitCode = indexer.ExitCode, indexerSeconds = Math.Round(indexer.Elapsed.TotalSeconds, 2),
                added = check.Added, changed = check.Changed, addedMissing = check.AddedMissing, changedStale = check.ChangedStale, examples = check.Examples,
            });
        }
        else
        {
            string verdict = check.NothingLost ? "every one found by id with its new text" : $"{check.AddedMissing:N0} added not found, {check.ChangedStale:N0} changed still old";
            output.WriteLine($"    indexer (another process): +{check.Added:N0} new, {check.Changed:N0} changed in {indexer.Elapsed.TotalSeconds:0.0} s, exit {indexer.ExitCode}; {verdict}");
            foreach (string example in check.Examples) output.WriteLine($"    lost: {example}");
        }
        if (indexer.ExitCode != ExitCodes.Ok) errors.WriteLine($"the indexer ended with exit code {indexer.ExitCode}:\n{indexer.Errors.Trim()}");
    }

    public void End(bool clean)
    {
        string verdict = clean
            ? $"zero errors{(settings.WhileIndexing ? ", nothing lost" : "")}{(_throttled > 0 ? $" ({_throttled:N0} answers were 429: raise the site's rate limit for a load run)" : "")}"
            : $"PROBLEMS: {_errors:N0} errors{(settings.WhileIndexing ? $", {_lost:N0} articles lost or stale, {_failedIndexers} indexer runs failed" : "")}";
        if (settings.Json) Write(new { @event = "summary", ok = clean, errors = _errors, throttled = _throttled, lost = _lost, failedIndexers = _failedIndexers });
        else output.WriteLine(verdict);
    }

    public void Fatal(string message)
    {
        if (settings.Json) Write(new { @event = "fatal", message });
        errors.WriteLine(message);
    }

    private void Write(object value)
    {
        output.WriteLine(JsonSerializer.Serialize(value, Json));
        output.Flush();
    }

    private static long? Megabytes(long? bytes) => bytes is { } b ? (long)Math.Round(b / 1048576.0) : null;
}
