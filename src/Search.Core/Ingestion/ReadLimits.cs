using System.ComponentModel.DataAnnotations;

namespace Search.Core.Ingestion;

/// <summary>
/// Caps on what one input may cost, so one huge file cannot exhaust memory or make every later query
/// that ranks it slow (configuration section <c>Search:Ingestion</c>).
/// </summary>
public sealed class ReadLimits
{
    public const string SectionName = "Search:Ingestion";

    /// <summary>
    /// Longest article text kept, in characters (title and paragraphs). Longer articles are cut at a
    /// paragraph or word boundary and reported as a warning naming the file. 1,000,000 characters is
    /// a short book; a long news story is about 30,000.
    /// </summary>
    [Range(1_000, 100_000_000)]
    public int MaxArticleChars { get; set; } = 1_000_000;

    /// <summary>
    /// Largest file (seed text, HTML page, feed) or JSON Lines line read, in bytes. Larger ones are
    /// rejected unread. HTML carries several times its text in markup, hence the margin over the text cap.
    /// </summary>
    [Range(1_000, 2_000_000_000)]
    public long MaxFileBytes { get; set; } = 32 * 1024 * 1024;

    public static ReadLimits Default => new();
}
