using System.Globalization;

namespace Search.Core.Relevance;

/// <summary>
/// One configuration's run over a collection: the ranked documents and the scores of every judged
/// topic, and their means. Writes itself as a TREC run file (<c>qid Q0 docid rank score tag</c>).
/// </summary>
public sealed record RankingRun(
    string Collection,
    RankingConfiguration Configuration,
    IReadOnlyDictionary<string, IReadOnlyList<RankedDocument>> Rankings,
    IReadOnlyList<TopicScores> Topics,
    int TopicsRun,
    double MedianMs)
{
    public double Map => Mean(t => t.AveragePrecision);
    public double Ndcg10 => Mean(t => t.Ndcg10);
    public double Precision10 => Mean(t => t.Precision10);
    public double Recall100 => Mean(t => t.Recall100);

    private double Mean(Func<TopicScores, double> measure) => Topics.Count == 0 ? 0 : Topics.Average(measure);

    public void WriteTrecRun(TextWriter writer, string tag = "search")
    {
        foreach (var (topic, ranking) in Rankings.OrderBy(r => r.Key, StringComparer.Ordinal))
            for (int i = 0; i < ranking.Count; i++)
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{topic} Q0 {ranking[i].Id} {i + 1} {ranking[i].Score:0.######} {tag}"));
    }
}
