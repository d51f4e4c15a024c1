using Search.Core.Indexing;
using Search.Core.Linking.Evaluation;

namespace Search.Core.Tests.Linking.Evaluation;

/// <summary>
/// The hand labels in Labels/ stay usable: every quote is found once in its seed article, and an audit only adds
/// passages to the labelling it audited, never changes its facts.
/// </summary>
public class LabelFilesTests
{
    private static readonly string Root = RepositoryPaths.FindRoot(AppContext.BaseDirectory)!;
    private static string LabelsPath(string name) => Path.Combine(Root, "tests", "Search.Core.Tests", "Linking", "Labels", name);

    [Theory]
    [InlineData("seed-facts.json")]
    [InlineData("seed-facts-audited.json")]
    [InlineData("seed-facts-second.json")]
    [InlineData("seed-facts-second-audited.json")]
    [InlineData("seed-facts-third.json")]
    public void EveryQuoteIsInItsArticleOnce(string file)
    {
        var labels = LinkingLabels.Load(LabelsPath(file));
        var quotes = labels.Facts.SelectMany(f => f.Passages)
            .Concat(labels.Conflicts.Concat(labels.Agreements).SelectMany(p => new[] { p.A, p.B }));
        foreach (var quote in quotes)
        {
            string text = File.ReadAllText(Path.Combine(Root, "seeds", quote.Article + ".txt"));
            int first = text.IndexOf(quote.Quote, StringComparison.Ordinal);
            Assert.True(first >= 0, $"{file}: {quote.Article}: not found: {quote.Quote}");
            Assert.True(text.IndexOf(quote.Quote, first + 1, StringComparison.Ordinal) < 0, $"{file}: {quote.Article}: found twice: {quote.Quote}");
        }
    }

    [Theory]
    [InlineData("seed-facts.json", "seed-facts-audited.json")]
    [InlineData("seed-facts-second.json", "seed-facts-second-audited.json")]
    public void AnAuditOnlyAddsPassages(string original, string audited)
    {
        var before = LinkingLabels.Load(LabelsPath(original));
        var after = LinkingLabels.Load(LabelsPath(audited));

        Assert.Equal(before.Facts.Select(f => (f.Id, f.Statement)), after.Facts.Select(f => (f.Id, f.Statement)));
        foreach (var (was, now) in before.Facts.Zip(after.Facts))
            Assert.Superset(was.Passages.ToHashSet(), now.Passages.ToHashSet());
        Assert.True(after.Facts.Sum(f => f.Passages.Count) > before.Facts.Sum(f => f.Passages.Count), "the audit found passages the labelling missed");
        Assert.Equal(before.Conflicts, after.Conflicts);
        Assert.Equal(before.Agreements, after.Agreements);
    }
}
