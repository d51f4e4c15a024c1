using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Search.Core.Extraction.Evaluation;

/// <summary>The scores of one run of <see cref="ExtractionEvaluator"/> over a labelled set, printable as a table or as JSON.</summary>
public sealed class EvaluationReport(string setName)
{
    private readonly List<FieldScore> _fields = [];

    public string Set { get; } = setName;
    public int Articles { get; set; }
    public long Characters { get; set; }
    public TimeSpan ExtractionTime { get; set; }
    public IReadOnlyList<FieldScore> Fields => _fields;

    /// <summary>Megabytes (10^6 characters) of article text extracted per second.</summary>
    public double MegabytesPerSecond => ExtractionTime.TotalSeconds > 0 ? Characters / 1e6 / ExtractionTime.TotalSeconds : 0;

    /// <summary>The score of a field, made on first use; fields print in the order first used.</summary>
    public FieldScore Field(string name)
    {
        var field = _fields.FirstOrDefault(f => f.Field == name);
        if (field == null) _fields.Add(field = new FieldScore(name));
        return field;
    }

    /// <summary>Adds the fields of another report under a prefix ("sample person"), for a set scored in two parts.</summary>
    public void Include(EvaluationReport other, string prefix)
    {
        foreach (var field in other.Fields)
        {
            var copy = Field($"{prefix} {field.Field}");
            for (int i = 0; i < field.Correct; i++) copy.AddCorrect();
            if (field.JudgesPrecision) copy.CountFalseHits();
            foreach (string miss in field.MissExamples) copy.AddMiss(miss);
            foreach (string hit in field.FalseHitExamples) copy.AddFalseHit(hit);
        }
    }

    public string ToTable(int examples)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{Set}: {Articles:N0} articles, {Characters / 1e6:F1} MB, extraction {ExtractionTime.TotalSeconds:F1} s ({MegabytesPerSecond:F1} MB/s)");
        text.AppendLine($"{"field",-16} {"precision",9} {"recall",7} {"F1",6} {"correct",8} {"false",7} {"missed",7}");
        foreach (var f in _fields)
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{f.Field,-16} {Figure(f.Precision),9} {Figure(f.Recall),7} {Figure(f.F1),6} {f.Correct,8} {(f.JudgesPrecision ? f.FalseHits.ToString(CultureInfo.InvariantCulture) : "-"),7} {f.Missed,7}");
        if (examples <= 0) return text.ToString();
        foreach (var f in _fields)
        {
            foreach (string miss in f.MissExamples.Take(examples)) text.AppendLine($"  missed {f.Field}  {miss}");
            foreach (string hit in f.FalseHitExamples.Take(examples)) text.AppendLine($"  false  {f.Field}  {hit}");
        }
        return text.ToString();
    }

    public string ToJson(int examples) => JsonSerializer.Serialize(new
    {
        set = Set,
        articles = Articles,
        megabytes = Math.Round(Characters / 1e6, 2),
        seconds = Math.Round(ExtractionTime.TotalSeconds, 2),
        megabytesPerSecond = Math.Round(MegabytesPerSecond, 2),
        fields = _fields.Select(f => new
        {
            field = f.Field,
            precision = Round(f.Precision),
            recall = Round(f.Recall),
            f1 = Round(f.F1),
            correct = f.Correct,
            falseHits = f.JudgesPrecision ? f.FalseHits : (int?)null,
            missed = f.Missed,
            misses = f.MissExamples.Take(examples),
            falseHitExamples = f.FalseHitExamples.Take(examples),
        }),
    }, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static string Figure(double? value) => value is { } v ? v.ToString("F3", CultureInfo.InvariantCulture) : "-";

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 4) : null;
}
