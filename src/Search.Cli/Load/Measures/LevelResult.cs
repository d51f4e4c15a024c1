namespace Search.Cli.Load;

/// <summary>
/// What one concurrency level measured. <see cref="Errors"/> counts answers other than 2xx and 429, and
/// requests that failed outright; 429s (the rate limiter at work) are counted apart in <see cref="Throttled"/>.
/// </summary>
internal sealed record LevelResult(
    string Phase,
    int Concurrency,
    LatencySummary Latency,
    int Errors,
    int Throttled,
    IReadOnlyList<string> ErrorSamples,
    IReadOnlyDictionary<LoadQueryKind, double> P95MsByKind,
    long? SiteRssBytes);
