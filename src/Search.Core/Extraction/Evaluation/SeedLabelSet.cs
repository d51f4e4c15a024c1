using System.Text.Json;
using Search.Core.Ingestion;
using Search.Core.Ingestion.Seeds;

namespace Search.Core.Extraction.Evaluation;

/// <summary>
/// The seed articles with their hand labels (<c>seed-labels.json</c>: per article id, the headline or null,
/// date, source, people, orgs and places a reader finds in it, and the reporters its by-line and contributor lines credit). Every field is judged, false hits included.
/// </summary>
public static class SeedLabelSet
{
    private sealed record Label(string? Title, string? Date, string? Source, List<string> People, List<string> Orgs, List<string> Places, List<string>? Authors);

    public static IEnumerable<LabelledArticle> Load(string labelsFile, string seedsFolder)
    {
        var labels = JsonSerializer.Deserialize<Dictionary<string, Label>>(File.ReadAllText(labelsFile), new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException($"{labelsFile}: no labels");
        foreach (var (id, label) in labels)
        {
            var outcome = new SeedArticleReader().Read(Path.Combine(seedsFolder, id + ".txt"), ReadLimits.Default).Single();
            var article = outcome.Article ?? throw new InvalidDataException(outcome.Problem?.ToString() ?? $"{id}: unreadable");
            yield return new LabelledArticle(article)
            {
                Title = label.Title,
                Date = label.Date is { } d ? DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture) : null,
                JudgesDate = true,
                Source = label.Source,
                JudgesSource = true,
                Entities = new Dictionary<EntityType, IReadOnlyList<string>>
                {
                    [EntityType.Person] = label.People, [EntityType.Organization] = label.Orgs, [EntityType.Place] = label.Places,
                },
                JudgesEntityPrecision = true,
                Authors = label.Authors,
            };
        }
    }
}
