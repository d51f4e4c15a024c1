using System.CommandLine;
using Search.Core.Extraction;
using Search.Core.Extraction.Evaluation;
using Search.Core.Indexing;

namespace Search.Cli;

/// <summary><c>search evaluate-extraction</c>: scores extraction on a labelled set and prints the table (or JSON).</summary>
internal static class EvaluateExtractionCommand
{
    private const string LabelsFolder = "tests/Search.Core.Tests/Extraction/Labels";

    public static Command Create(TextWriter output, TextWriter errors)
    {
        var set = new Option<string>("--set") { Description = "The labelled set: seeds or reuters.", DefaultValueFactory = _ => "seeds" };
        set.AcceptOnlyFromAmong("seeds", "reuters");
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var misses = new Option<int>("--misses") { Description = "How many misses and false hits to list per field.", DefaultValueFactory = _ => 10 };
        var from = new Option<string>("--from") { Description = "The Reuters-21578 folder (reut2-*.sgm).", DefaultValueFactory = _ => "../shared/data/reuters21578" };
        var labels = new Option<string>("--labels") { Description = "The folder of label files.", DefaultValueFactory = _ => LabelsFolder };
        var seeds = new Option<string>("--seeds") { Description = "The seed articles folder.", DefaultValueFactory = _ => "seeds" };
        var gazetteers = new Option<string[]>("--gazetteer") { Description = "A user gazetteer file, loaded before the shipped one (repeatable).", AllowMultipleArgumentsPerToken = false };
        var limit = new Option<int>("--limit") { Description = "Score only the first N Reuters stories (0: all); the sample is always scored." };
        var speed = new Option<int>("--speed") { Description = "Then time N passes of extraction alone over the set (wall and processor time, bytes allocated)." };
        var givenDates = new Option<bool>("--given-dates")
        {
            Description = "reuters: give extraction each story's date, as indexing the .sgm files does (names by era read it); its dates are then not scored.",
        };
        var command = new Command("evaluate-extraction",
            "Run extraction over a labelled set and print precision, recall and F1 per field and entity type, with misses and false hits. " +
            "seeds: the hand labels of the seed articles. reuters: recall against the Reuters-21578 tags, and precision on a hand-checked sample of 50 stories.")
        { set, json, misses, from, labels, seeds, gazetteers, limit, speed, givenDates };
        command.SetAction(parse =>
        {
            string labelsFolder = RepositoryPaths.Resolve(parse.GetValue(labels)!);
            try
            {
                var gazetteer = Gazetteer.Load(new GazetteerOptions { Files = [.. parse.GetValue(gazetteers) ?? []] });
                var evaluator = new ExtractionEvaluator(gazetteer);
                EvaluationReport report;
                List<LabelledArticle> measured;
                if (parse.GetValue(set) == "seeds")
                {
                    measured = [.. SeedLabelSet.Load(Path.Combine(labelsFolder, "seed-labels.json"), RepositoryPaths.Resolve(parse.GetValue(seeds)!))];
                    report = evaluator.Evaluate("seeds", measured);
                }
                else
                {
                    string folder = RepositoryPaths.Resolve(parse.GetValue(from)!);
                    var stories = ReutersLabelSet.Load(folder, parse.GetValue(givenDates));
                    var sample = ReutersLabelSet.Sample(stories, Path.Combine(labelsFolder, "reuters-sample.json"));
                    int n = parse.GetValue(limit);
                    measured = n > 0 ? [.. stories.Take(n)] : stories;
                    report = evaluator.Evaluate("reuters", measured);
                    report.Include(evaluator.Evaluate("reuters sample", sample.Values), "sample");
                }
                int examples = parse.GetValue(misses);
                output.Write(parse.GetValue(json) ? report.ToJson(examples) + Environment.NewLine : report.ToTable(examples));
                // Speed lines follow the table; with --json they go to standard error, so standard output stays one JSON document.
                var speedOutput = parse.GetValue(json) ? errors : output;
                foreach (var pass in ExtractionSpeed.Measure(gazetteer, [.. measured.Select(a => a.Article)], parse.GetValue(speed))) speedOutput.WriteLine(pass);
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or System.Text.Json.JsonException)
            {
                errors.WriteLine(e.Message);
                return ExitCodes.SomeInputsFailed;
            }
        });
        return command;
    }
}
