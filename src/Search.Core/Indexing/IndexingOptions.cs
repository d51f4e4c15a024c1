using System.ComponentModel.DataAnnotations;

namespace Search.Core.Indexing;

/// <summary>Where the index and the articles it is built from live (configuration section <c>Search</c>).</summary>
public sealed class IndexingOptions
{
    public const string SectionName = "Search";

    /// <summary>Folder of the Lucene index. Relative paths are resolved against the repository root.</summary>
    [Required]
    public string IndexPath { get; set; } = "index";

    /// <summary>Folder of the article files indexed on first start when the index is empty.</summary>
    [Required]
    public string ArticlesPath { get; set; } = "seeds";

    /// <summary>How the site reads the index files (<see cref="IndexDirectoryKind"/>).</summary>
    public IndexDirectoryKind Directory { get; set; } = IndexDirectoryKind.MMap;

    /// <summary>How often the site looks for a new commit of the index, in milliseconds.</summary>
    [Range(100, 600_000)]
    public int RefreshIntervalMs { get; set; } = 1000;

    /// <summary>The indexer commits after this many changed articles (and see <see cref="CommitEverySeconds"/>); a kill loses at most one batch.</summary>
    [Range(1, 10_000_000)]
    public int CommitEveryArticles { get; set; } = 10_000;

    /// <summary>The indexer commits when this many seconds have passed since its last commit and something changed.</summary>
    [Range(1, 86_400)]
    public int CommitEverySeconds { get; set; } = 10;

    /// <summary>
    /// How long the site waits for its first-start build before it listens; the build goes on behind, and requests are answered
    /// 503 until its first commit, then from what it has committed. A large archive kept the site from listening for the
    /// whole build, so a proxy in front answered 502.
    /// </summary>
    [Range(0, 86_400)]
    public int FirstBuildWaitSeconds { get; set; } = 10;
}
