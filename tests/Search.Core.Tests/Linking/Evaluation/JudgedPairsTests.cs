using Microsoft.Extensions.Options;
using Search.Core.Indexing;
using Search.Core.Linking.Corroboration;
using Search.Core.Linking.Evaluation;

namespace Search.Core.Tests.Linking.Evaluation;

/// <summary>
/// The pairs of paragraphs judged blind (Labels/judged-pairs.json, JUDGED.md) name paragraphs of the seeds with the spans the
/// assessors quoted, and the links over the seeds score at the recorded levels against them.
/// </summary>
public sealed class JudgedPairsTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private static readonly JudgedPairs Judged = JudgedPairs.Load(Path.Combine(
        RepositoryPaths.FindRoot(AppContext.BaseDirectory)!, "tests", "Search.Core.Tests", "Linking", "Labels", "judged-pairs.json"));

    [Fact]
    public void EveryJudgedPairIsTwoSeedParagraphsAndEveryQuotedSpanIsInItsParagraph()
    {
        string Paragraph(JudgedParagraph p)
        {
            var article = seeds.Lookup.Find(p.Article);
            Assert.NotNull(article);
            var paragraph = article.Paragraphs.FirstOrDefault(x => x.Anchor == p.Paragraph);
            Assert.True(paragraph != null, $"{p.Article}#{p.Paragraph}: no such paragraph");
            return LinkingEvaluator.Normal(paragraph.Text);
        }

        Assert.Equal(Judged.Pairs.Count, Judged.Pairs.Select(p => p.Pair).Distinct().Count());
        foreach (var pair in Judged.Pairs)
        {
            Assert.NotEqual(pair.A.Article, pair.B.Article);
            Assert.Equal(2, pair.Judges.Count);
            string a = Paragraph(pair.A), b = Paragraph(pair.B);
            foreach (var judgment in pair.Judges.Where(j => j.Same))
            {
                // An assessor marked words left out of a span with "...".
                foreach (string part in Parts(judgment.A!)) Assert.True(a.Contains(part, StringComparison.Ordinal), $"{pair.Pair}: not in A: {part}");
                foreach (string part in Parts(judgment.B!)) Assert.True(b.Contains(part, StringComparison.Ordinal), $"{pair.Pair}: not in B: {part}");
            }
        }
        foreach (var stratum in Judged.Strata)
        {
            int judged = Judged.Pairs.Count(p => p.Stratum == stratum.Name);
            Assert.InRange(judged, 1, stratum.Size);
        }
        Assert.All(Judged.Pairs, p => Assert.Contains(Judged.Strata, s => s.Name == p.Stratum));
    }

    [Fact]
    public void TheLinksAreJudgedAtTheRecordedLevels()
    {
        using var finder = new CorroborationFinder(seeds.Host, Options.Create(new LinkingOptions()), Seeds.Gazetteer);
        var ids = Judged.Pairs.SelectMany(p => new[] { p.A.Article, p.B.Article }).Distinct().ToList();
        var linked = new HashSet<ParagraphPair>();
        foreach (string id in ids)
            foreach (var (anchor, links) in finder.For(id)!)
                foreach (var c in links.Corroborations)
                    linked.Add(ParagraphPair.Of((id, anchor), (c.Passage.ArticleId, c.Passage.Anchor)));

        var score = Judged.Score(linked);
        // Floors at the figures recorded in docs/linking.md: a change that adds links the assessors found unalike fails here.
        Assert.True(score.Judged >= 200, $"{score}");
        Assert.True(score.Precision >= 0.85, $"{score}");
        Assert.True(score.EstimatedPrecision >= 0.85, $"{score}");
        Assert.True(score.EstimatedRecall >= 0.6, $"{score}");
    }

    [Fact]
    public void TheLabelsCeilingCountsOnlyLinksJudgedAlikeThatTheLabelsHoldRight()
    {
        JudgedPair Pair(string a, string b, bool same) =>
            new(new JudgedParagraph(a, "p-1"), new JudgedParagraph(b, "p-1"), "linked", [new Judgment(same), new Judgment(same)]);
        var pairs = new[] { Pair("x", "y", true), Pair("x", "z", true), Pair("y", "z", false) };
        var judged = new JudgedPairs([new JudgedStratum("linked", 3, "all")], pairs);
        var linked = pairs.Select(p => p.Pair).ToList();
        // Right on the labels: the first (alike) and the third (not alike); the second is alike, a fact the labels leave out.
        var score = judged.Score(linked, [pairs[0].Pair, pairs[2].Pair]);
        Assert.Equal((2, 1), (score.SameForAll, score.AlikeAndRight));
        Assert.Equal(0.5, score.LabelCeiling);
    }

    private static IEnumerable<string> Parts(string span) =>
        LinkingEvaluator.Normal(span).Split(["...", "…"], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim(' ', '.')).Where(p => p.Length > 0);
}
