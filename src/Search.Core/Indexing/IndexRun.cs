namespace Search.Core.Indexing;

/// <summary>What one indexing run is asked to do.</summary>
public sealed record IndexRun
{
    /// <summary>Files and folders to read (folders recursively).</summary>
    public required IReadOnlyList<string> Inputs { get; init; }

    /// <summary>The index folder.</summary>
    public required string IndexPath { get; init; }

    /// <summary>Globs of files to read, relative to each folder given; empty for every known format.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>Globs of files to leave out, relative to each folder given.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Remove indexed articles that came from these inputs but are no longer in them (their file, or their line, is gone).</summary>
    public bool Prune { get; init; }

    /// <summary>Start from an empty index. Committed once at the end, so readers see the old index until the new one is whole.</summary>
    public bool Rebuild { get; init; }

    /// <summary>
    /// Let a prune or a rebuild drop the articles of a folder that holds no article file now, and a rebuild that reads none
    /// commit: for a folder emptied on purpose. Without it they are kept, as an unmounted share looks the same.
    /// </summary>
    public bool AllowEmpty { get; init; }

    /// <summary>The site's first-start build: its commits say whether it finished, so a start after one that did not finishes it.</summary>
    public bool FirstBuild { get; init; }

    /// <summary>
    /// Find source, date, title and entities in the text (<see cref="Extraction.ArticleExtractor"/>). Off, an
    /// article keeps only the metadata its input states (<see cref="Extraction.GivenArticle"/>): for curated
    /// inputs, and so a benchmark can show what extraction costs.
    /// </summary>
    public bool Extraction { get; init; } = true;

    /// <summary>
    /// Lucene's in-memory buffer before it writes a segment, in MB; larger means fewer, bigger segments
    /// (fewer to merge, and fewer for facet counting to visit) for more memory while indexing.
    /// </summary>
    public double WriteBufferMb { get; init; } = 64;

    /// <summary>
    /// Threads that extract, analyse and write articles while the run reads its inputs on its own thread; 1 does all of
    /// it on one thread. The index holds the same articles either way; only the order of documents differs.
    /// </summary>
    public int Threads { get; init; } = DefaultThreads;

    /// <summary>One per core, at most four: Lucene's flushes and merges need cores too.</summary>
    public static int DefaultThreads => Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>Commit after this many changed articles.</summary>
    public int CommitEveryArticles { get; init; } = 10_000;

    /// <summary>Commit when this much time has passed since the last commit and something changed.</summary>
    public TimeSpan CommitEvery { get; init; } = TimeSpan.FromSeconds(10);
}
