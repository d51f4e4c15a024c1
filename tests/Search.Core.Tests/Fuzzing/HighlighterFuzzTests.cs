using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Search.Core.Highlighting;

namespace Search.Core.Tests.Fuzzing;

/// <summary>
/// Issue 18: the highlighter on random text and random match offsets never throws, and its HTML has only
/// <c>&lt;mark&gt;</c> elements, balanced and never nested, with every other '&lt;' and '&amp;' encoded.
/// </summary>
public class HighlighterFuzzTests
{
    private static readonly Regex Tag = new("<[^>]*>");
    private static readonly Regex Entity = new("&(amp|lt|gt|quot|#39|#[0-9]+|#x[0-9a-fA-F]+);");

    // Random text with random well-formed matches inside it (sorted, within bounds, as the postings give them).
    private static readonly Gen<(string Text, List<TermMatch> Matches)> Cases =
        HostileText.Text.SelectMany(text => Gen.Choose(0, Math.Max(0, text.Length)).Two().ListOf()
            .Select(pairs => (text, pairs
                .Select(p => (Start: Math.Min(p.Item1, p.Item2), End: Math.Max(p.Item1, p.Item2)))
                .Where(p => p.End > p.Start)
                .Select(p => new TermMatch(p.Start, p.End, "t"))
                .OrderBy(m => m.Start).ThenBy(m => m.End).ToList())));

    [Fact]
    public void SnippetsOfRandomTextAreSafeWellFormedHtml()
    {
        var property = Prop.ForAll(Arb.From(Cases), c =>
        {
            foreach (var snippet in Highlighter.Snippets(c.Text, c.Matches, 3, _ => 1f)) AssertSafe(snippet.Html);
            foreach (string paragraph in Highlighter.MarkAll(c.Text, c.Matches)) AssertSafe(paragraph);
            AssertSafe(Highlighter.MarkWhole(c.Text, c.Matches));
        });
        Check.One(FuzzRuns.Config(500), property);
    }

    internal static void AssertSafe(string html)
    {
        int depth = 0;
        foreach (Match tag in Tag.Matches(html))
        {
            Assert.True(tag.Value is "<mark>" or "</mark>", $"unexpected markup {tag.Value} in {html}");
            depth += tag.Value == "<mark>" ? 1 : -1;
            Assert.InRange(depth, 0, 1);
        }
        Assert.Equal(0, depth);
        string text = Tag.Replace(html, "");
        Assert.DoesNotContain('<', text);
        Assert.DoesNotContain('>', text);
        Assert.Equal(text.Count(c => c == '&'), Entity.Matches(text).Count);
    }
}
