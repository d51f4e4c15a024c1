using Search.Core.Linking.Corroboration;
using Search.Core.Linking.Evaluation;

namespace Search.Core.Tests.Linking.Evaluation;

/// <summary>
/// A labelled conflict is between two figures: when its quotes are passages of two labelled facts, every report of the one
/// disagrees with every report of the other, though a labeller may list only one pair of them.
/// </summary>
public class FigureConflictLabelsTests
{
    private static readonly Dictionary<string, IReadOnlyList<(string Anchor, string Text)>> Paragraphs = new()
    {
        ["a"] = [("p-1", "Twelve miners died in the flood.")],
        ["b"] = [("p-1", "The flood killed 12 miners.")],
        ["c"] = [("p-1", "At least nine miners were killed.")],
        ["d"] = [("p-1", "Nine miners lost their lives, officials said.")],
    };

    private static LabelledQuote Quote(string article, string quote) => new(article, quote);

    private static readonly LabelledFact Twelve = new("twelve", "12 miners killed", [Quote("a", "Twelve miners died"), Quote("b", "killed 12 miners")]);
    private static readonly LabelledFact Nine = new("nine", "9 miners killed", [Quote("c", "nine miners were killed"), Quote("d", "Nine miners lost their lives")]);

    // Every article flags a different figure in each article of the other count.
    private static IReadOnlyDictionary<string, PassageLinks>? Flags(string article)
    {
        string[] other = article is "a" or "b" ? ["c", "d"] : ["a", "b"];
        var conflicts = other.Select(o => new FigureConflict(new LinkedPassage(o, null, null, 1, "p-1", "s-1", ""), "miners killed", "", "")).ToList();
        return new Dictionary<string, PassageLinks> { ["p-1"] = new([], conflicts) };
    }

    [Fact]
    public void OnePairListedStandsForEveryReportOfTheTwoFigures()
    {
        var labels = new LinkingLabels([Twelve, Nine], [new("12-vs-9", "miners killed", Quote("a", "Twelve miners died"), Quote("c", "nine miners were killed"))], []);
        var report = LinkingEvaluator.Evaluate(labels, Paragraphs, Flags);

        Assert.Equal((4, 4, 4), (report.Conflicts.Found, report.Conflicts.Expected, report.Conflicts.Correct));
        // As listed, pair by pair, three of the four right flags would count as false alarms.
        Assert.Equal((4, 1, 1), (report.ListedConflicts!.Found, report.ListedConflicts.Expected, report.ListedConflicts.Correct));
    }

    [Fact]
    public void ALinkToAnArticleWithNoLabelledPassageIsWrongNotACrash()
    {
        // A blind probe's labels left its stories of other events unquoted, and the evaluation stopped on the first link to one.
        // Each of the four articles links to the other story: four wrong links.
        static IReadOnlyDictionary<string, PassageLinks>? ToAnotherStory(string article) => new Dictionary<string, PassageLinks>
        {
            ["p-1"] = new([new(new LinkedPassage("elsewhere", null, null, 1, "p-9", "s-9", ""), 0.5f, "s-1", LinkBasis.Sentence)], []),
        };
        var report = LinkingEvaluator.Evaluate(new LinkingLabels([Twelve], [], []), Paragraphs, ToAnotherStory);

        Assert.Equal((4, 1, 0), (report.Corroboration.Found, report.Corroboration.Expected, report.Corroboration.Correct));
        Assert.Contains(report.Corroboration.Wrong, w => w.Contains("elsewhere", StringComparison.Ordinal) && w.Contains("no labelled passage", StringComparison.Ordinal));
    }

    [Fact]
    public void AConflictWhoseQuoteIsNoFactsPassageStandsForItselfAlone()
    {
        // "died in the flood" is no labelled passage (the fact quotes "Twelve miners died"), so only the pair listed is expected.
        var labels = new LinkingLabels([Twelve, Nine], [new("12-vs-9", "miners killed", Quote("a", "died in the flood"), Quote("c", "nine miners were killed"))], []);
        var report = LinkingEvaluator.Evaluate(labels, Paragraphs, Flags);

        Assert.Equal((4, 1, 1), (report.Conflicts.Found, report.Conflicts.Expected, report.Conflicts.Correct));
    }
}
