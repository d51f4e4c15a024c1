using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Search.Core.Extraction;
using Search.Core.Indexing;
using Search.Core.Relevance;

namespace Search.Cli;

/// <summary>
/// <c>search evaluate-ranking</c>: indexes a judged collection with the product's pipeline, runs its topics
/// through the product's search, and prints MAP, nDCG@10, P@10 and Recall@100, per topic and overall;
/// with <c>--compare</c>, a second configuration and the paired per-topic differences.
/// </summary>
internal static class EvaluateRankingCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var smart = new Argument<string?>("collection")
        {
            Description = "A folder in the SMART layout (*.ALL, *.QRY, *.REL), e.g. ../shared/data/ir/cisi. Or use --docs, --topics and --qrels.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var docs = new Option<string?>("--docs") { Description = "TREC form: documents as JSON Lines (id, title, body)." };
        var topics = new Option<string?>("--topics") { Description = "TREC form: topics as a TSV of id<tab>text." };
        var qrels = new Option<string?>("--qrels") { Description = "TREC form: qrels (qid iter docid grade)." };
        var set = new Option<string[]>("--set") { Description = "A ranking setting for the run, name=value (titleBoost, k1, b, stemmer, stopwords, possessives); repeatable. Default: what the product ships." };
        var compare = new Option<string[]>("--compare") { Description = "Run a second configuration: the first one's settings changed by these name=value pairs; repeatable." };
        var run = new Option<string?>("--run") { Description = "Write the (first) configuration's TREC run file here." };
        var perTopic = new Option<bool>("--per-topic") { Description = "Also print each topic's scores." };
        var json = new Option<bool>("--json") { Description = "Print the results as one JSON object." };
        var command = new Command("evaluate-ranking", "Measure ranking on a judged collection (trec_eval definitions: map, ndcg_cut.10, P.10, recall.100; averaged over judged topics).")
        {
            smart, docs, topics, qrels, set, compare, run, perTopic, json,
        };
        command.SetAction(parse =>
        {
            string work = Path.Combine(Path.GetTempPath(), "search-eval-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(work);
            try
            {
                var collection = parse.GetValue(smart) is { } folder
                    ? SmartCollectionReader.Read(RepositoryPaths.Resolve(folder), Path.Combine(work, "documents.jsonl"))
                    : TrecCollectionReader.Read(Required(parse.GetValue(docs), "--docs"), Required(parse.GetValue(topics), "--topics"), Required(parse.GetValue(qrels), "--qrels"));
                var first = RankingConfiguration.Product.With(parse.GetValue(set) ?? []);
                var evaluator = new RankingEvaluator(Gazetteer.LoadDefault());
                var a = evaluator.Run(collection, first);
                var b = parse.GetValue(compare) is { Length: > 0 } changes ? evaluator.Run(collection, first.With(changes)) : null;
                if (parse.GetValue(run) is { } runFile)
                {
                    using var writer = new StreamWriter(runFile);
                    a.WriteTrecRun(writer);
                }
                if (parse.GetValue(json)) output.WriteLine(Json(a, b));
                else RankingReport.Print(output, collection, a, b, parse.GetValue(perTopic));
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is IOException or FormatException or InvalidDataException or UnauthorizedAccessException)
            {
                errors.WriteLine(e.Message);
                return ExitCodes.SomeInputsFailed;
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
        });
        return command;
    }

    private static string Required(string? value, string option) =>
        value ?? throw new FormatException($"Give a SMART collection folder, or {option} with --docs, --topics and --qrels.");

    private static string Json(RankingRun a, RankingRun? b) => JsonSerializer.Serialize(new
    {
        collection = a.Collection,
        runs = new[] { a, b }.OfType<RankingRun>().Select(r => new
        {
            configuration = r.Configuration.ToString(),
            topicsRun = r.TopicsRun,
            topicsJudged = r.Topics.Count,
            map = r.Map,
            ndcg10 = r.Ndcg10,
            p10 = r.Precision10,
            recall100 = r.Recall100,
            medianMs = r.MedianMs,
            topics = r.Topics,
        }),
        difference = b == null ? null : new
        {
            map = PairedDifference.Of(a.Topics.Select(t => t.AveragePrecision).ToList(), b.Topics.Select(t => t.AveragePrecision).ToList()),
            ndcg10 = PairedDifference.Of(a.Topics.Select(t => t.Ndcg10).ToList(), b.Topics.Select(t => t.Ndcg10).ToList()),
        },
    }, new JsonSerializerOptions(JsonSerializerDefaults.Web));
}
