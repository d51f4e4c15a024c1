using System.Diagnostics;
using System.Globalization;
using System.Text;
using Search.Core.Ingestion;
using Search.Core.Ingestion.Html;
using Xunit.Abstractions;

namespace Search.Core.Tests.Ingestion.Html;

/// <summary>
/// Compares the two ways of finding a page's article text (SmartReader, and our AngleSharp rules) against the
/// hand-written gold text of the sample pages, word by word, and times them. The table is in docs/ingestion-html.md;
/// run with <c>--logger "console;verbosity=detailed"</c> to print it.
/// </summary>
public class HtmlExtractionComparisonTests(ITestOutputHelper output)
{
    // Observed pooled F1 on the sample pages (see docs/ingestion-html.md), less a margin for harmless rule changes.
    private const double ShippedF1Floor = 0.90;
    private const double WorstPageF1Floor = 0.75;
    private const int TimingRounds = 20;

    private static readonly IMainTextExtractor Rules = new RuleBasedTextExtractor();
    private static readonly IMainTextExtractor SmartReader = new SmartReaderTextExtractor();

    [Fact]
    public void TheShippedReaderFindsTheGoldTextOfTheSamplePages()
    {
        var reader = new HtmlArticleReader();
        var pages = SamplePages.Names.Select(name => (name, Score(reader, name))).ToList();
        Assert.True(pages.Count >= 6, $"expected the sample pages beside the tests, found {pages.Count}");
        Assert.True(WordOverlap.Sum(pages.Select(p => p.Item2)).F1 >= ShippedF1Floor);
        foreach (var (name, overlap) in pages)
            Assert.True(overlap.F1 >= WorstPageF1Floor, $"{name}: F1 {overlap.F1:0.00}");
    }

    [Fact]
    public void TheRulesScoreAtLeastAsWellAsSmartReaderOverall()
    {
        var rules = WordOverlap.Sum(SamplePages.Names.Select(n => Score(new HtmlArticleReader(Rules), n)));
        var smart = WordOverlap.Sum(SamplePages.Names.Select(n => Score(new HtmlArticleReader(SmartReader), n)));
        Assert.True(rules.F1 >= smart.F1, $"rules F1 {rules.F1:0.000} < SmartReader F1 {smart.F1:0.000}: revisit the choice in HtmlArticleReader");
    }

    [Fact]
    public void PrintsTheComparisonTable()
    {
        var table = new StringBuilder();
        table.AppendLine("| page | strategy | words | precision | recall | F1 | ms/page |");
        table.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        var totals = new Dictionary<string, List<WordOverlap>>();
        foreach (string name in SamplePages.Names)
        {
            foreach (var (label, reader) in Strategies())
            {
                var overlap = Score(reader, name);
                double ms = Time(reader, name);
                (totals.TryGetValue(label, out var list) ? list : totals[label] = []).Add(overlap);
                table.AppendLine(Row(name, label, overlap, ms));
            }
        }
        foreach (var (label, pages) in totals) table.AppendLine(Row("**all pages**", label, WordOverlap.Sum(pages), double.NaN));
        output.WriteLine(table.ToString());
        Assert.Equal(3, totals.Count);
    }

    private static IEnumerable<(string, HtmlArticleReader)> Strategies() =>
    [
        ("SmartReader", new HtmlArticleReader(SmartReader)),
        ("AngleSharp rules", new HtmlArticleReader(Rules)),
        ("shipped (rules, SmartReader fallback)", new HtmlArticleReader()),
    ];

    private static WordOverlap Score(HtmlArticleReader reader, string name)
    {
        var outcome = Assert.Single(reader.Read(SamplePages.PathOf(name), ReadLimits.Default));
        var extracted = outcome.Article?.Paragraphs.Select(p => p.Text) ?? [];
        return WordOverlap.Of(extracted, SamplePages.Gold(name));
    }

    // The whole read (file, decoding, parsing, metadata, extraction), after one warm-up read so JIT time is not counted.
    private static double Time(HtmlArticleReader reader, string name)
    {
        reader.Read(SamplePages.PathOf(name), ReadLimits.Default).ToList();
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < TimingRounds; i++) reader.Read(SamplePages.PathOf(name), ReadLimits.Default).ToList();
        return clock.Elapsed.TotalMilliseconds / TimingRounds;
    }

    private static string Row(string page, string strategy, WordOverlap o, double ms) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {page} | {strategy} | {o.Extracted}/{o.Gold} | {o.Precision:0.000} | {o.Recall:0.000} | {o.F1:0.000} | {(double.IsNaN(ms) ? "" : ms.ToString("0.00", CultureInfo.InvariantCulture))} |");
}
