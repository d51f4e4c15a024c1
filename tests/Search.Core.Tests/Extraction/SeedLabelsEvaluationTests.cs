using Search.Core.Extraction;
using Search.Core.Ingestion;
using Xunit.Abstractions;

namespace Search.Core.Tests.Extraction;

/// <summary>Measures extraction against the hand labels of the seeds: exact for title, date and source; precision and recall for entities.</summary>
public class SeedLabelsEvaluationTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyDictionary<string, SeedLabel> Labels = SeedLabel.Load();
    private static readonly ArticleExtractor Extractor = new(Seeds.Gazetteer);

    public static TheoryData<string> Ids() => new(Labels.Keys);

    private static Article Extract(string id) => Extractor.Extract(Seeds.Read(id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void FindsTheLabelledDate(string id)
    {
        var expected = Labels[id].Date is { } d ? DateOnly.Parse(d) : (DateOnly?)null;
        Assert.Equal(expected, Extract(id).Date?.Value);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void FindsTheLabelledSourceOrNone(string id)
    {
        var source = Extract(id).Source;
        if (Labels[id].Source is not { } expected)
        {
            Assert.Null(source);
            return;
        }
        Assert.NotNull(source);
        Assert.Contains(expected, Seeds.Gazetteer.NamesOf(EntityType.Organization, source.Value));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void UsesTheHeadlineOrElseTheLeadSentence(string id)
    {
        var article = Extract(id);
        if (Labels[id].Title is { } headline)
        {
            Assert.Equal(headline, article.Title);
            Assert.DoesNotContain(headline, article.Paragraphs);
            return;
        }
        Assert.True(article.Title.Length <= TitleExtractor.MaxTitleLength + 1, article.Title);
        string lead = article.Paragraphs.First(p => p.Split(' ').Length >= 5);
        Assert.StartsWith(article.Title.TrimEnd('…'), lead);
    }

    [Theory]
    [InlineData(EntityType.Person)]
    [InlineData(EntityType.Organization)]
    [InlineData(EntityType.Place)]
    public void EntityPrecisionAndRecallOnTheSeedsMeetTheBarForEveryType(EntityType type)
    {
        // Issue 13: precision and recall at least 0.95 for every type, not only over all types.
        int truePositives = 0, falseNegatives = 0, falsePositives = 0;
        foreach (var (id, label) in Labels)
        {
            var names = type switch { EntityType.Person => label.People, EntityType.Organization => label.Orgs, _ => label.Places };
            var extracted = Extract(id).Entities.Where(e => e.Type == type).ToList();
            foreach (string name in names)
            {
                if (extracted.Any(e => Answers(e, name))) truePositives++;
                else
                {
                    falseNegatives++;
                    output.WriteLine($"{id} missed {type} '{name}'");
                }
            }
            foreach (var entity in extracted.Where(e => !names.Any(n => Answers(e, n))))
            {
                falsePositives++;
                output.WriteLine($"{id} extra {type} '{entity.Name}' ({string.Join(", ", entity.Mentions)})");
            }
        }
        double precision = (double)truePositives / (truePositives + falsePositives);
        double recall = (double)truePositives / (truePositives + falseNegatives);
        output.WriteLine($"{type}: precision {precision:P1}, recall {recall:P1} ({truePositives} found, {falsePositives} extra, {falseNegatives} missed)");
        Assert.True(precision >= 0.95, $"{type} precision {precision:P1}");
        Assert.True(recall >= 0.95, $"{type} recall {recall:P1}");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void FindsTheLabelledAuthors(string id)
    {
        Assert.Equal(Labels[id].Authors ?? [], Extract(id).Authors);
    }

    // A label answers to an entity when it is the entity's name, a gazetteer alias of it, or one of the article's spellings of it.
    private static bool Answers(Entity entity, string label)
    {
        var names = Seeds.Gazetteer.NamesOf(entity.Type, entity.Name).Concat(entity.Mentions).Append(entity.Name);
        return names.Any(n => Key(n) == Key(label));
    }

    private static string Key(string name) =>
        new string(name.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
}
