using System.ComponentModel.DataAnnotations;

namespace Search.Web.Protection;

/// <summary>
/// How many searches, article pages and API calls one client address may make (configuration section
/// <c>Search:RateLimit</c>). A fixed window per address: past the limit the answer is 429 with
/// <c>Retry-After</c>, until the window ends. Static files are not counted.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "Search:RateLimit";

    /// <summary>Off turns the limit off (for a site behind a proxy that limits already).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Requests one client address may make per window. An analyst clicking through results makes a few a minute.</summary>
    [Range(1, 100_000_000)]
    public int PermitsPerWindow { get; set; } = 100;

    /// <summary>The window's length in seconds.</summary>
    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 10;
}
