using System.Globalization;
using Search.Core.Relevance;

namespace Search.Cli;

/// <summary>The text form of an evaluation: the measures of each run and the paired differences.</summary>
internal static class RankingReport
{
    public static void Print(TextWriter output, JudgedCollection collection, RankingRun a, RankingRun? b, bool perTopic)
    {
        output.WriteLine($"{collection.Name}: {a.TopicsRun} topics run, {a.Topics.Count} judged (averaged)");
        foreach (var (label, run) in new[] { ("A", a), ("B", b) })
        {
            if (run == null) continue;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label}  MAP {run.Map:0.0000}  nDCG@10 {run.Ndcg10:0.0000}  P@10 {run.Precision10:0.0000}  R@100 {run.Recall100:0.0000}  median {run.MedianMs:0.0} ms/topic   {run.Configuration}"));
        }
        if (b != null)
        {
            foreach (var (name, measure) in new (string, Func<TopicScores, double>)[] { ("MAP", t => t.AveragePrecision), ("nDCG@10", t => t.Ndcg10), ("P@10", t => t.Precision10), ("R@100", t => t.Recall100) })
            {
                var d = PairedDifference.Of(a.Topics.Select(measure).ToList(), b.Topics.Select(measure).ToList());
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"B−A {name,-8} {d.Mean:+0.0000;-0.0000} ± {d.StandardError:0.0000}  better {d.Better}, worse {d.Worse}{(d.IsClear ? "  (≥ 2 standard errors)" : "")}"));
            }
        }
        if (!perTopic) return;
        output.WriteLine("topic  AP      nDCG@10 P@10    R@100");
        foreach (var t in a.Topics)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{t.Topic,-6} {t.AveragePrecision:0.0000}  {t.Ndcg10:0.0000}  {t.Precision10:0.0000}  {t.Recall100:0.0000}"));
    }
}
