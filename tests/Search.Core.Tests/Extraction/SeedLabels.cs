using System.Text.Json;

namespace Search.Core.Tests.Extraction;

/// <summary>Hand-written labels of the seed articles (Labels/seed-labels.json), written by reading them, not from the extractor.</summary>
public sealed record SeedLabel(string? Title, string? Date, string? Source, List<string> People, List<string> Orgs, List<string> Places, List<string>? Authors = null)
{
    public static IReadOnlyDictionary<string, SeedLabel> Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Extraction", "Labels", "seed-labels.json");
        return JsonSerializer.Deserialize<Dictionary<string, SeedLabel>>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }
}
