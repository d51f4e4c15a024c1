using System.Text.Json;
using System.Text.RegularExpressions;
using Search.Core.Ingestion;
using Search.Core.Ingestion.JsonLines;
using Search.Core.Ingestion.Reuters;

namespace Search.Core.Extraction.Evaluation;

/// <summary>
/// Reuters-21578 as a labelled set. Every story is read as <c>convert-reuters --without-tags</c> writes it
/// (title, and the body with its dateline and sign-off); its PLACES, PEOPLE and ORGS tags, as the converter names them
/// (<see cref="ReutersTagNames"/>), measure recall only, since the tags leave out many names the
/// text holds. The date must equal the story's date; the source must be Reuters on a story signed "Reuter".
/// A hand-checked sample (<c>reuters-sample.json</c>: the rule that chose it, and per story id the people, orgs,
/// places, source and date a reader finds) is scored apart with precision, because its labels are complete.
/// </summary>
public static partial class ReutersLabelSet
{
    [GeneratedRegex(@"\breuter\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex SignOff();

    private sealed record SampleLabel(List<string> People, List<string> Orgs, List<string> Places, string? Source, string? Date);

    private sealed record SampleFile(string Rule, Dictionary<string, SampleLabel> Stories);

    /// <summary>The sample's labels by story id, from the sample file; a labelled id missing from the corpus is an error.</summary>
    public static IReadOnlyDictionary<string, LabelledArticle> Sample(IEnumerable<LabelledArticle> stories, string sampleFile)
    {
        var labels = JsonSerializer.Deserialize<SampleFile>(File.ReadAllText(sampleFile), new JsonSerializerOptions(JsonSerializerDefaults.Web))?.Stories
            ?? throw new InvalidDataException($"{sampleFile}: no stories");
        var sample = stories.Where(s => labels.ContainsKey(s.Article.Id)).ToDictionary(s => s.Article.Id, s =>
        {
            var label = labels[s.Article.Id];
            return new LabelledArticle(s.Article)
            {
                Source = label.Source,
                JudgesSource = true,
                Date = label.Date is { } d ? DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture) : null,
                JudgesDate = s.Article.Given.Date == null,
                Entities = new Dictionary<EntityType, IReadOnlyList<string>>
                {
                    [EntityType.Person] = label.People, [EntityType.Organization] = label.Orgs, [EntityType.Place] = label.Places,
                },
                JudgesEntityPrecision = true,
            };
        });
        if (labels.Keys.FirstOrDefault(id => !sample.ContainsKey(id)) is { } missing)
            throw new InvalidDataException($"{sampleFile}: story {missing} is not in the corpus");
        return sample;
    }

    /// <summary>
    /// Every story with a body, labelled from its tags. Reads the corpus through a temporary JSON Lines file. With
    /// <paramref name="givenDates"/>, extraction is given each story's date, as indexing the .sgm files gives it, and dates are
    /// not scored.
    /// </summary>
    public static List<LabelledArticle> Load(string corpusFolder, bool givenDates = false)
    {
        string temporary = Path.Combine(Path.GetTempPath(), $"reuters-eval-{Guid.NewGuid():N}.jsonl");
        try
        {
            using (var writer = new StreamWriter(temporary)) ReutersConverter.Convert(corpusFolder, writer, withTags: true);
            return new JsonLinesArticleReader().Read(temporary, ReadLimits.Default)
                .Select(o => o.Article).OfType<RawArticle>().Select(a => Labelled(a, givenDates)).ToList();
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static LabelledArticle Labelled(RawArticle tagged, bool givenDates)
    {
        var given = tagged.Given;
        // Extraction sees what --without-tags writes: the title, but none of the tags (nor the date, unless asked).
        var article = tagged with { Given = new GivenMetadata { Origin = given.Origin, Title = given.Title, Date = givenDates ? given.Date : null } };
        bool signed = tagged.Paragraphs.Count > 0 && SignOff().IsMatch(tagged.Paragraphs[^1].Text);
        return new LabelledArticle(article)
        {
            Date = given.Date,
            JudgesDate = given.Date != null && !givenDates,
            Source = signed ? "Reuters" : null,
            JudgesSource = signed,
            Entities = new Dictionary<EntityType, IReadOnlyList<string>>
            {
                [EntityType.Person] = given.People,
                [EntityType.Organization] = given.Organizations,
                [EntityType.Place] = given.Places,
            },
        };
    }
}
