namespace Search.Core.Ingestion;

/// <summary>
/// Metadata an input states outright (a JSON Lines field, an HTML meta tag, a feed item's date, the seed
/// header). Given values win over extracted ones, and the article page says which was which.
/// </summary>
public sealed record GivenMetadata
{
    public static readonly GivenMetadata None = new();

    /// <summary>Where the values were stated, for the evidence shown to the user ("JSON Lines", "HTML meta", "seed header").</summary>
    public string Origin { get; init; } = "";

    public string? Title { get; init; }
    public DateOnly? Date { get; init; }

    /// <summary>
    /// The moment of publication, when the input gives a time of day with the date (a feed's pubDate, a JSON Lines
    /// timestamp, a page's published_time): it orders one day's articles. <see cref="Date"/> is its day as written.
    /// </summary>
    public DateTimeOffset? Published { get; init; }
    public string? Source { get; init; }
    public string? Url { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Language { get; init; }
    public IReadOnlyList<string> People { get; init; } = [];
    public IReadOnlyList<string> Organizations { get; init; } = [];
    public IReadOnlyList<string> Places { get; init; } = [];
}
