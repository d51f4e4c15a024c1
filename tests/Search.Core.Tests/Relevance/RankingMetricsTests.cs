using Search.Core.Relevance;

namespace Search.Core.Tests.Relevance;

/// <summary>The trec_eval measures against cases computed by hand.</summary>
public class RankingMetricsTests
{
    private static IReadOnlyList<RankedDocument> Ranking(params string[] ids) =>
        ids.Select((id, i) => new RankedDocument(id, 100 - i)).ToList();

    private static Dictionary<string, int> Relevant(params string[] ids) => ids.ToDictionary(id => id, _ => 1);

    [Fact]
    public void AveragePrecisionAveragesThePrecisionAtEachRelevantRankOverAllRelevant()
    {
        // Relevant at ranks 1 and 3; a third relevant document is never retrieved: (1/1 + 2/3) / 3.
        var s = RankingMetrics.Score("q", Ranking("a", "x", "b", "y"), Relevant("a", "b", "c"));
        Assert.Equal((1.0 + 2.0 / 3) / 3, s.AveragePrecision, 10);
    }

    [Fact]
    public void PrecisionAtTenDividesByTenEvenWhenFewerAreRetrieved()
    {
        var s = RankingMetrics.Score("q", Ranking("a", "b", "x"), Relevant("a", "b"));
        Assert.Equal(0.2, s.Precision10, 10);
        Assert.Equal(1.0, s.Recall100, 10);
    }

    [Fact]
    public void NdcgUsesGradesAsGainsAndTheIdealOrderOfAllJudgedDocuments()
    {
        // Retrieved: grade 1 at rank 1, grade 2 at rank 2. DCG = 1/log2(2) + 2/log2(3); ideal = 2/log2(2) + 1/log2(3).
        var judgments = new Dictionary<string, int> { ["a"] = 1, ["b"] = 2, ["n"] = 0 };
        var s = RankingMetrics.Score("q", Ranking("a", "b", "n"), judgments);
        double dcg = 1 + 2 / Math.Log2(3), ideal = 2 + 1 / Math.Log2(3);
        Assert.Equal(dcg / ideal, s.Ndcg10, 10);
    }

    [Fact]
    public void UnjudgedDocumentsCountAsNotRelevant()
    {
        var s = RankingMetrics.Score("q", Ranking("unjudged", "a"), Relevant("a"));
        Assert.Equal(0.5, s.AveragePrecision, 10);
    }

    [Fact]
    public void TiesAreBrokenByDocumentIdDescendingAsTrecEvalDoes()
    {
        // Equal scores: trec_eval orders "b" before "a" whatever order they were returned in.
        var tied = new List<RankedDocument> { new("a", 1), new("b", 1) };
        Assert.Equal(0.5, RankingMetrics.Score("q", tied, Relevant("a")).AveragePrecision, 10);
        Assert.Equal(1.0, RankingMetrics.Score("q", tied, Relevant("b")).AveragePrecision, 10);
    }

    [Fact]
    public void ATopicWithNoRelevantDocumentScoresZeroAndIsLeftOutOfTheAverage()
    {
        Assert.Equal(new TopicScores("q", 0, 0, 0, 0), RankingMetrics.Score("q", Ranking("a"), new Dictionary<string, int> { ["a"] = 0 }));
        var collection = new JudgedCollection("c", "docs.jsonl", [new Topic("1", "x"), new Topic("2", "y")],
            new Dictionary<string, IReadOnlyDictionary<string, int>> { ["1"] = Relevant("a"), ["2"] = new Dictionary<string, int> { ["a"] = 0 } });
        Assert.Equal(["1"], collection.JudgedTopics.Select(t => t.Id));
    }

    [Fact]
    public void PairedDifferenceGivesTheMeanItsStandardErrorAndWins()
    {
        var d = PairedDifference.Of([0.1, 0.2, 0.3], [0.2, 0.2, 0.5]);
        Assert.Equal(0.1, d.Mean, 10);
        // Differences 0.1, 0, 0.2: sample sd 0.1, standard error 0.1 / sqrt(3).
        Assert.Equal(0.1 / Math.Sqrt(3), d.StandardError, 10);
        Assert.Equal((2, 0), (d.Better, d.Worse));
        Assert.False(d.IsClear);
    }
}
