using System.Text.Json;
using Search.Core.Extraction;

namespace Search.Core.Indexing.Documents;

/// <summary>
/// What the index stores about an article beyond its text, as JSON: evidence, entity mentions, and the
/// values the input gave (url, authors, language; whether the title was given).
/// </summary>
internal sealed record ArticleMetadata(Evidence? DateEvidence, Evidence? SourceEvidence, IReadOnlyList<Entity> Entities)
{
    public string? Url { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Language { get; init; }
    public bool TitleGiven { get; init; }

    /// <summary>The moment of publication as the input wrote it, with its offset from UTC, when it gave the time of day.</summary>
    public DateTimeOffset? Published { get; init; }

    public static ArticleMetadata Of(Article article) => new(article.Date?.Evidence, article.Source?.Evidence, article.Entities)
    {
        Url = article.Url,
        Authors = article.Authors,
        Language = article.Language,
        TitleGiven = article.TitleGiven,
        Published = article.Published,
    };

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ArticleMetadata FromJson(string? json) =>
        (json == null ? null : JsonSerializer.Deserialize<ArticleMetadata>(json, Json)) ?? new ArticleMetadata(null, null, []);
}
