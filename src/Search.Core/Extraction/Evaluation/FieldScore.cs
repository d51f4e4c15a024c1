namespace Search.Core.Extraction.Evaluation;

/// <summary>
/// The tally of one field or entity type over a labelled set: values found right, found wrong (false
/// hits) and missed, with examples of each mistake.
/// </summary>
public sealed class FieldScore(string field)
{
    private const int KeptExamples = 10_000;

    public string Field { get; } = field;
    public int Correct { get; private set; }
    public int FalseHits { get; private set; }
    public int Missed { get; private set; }

    /// <summary>True when false hits are counted (the labels are complete), so precision means something.</summary>
    public bool JudgesPrecision { get; private set; }

    public List<string> MissExamples { get; } = [];
    public List<string> FalseHitExamples { get; } = [];

    public double? Precision => JudgesPrecision && Correct + FalseHits > 0 ? (double)Correct / (Correct + FalseHits) : null;
    public double? Recall => Correct + Missed > 0 ? (double)Correct / (Correct + Missed) : null;

    public double? F1 => Precision is { } p && Recall is { } r && p + r > 0 ? 2 * p * r / (p + r) : null;

    public void AddCorrect() => Correct++;

    public void AddMiss(string example)
    {
        Missed++;
        if (MissExamples.Count < KeptExamples) MissExamples.Add(example);
    }

    public void AddFalseHit(string example)
    {
        FalseHits++;
        JudgesPrecision = true;
        if (FalseHitExamples.Count < KeptExamples) FalseHitExamples.Add(example);
    }

    /// <summary>Says that this field's false hits are counted, even when there were none.</summary>
    public void CountFalseHits() => JudgesPrecision = true;
}
