using Search.Core.Linking.Evaluation;

namespace Search.Core.Tests.Linking.Evaluation;

/// <summary>Two labellings compared pair by pair, on three small articles written for the test.</summary>
public class LabelAgreementTests
{
    private static readonly Dictionary<string, IReadOnlyList<(string Anchor, string Text)>> Paragraphs = new()
    {
        ["a"] = [("p-1", "Twelve miners died in the flood."), ("p-2", "The pit had been closed in May.")],
        ["b"] = [("p-1", "The flood killed 12 miners."), ("p-2", "It was shut in May.")],
        ["c"] = [("p-1", "Rescuers say 12 miners were killed.")],
    };

    private static LabelledFact Fact(string id, params (string Article, string Quote)[] quotes) =>
        new(id, id, quotes.Select(q => new LabelledQuote(q.Article, q.Quote)).ToList());

    private static LinkingLabels Labels(params LabelledFact[] facts) => new(facts, [], []);

    private static readonly LabelledFact Dead = Fact("dead", ("a", "Twelve miners died"), ("b", "killed 12 miners"), ("c", "12 miners were killed"));
    private static readonly LabelledFact Closed = Fact("closed", ("a", "closed in May"), ("b", "shut in May"));

    [Fact]
    public void ALabellingAgreesFullyWithItself()
    {
        var score = LinkingEvaluator.Agreement(Labels(Dead, Closed), Labels(Dead, Closed), Paragraphs);
        Assert.Equal((4, 4, 4), (score.Found, score.Expected, score.Correct));
    }

    [Fact]
    public void AFactLeftOutLowersRecallAndAPassagePlacedDifferentlyLowersBoth()
    {
        var missing = LinkingEvaluator.Agreement(Labels(Dead, Closed), Labels(Dead), Paragraphs);
        Assert.Equal((3, 4, 3), (missing.Found, missing.Expected, missing.Correct));

        // The other labeller joins the closure to the deaths in article c: a pair the first labels do not hold.
        var joined = LinkingEvaluator.Agreement(Labels(Dead, Closed), Labels(Dead, Fact("closed", ("a", "closed in May"), ("c", "Rescuers say"))), Paragraphs);
        Assert.Equal((4, 4, 3), (joined.Found, joined.Expected, joined.Correct));
    }
}
