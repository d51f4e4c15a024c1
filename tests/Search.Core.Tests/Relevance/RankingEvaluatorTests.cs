using Search.Core.Relevance;

namespace Search.Core.Tests.Relevance;

/// <summary>The evaluation end to end on a tiny judged collection: index, search, score.</summary>
public sealed class RankingEvaluatorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void IndexesATinyCollectionRunsEveryTopicAndScoresTheJudgedOnes()
    {
        _folder.Write("docs.jsonl", string.Join('\n',
            """{"id":"1","title":"Glaciers retreat","body":"Mountain glaciers are retreating as summers warm."}""",
            """{"id":"2","title":"Bread prices","body":"The price of bread rose again this month."}""",
            """{"id":"3","title":"Ice sheets","body":"Polar ice sheets and glaciers lose mass every year."}""",
            """{"id":"4","title":"Football","body":"The final ended in a draw after extra time."}"""));
        _folder.Write("topics.tsv", "1\tWhy are the glaciers melting?\n2\tthe price of bread\n3\tunjudged question about football\n");
        _folder.Write("qrels", "1 0 1 1\n1 0 3 1\n2 0 2 1\n");
        var collection = TrecCollectionReader.Read(_folder["docs.jsonl"], _folder["topics.tsv"], _folder["qrels"]);

        var run = new RankingEvaluator(Seeds.Gazetteer).Run(collection, RankingConfiguration.Product);

        Assert.Equal(3, run.TopicsRun);
        Assert.Equal(["1", "2"], run.Topics.Select(t => t.Topic));
        Assert.Equal(["1", "3"], run.Rankings["1"].Select(d => d.Id).Order());
        Assert.Equal(1.0, run.Map, 10);
        Assert.Equal("4", Assert.Single(run.Rankings["3"]).Id);

        var file = new StringWriter();
        run.WriteTrecRun(file, "t");
        Assert.Matches(@"^1 Q0 [13] 1 [0-9.]+ t$", file.ToString().Split('\n')[0].TrimEnd('\r'));
    }

    [Fact]
    public void ReadsRankingSettingsAsNameValuePairs()
    {
        var config = RankingConfiguration.Product.With(["titleBoost=1", "k1=0.9", "stemmer=kstem", "stopwords=false"]);
        Assert.Equal((1f, 0.9f, global::Search.Core.Analysis.Stemmer.KStem, false), (config.TitleBoost, config.K1, config.Analysis.Stemmer, config.Analysis.StopWords));
        Assert.Throws<FormatException>(() => RankingConfiguration.Product.With(["colour=blue"]));
        Assert.Throws<FormatException>(() => RankingConfiguration.Product.With(["k1=high"]));
    }

    public void Dispose() => _folder.Dispose();
}
