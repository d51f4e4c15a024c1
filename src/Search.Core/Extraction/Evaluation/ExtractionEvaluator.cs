using System.Diagnostics;

namespace Search.Core.Extraction.Evaluation;

/// <summary>
/// Runs extraction over a labelled set and scores it per field (title, date, source) and per entity type.
/// An entity label is found when it is the entity's canonical name, a gazetteer name of it, or one of
/// the article's spellings of it, compared by letters and digits only ("Kassym-Jomart" = "Kassym Jomart").
/// </summary>
public sealed class ExtractionEvaluator(Gazetteer gazetteer)
{
    private readonly ArticleExtractor _extractor = new(gazetteer);

    public EvaluationReport Evaluate(string setName, IEnumerable<LabelledArticle> articles)
    {
        var report = new EvaluationReport(setName);
        var clock = new Stopwatch();
        foreach (var labelled in articles)
        {
            clock.Start();
            var article = _extractor.Extract(labelled.Article);
            clock.Stop();
            report.Articles++;
            report.Characters += labelled.Article.Paragraphs.Sum(p => p.Text.Length + 1);
            Score(labelled, article, report);
        }
        report.ExtractionTime = clock.Elapsed;
        return report;
    }

    private void Score(LabelledArticle labelled, Article article, EvaluationReport report)
    {
        string id = labelled.Article.Id;
        if (labelled.Title is { } title)
            Compare(report.Field("title"), id, title, article.Title, (a, b) => a == b);
        if (labelled.JudgesDate)
            Compare(report.Field("date"), id, labelled.Date?.ToString("yyyy-MM-dd"), article.Date?.Value.ToString("yyyy-MM-dd"), (a, b) => a == b);
        if (labelled.JudgesSource)
            Compare(report.Field("source"), id, labelled.Source, article.Source?.Value,
                (expected, found) => gazetteer.NamesOf(EntityType.Organization, found).Any(n => Key(n) == Key(expected)));

        if (labelled.Authors is { } authors)
        {
            var score = report.Field("authors");
            score.CountFalseHits();
            foreach (string name in authors)
                if (article.Authors.Any(a => Key(a) == Key(name))) score.AddCorrect();
                else score.AddMiss($"{id}: {name}");
            foreach (string name in article.Authors.Where(a => !authors.Any(n => Key(n) == Key(a)))) score.AddFalseHit($"{id}: {name}");
        }
        foreach (var type in Enum.GetValues<EntityType>())
        {
            var score = report.Field(type.ToString().ToLowerInvariant());
            var expected = labelled.Entities.GetValueOrDefault(type) ?? [];
            var extracted = article.Entities.Where(e => e.Type == type).ToList();
            foreach (string name in expected)
            {
                if (extracted.Any(e => Answers(e, name))) score.AddCorrect();
                else score.AddMiss($"{id}: {name}");
            }
            if (!labelled.JudgesEntityPrecision) continue;
            score.CountFalseHits();
            foreach (var entity in extracted.Where(e => !expected.Any(n => Answers(e, n))))
                score.AddFalseHit($"{id}: {entity.Name} ({string.Join(", ", entity.Mentions)})");
        }
    }

    // A value found wrong is both a false hit and a miss; a value found where none was expected is a false hit.
    private static void Compare(FieldScore score, string id, string? expected, string? found, Func<string, string, bool> same)
    {
        score.CountFalseHits();
        if (expected != null && found != null && same(expected, found)) score.AddCorrect();
        else
        {
            if (found != null) score.AddFalseHit($"{id}: {found} (expected {expected ?? "none"})");
            if (expected != null) score.AddMiss($"{id}: {expected} (found {found ?? "none"})");
        }
    }

    private bool Answers(Entity entity, string label)
    {
        string key = Key(label);
        return Key(entity.Name) == key || entity.Mentions.Any(m => Key(m) == key)
            || gazetteer.NamesOf(entity.Type, entity.Name).Any(n => Key(n) == key);
    }

    private static string Key(string name) =>
        new(NameKey.Of(name).Where(char.IsLetterOrDigit).ToArray());
}
