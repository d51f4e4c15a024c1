namespace Search.Core.Relevance;

/// <summary>The four measures of one topic's ranking.</summary>
public sealed record TopicScores(string Topic, double AveragePrecision, double Ndcg10, double Precision10, double Recall100);

/// <summary>
/// The trec_eval measures (<c>map</c>, <c>ndcg_cut.10</c>, <c>P.10</c>, <c>recall.100</c>) of one topic,
/// with trec_eval's definitions: the ranking is re-sorted by score, ties broken by document id descending
/// (string order); a grade of 1 or more is relevant; nDCG's gain is the grade, so graded judgments count.
/// </summary>
public static class RankingMetrics
{
    public static TopicScores Score(string topic, IReadOnlyList<RankedDocument> ranking, IReadOnlyDictionary<string, int> judgments)
    {
        var ordered = ranking.OrderByDescending(d => d.Score).ThenByDescending(d => d.Id, StringComparer.Ordinal).ToList();
        int relevant = judgments.Values.Count(g => g > 0);
        if (relevant == 0) return new TopicScores(topic, 0, 0, 0, 0);
        int Grade(RankedDocument d) => judgments.TryGetValue(d.Id, out int g) ? g : 0;

        double precisionSum = 0;
        int found = 0;
        for (int i = 0; i < ordered.Count; i++)
        {
            if (Grade(ordered[i]) <= 0) continue;
            found++;
            precisionSum += (double)found / (i + 1);
        }
        int top10 = ordered.Take(10).Count(d => Grade(d) > 0);
        int top100 = ordered.Take(100).Count(d => Grade(d) > 0);
        return new TopicScores(topic, precisionSum / relevant, Ndcg(ordered.Take(10).Select(Grade), judgments.Values, 10),
            top10 / 10.0, (double)top100 / relevant);
    }

    private static double Ndcg(IEnumerable<int> gains, IEnumerable<int> judged, int depth)
    {
        double ideal = Dcg(judged.Where(g => g > 0).OrderDescending().Take(depth));
        return ideal == 0 ? 0 : Dcg(gains) / ideal;
    }

    private static double Dcg(IEnumerable<int> gains) =>
        gains.Select((gain, i) => gain > 0 ? gain / Math.Log2(i + 2) : 0).Sum();
}
