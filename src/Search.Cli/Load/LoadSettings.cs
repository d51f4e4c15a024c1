namespace Search.Cli.Load;

/// <summary>What <c>search load</c> was asked to do, checked and parsed.</summary>
internal sealed record LoadSettings
{
    public required Uri Url { get; init; }
    public required IReadOnlyList<int> Levels { get; init; }
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(20);
    public int? MaxRequests { get; init; }
    public int? SitePid { get; init; }
    public int Seed { get; init; } = 18;
    public bool Json { get; init; }

    /// <summary>The query file's lines, replayed instead of the generated mix (<c>--queries</c>); null for the mix.</summary>
    public IReadOnlyList<string>? Queries { get; init; }

    /// <summary>Run every level again while an indexer child adds and changes articles; needs <see cref="IndexPath"/> and <see cref="ArticlesPath"/>.</summary>
    public bool WhileIndexing { get; init; }
    public string? IndexPath { get; init; }
    public string? ArticlesPath { get; init; }
    public int Add { get; init; } = 2_000;
    public int Change { get; init; } = 2_000;
    public int CommitEvery { get; init; } = 500;

    /// <summary>Requests in the mix; a worker past the end starts again at the beginning.</summary>
    public const int MixSize = 5_000;

    /// <summary>Unmeasured requests sent once before the first level, so the site's first-call costs (JIT, caches) are not in the figures.</summary>
    public const int WarmUpRequests = 100;

    /// <summary>How long an indexer child may run before it is stopped and the round counted as failed.</summary>
    public static readonly TimeSpan IndexerLimit = TimeSpan.FromMinutes(5);

    /// <summary>How long the check after indexing keeps asking for articles the site has not shown yet.</summary>
    public static readonly TimeSpan VerifyPatience = TimeSpan.FromSeconds(30);
}
