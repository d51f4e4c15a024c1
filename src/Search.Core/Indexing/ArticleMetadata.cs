using System.Text.Json;
using Search.Core.Extraction;

namespace Search.Core.Indexing;

/// <summary>What the index stores about an article beyond its text: evidence and entity mentions, as JSON.</summary>
internal sealed record ArticleMetadata(Evidence? DateEvidence, Evidence? SourceEvidence, IReadOnlyList<Entity> Entities)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ArticleMetadata FromJson(string? json) =>
        (json == null ? null : JsonSerializer.Deserialize<ArticleMetadata>(json, Json)) ?? new ArticleMetadata(null, null, []);
}
