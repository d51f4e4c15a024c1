using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Extraction;
using Search.Core.Indexing;
using Search.Core.Linking.Corroboration;
using Search.Core.Linking.Evaluation;
using Search.Core.Search;

namespace Search.Cli;

/// <summary><c>search evaluate-linking</c>: indexes a labelled set in a temporary folder and scores corroboration links and conflict flags.</summary>
internal static class EvaluateLinkingCommand
{
    private const string LabelsFile = "tests/Search.Core.Tests/Linking/Labels/seed-facts.json";
    private const string JudgedFile = "tests/Search.Core.Tests/Linking/Labels/judged-pairs.json";

    public static Command Create(TextWriter output, TextWriter errors)
    {
        var labels = new Option<string>("--labels") { Description = "The hand labels (facts, conflicts, agreements).", DefaultValueFactory = _ => LabelsFile };
        var articles = new Option<string>("--articles") { Description = "The labelled articles' folder.", DefaultValueFactory = _ => "seeds" };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var misses = new Option<int>("--misses") { Description = "How many wrong and missed links to list.", DefaultValueFactory = _ => 10 };
        var defaults = new LinkingOptions();
        var threshold = new Option<float>("--threshold") { Description = "The overlap two sentences need.", DefaultValueFactory = _ => defaults.Threshold };
        var minShared = new Option<int>("--min-shared") { Description = "The features two sentences must share.", DefaultValueFactory = _ => defaults.MinShared };
        var paragraphThreshold = new Option<float>("--paragraph-threshold") { Description = "The overlap two whole paragraphs need.", DefaultValueFactory = _ => defaults.ParagraphThreshold };
        var phraseWords = new Option<int>("--phrase-words") { Description = "The words within which a shared phrase falls in both sentences (0: no phrase rule).", DefaultValueFactory = _ => defaults.PhraseWords };
        var phraseWeight = new Option<float>("--phrase-weight") { Description = "The weight a shared phrase's words need together.", DefaultValueFactory = _ => defaults.PhraseWeight };
        var beyondScene = new Option<int>("--beyond-scene") { Description = "The features two alike sentences must share beyond their scene: places, days, words that state nothing alone (0: no such rule).", DefaultValueFactory = _ => defaults.BeyondScene };
        var themeShare = new Option<float>("--theme-share") { Description = "The share of the story's passages from which an event word is the story's theme.", DefaultValueFactory = _ => defaults.ThemeShare };
        var phraseCommonShare = new Option<float>("--phrase-common-share") { Description = "The share of the story's passages from which a word is too common to make a shared phrase tell a fact (0: no such rule).", DefaultValueFactory = _ => defaults.PhraseCommonShare };
        var noSynonyms = new Option<bool>("--no-synonyms") { Description = "Compare words without the news synonyms, to measure what they add." };
        var agreement = new Option<string?>("--agreement") { Description = "Another labelling of the same articles: print how its pairs of paragraphs score against the labels', instead of the finder's links." };
        var judgments = new Option<string?>("--judgments")
        {
            Description = "Pairs of paragraphs judged blind (JUDGED.md beside them): also print how many links the assessors found to share a fact; 'none' to skip.",
            DefaultValueFactory = _ => JudgedFile,
        };
        var noEvents = new Option<bool>("--no-events") { Description = "Require no event word of phrases and paragraphs, to measure what the event words add." };
        var noOpposites = new Option<bool>("--no-opposites") { Description = "Link sentences that write opposite events (continued, concluded), to measure what the rule removes." };
        var command = new Command("evaluate-linking",
            "Index the labelled articles in a temporary folder, link their passages across outlets, and print the precision and recall of " +
            "the corroboration links and the conflict flags against the hand labels, with the wrong and missed links.")
        { labels, articles, json, misses, threshold, minShared, paragraphThreshold, phraseWords, phraseWeight, beyondScene, themeShare, phraseCommonShare, noSynonyms, noEvents, noOpposites, agreement, judgments };
        command.SetAction(parse =>
        {
            string index = Path.Combine(Path.GetTempPath(), "search-linking-" + Guid.NewGuid().ToString("N"));
            try
            {
                var labelled = LinkingLabels.Load(RepositoryPaths.Resolve(parse.GetValue(labels)!));
                var gazetteer = Gazetteer.LoadDefault();
                new ArticleIndexer(gazetteer, NullLogger<ArticleIndexer>.Instance).IndexFolder(RepositoryPaths.Resolve(parse.GetValue(articles)!), index);
                using var host = new IndexHost(Options.Create(new IndexingOptions { IndexPath = index }), NullLogger<IndexHost>.Instance);
                using var lookup = new ArticleLookup(host, Options.Create(new SearchOptions()));
                var options = new LinkingOptions
                {
                    Threshold = parse.GetValue(threshold), MinShared = parse.GetValue(minShared), ParagraphThreshold = parse.GetValue(paragraphThreshold),
                    PhraseWords = parse.GetValue(phraseWords), PhraseWeight = parse.GetValue(phraseWeight), BeyondScene = parse.GetValue(beyondScene), ThemeShare = parse.GetValue(themeShare),
                    PhraseCommonShare = parse.GetValue(phraseCommonShare),
                    Synonyms = !parse.GetValue(noSynonyms), Events = !parse.GetValue(noEvents), Opposites = !parse.GetValue(noOpposites),
                };
                using var finder = new CorroborationFinder(host, Options.Create(options), gazetteer);
                // An article the index does not know by the name given may be named by its file.
                string IdOf(string named) => lookup.Find(named) == null && lookup.Find(LinkingLabels.FileStem(named)) != null ? LinkingLabels.FileStem(named) : named;
                labelled = labelled.Renamed(IdOf);
                var paragraphs = labelled.Facts.SelectMany(f => f.Passages).Select(p => p.Article).Distinct()
                    .Select(id => (id, Article: lookup.Find(id)))
                    .Where(a => a.Article != null)
                    .ToDictionary(a => a.id, a => (IReadOnlyList<(string, string)>)a.Article!.Paragraphs.Select(p => (p.Anchor, p.Text)).ToList());
                if (parse.GetValue(agreement) is { } otherLabels)
                {
                    var score = LinkingEvaluator.Agreement(labelled, LinkingLabels.Load(RepositoryPaths.Resolve(otherLabels)).Renamed(IdOf), paragraphs);
                    output.WriteLine($"the other labelling's {score.Found} pairs against these labels' {score.Expected}: {score.Correct} in common, " +
                        $"precision {score.Precision:0.000}, recall {score.Recall:0.000}");
                    return ExitCodes.Ok;
                }
                var report = LinkingEvaluator.Evaluate(labelled, paragraphs, finder.For);
                // The judged pairs are paragraphs of the seeds: over other articles they say nothing.
                if (parse.GetValue(judgments) is { } judgedFile && judgedFile != "none"
                    && JudgedPairs.Load(RepositoryPaths.Resolve(judgedFile)) is var judged
                    && judged.Pairs.All(p => paragraphs.ContainsKey(p.A.Article) && paragraphs.ContainsKey(p.B.Article)))
                    report = report with { Judged = judged.Score(report.Linked, report.Right) };
                output.Write(parse.GetValue(json) ? report.ToJson() + Environment.NewLine : report.ToTable(parse.GetValue(misses)));
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException)
            {
                errors.WriteLine(e.Message);
                return ExitCodes.SomeInputsFailed;
            }
            finally
            {
                if (Directory.Exists(index)) Directory.Delete(index, recursive: true);
            }
        });
        return command;
    }
}
