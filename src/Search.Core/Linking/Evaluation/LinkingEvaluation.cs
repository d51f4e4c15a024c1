using System.Text;
using System.Text.Json;
using Search.Core.Linking.Corroboration;

namespace Search.Core.Linking.Evaluation;

/// <summary>A link between two paragraphs of different articles, unordered: (article, anchor) pairs in ordinal order.</summary>
public readonly record struct ParagraphPair(string ArticleA, string AnchorA, string ArticleB, string AnchorB)
{
    public static ParagraphPair Of((string Article, string Anchor) x, (string Article, string Anchor) y) =>
        string.CompareOrdinal(x.Article + "#" + x.Anchor, y.Article + "#" + y.Anchor) <= 0
            ? new(x.Article, x.Anchor, y.Article, y.Anchor)
            : new(y.Article, y.Anchor, x.Article, x.Anchor);

    public override string ToString() => $"{ArticleA}#{AnchorA} ~ {ArticleB}#{AnchorB}";
}

/// <summary>Precision and recall of one kind of link against the labels, with the wrong and the missed links.</summary>
public sealed record LinkScore(int Found, int Expected, int Correct, IReadOnlyList<string> Wrong, IReadOnlyList<string> Missed)
{
    public double Precision => Found == 0 ? 1 : (double)Correct / Found;
    public double Recall => Expected == 0 ? 1 : (double)Correct / Expected;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>How many of one labelled fact's pairs of paragraphs were linked.</summary>
public sealed record FactRecall(string Id, int Expected, int Found);

/// <summary>The links one rule made (the strongest that held for a pair) and how many of them are right.</summary>
public sealed record BasisPrecision(LinkBasis Basis, int Found, int Correct)
{
    public double Precision => Found == 0 ? 1 : (double)Correct / Found;
}

/// <summary>The linking evaluation: corroboration links and conflict flags scored against the hand labels, with the recall of each fact.</summary>
public sealed record LinkingEvaluation(LinkScore Corroboration, LinkScore Conflicts, int AgreementsFlagged, int Agreements, IReadOnlyList<string> Unplaced,
    IReadOnlyList<FactRecall> Facts)
{
    /// <summary>The corroboration links by the rule that made them.</summary>
    public IReadOnlyList<BasisPrecision> Bases { get; init; } = [];

    /// <summary>The pairs of paragraphs linked, for scoring against other judgments.</summary>
    public IReadOnlyCollection<ParagraphPair> Linked { get; init; } = [];

    /// <summary>The conflict flags against the conflicts as listed, pair by pair, before <see cref="Conflicts"/> joined every report of each figure.</summary>
    public LinkScore? ListedConflicts { get; init; }

    /// <summary>The linked pairs that are right on the labels.</summary>
    public IReadOnlyCollection<ParagraphPair> Right { get; init; } = [];

    /// <summary>
    /// The links whose two paragraphs each state some labelled fact. A wrong one joins two facts the labels tell apart;
    /// the other wrong links reach a paragraph the labels say nothing of.
    /// </summary>
    public LinkScore? BetweenLabelled { get; init; }

    /// <summary>The links against the blind judgments (<see cref="JudgedPairs"/>), when they were given.</summary>
    public JudgedScore? Judged { get; init; }

    public string ToTable(int examples)
    {
        var text = new StringBuilder();
        text.AppendLine("links          found  expected  correct  precision  recall     F1");
        Row(text, "corroboration", Corroboration);
        Row(text, "conflicts", Conflicts);
        if (ListedConflicts is { } listed && listed.Expected != Conflicts.Expected)
            text.AppendLine($"conflicts as listed, pair by pair: {listed.Correct} of {listed.Found} flags right ({listed.Precision:0.000}), " +
                $"{listed.Correct} of {listed.Expected} found ({listed.Recall:0.000}); the row above joins every report of each labelled figure");
        if (BetweenLabelled is { } between)
            text.AppendLine($"links between two labelled paragraphs: {between.Correct} of {between.Found} right ({between.Precision:0.000}); " +
                $"the other {Corroboration.Found - between.Found} reach a paragraph that states no labelled fact");
        text.AppendLine($"agreements flagged as conflicts: {AgreementsFlagged} of {Agreements}");
        text.AppendLine("corroboration by rule: " + string.Join(", ",
            Bases.Select(b => $"{b.Basis.ToString().ToLowerInvariant()} {b.Correct} of {b.Found} right ({b.Precision:0.000})")));
        if (Judged is { } j)
        {
            text.AppendLine($"judged blind: {j.Judged} links judged, {j.SameForAll} share a fact for every assessor and {j.SameForSome} for some " +
                $"(precision {j.Precision:0.000}, {j.LenientPrecision:0.000} counting some); {j.NotJudged} links not judged");
            text.AppendLine($"judged blind, estimated over every pair of paragraphs: precision {j.EstimatedPrecision:0.000}, recall {j.EstimatedRecall:0.000}");
            text.AppendLine($"the labels' ceiling: of the {j.SameForAll} links judged alike, {j.AlikeAndRight} are right on the labels; keeping only the links " +
                $"judged alike would give a label precision of {j.LabelCeiling:0.000}");
        }
        if (examples > 0)
            foreach (var fact in Facts.OrderByDescending(f => f.Expected - f.Found).ThenBy(f => f.Id, StringComparer.Ordinal))
                text.AppendLine($"  fact {fact.Id}: {fact.Found} of {fact.Expected} pairs linked");
        if (Unplaced.Count > 0) text.AppendLine($"labelled quotes not found in any indexed paragraph: {Unplaced.Count}");
        foreach (string quote in Unplaced.Take(examples)) text.AppendLine("  unplaced: " + quote);
        foreach (string wrong in Corroboration.Wrong.Take(examples)) text.AppendLine("  wrong link: " + wrong);
        foreach (string missed in Corroboration.Missed.Take(examples)) text.AppendLine("  missed link: " + missed);
        foreach (string wrong in Conflicts.Wrong.Take(examples)) text.AppendLine("  false conflict: " + wrong);
        foreach (string missed in Conflicts.Missed.Take(examples)) text.AppendLine("  missed conflict: " + missed);
        return text.ToString();
    }

    public string ToJson() => JsonSerializer.Serialize(new
    {
        corroboration = Figures(Corroboration),
        conflicts = Figures(Conflicts),
        listedConflicts = ListedConflicts is { } listed
            ? new { found = listed.Found, expected = listed.Expected, correct = listed.Correct, precision = Math.Round(listed.Precision, 4), recall = Math.Round(listed.Recall, 4) }
            : null,
        betweenLabelled = BetweenLabelled is { } between
            ? new { found = between.Found, correct = between.Correct, precision = Math.Round(between.Precision, 4) }
            : null,
        agreementsFlagged = AgreementsFlagged,
        agreements = Agreements,
        unplaced = Unplaced,
        facts = Facts,
        bases = Bases.Select(b => new { basis = b.Basis.ToString().ToLowerInvariant(), found = b.Found, correct = b.Correct }),
        judged = Judged is { } j ? new
        {
            judged = j.Judged, sameForAll = j.SameForAll, sameForSome = j.SameForSome, notJudged = j.NotJudged,
            precision = Math.Round(j.Precision, 4), lenientPrecision = Math.Round(j.LenientPrecision, 4),
            estimatedPrecision = Math.Round(j.EstimatedPrecision, 4), estimatedRecall = Math.Round(j.EstimatedRecall, 4),
            alikeAndRight = j.AlikeAndRight, labelCeiling = Math.Round(j.LabelCeiling, 4),
        } : null,
    }, new JsonSerializerOptions(JsonSerializerDefaults.Web));

    private static object Figures(LinkScore s) => new
    {
        found = s.Found, expected = s.Expected, correct = s.Correct,
        precision = Math.Round(s.Precision, 4), recall = Math.Round(s.Recall, 4), f1 = Math.Round(s.F1, 4),
        wrong = s.Wrong, missed = s.Missed,
    };

    private static void Row(StringBuilder text, string name, LinkScore s) =>
        text.AppendLine($"{name,-14} {s.Found,5} {s.Expected,9} {s.Correct,8} {s.Precision,10:0.000} {s.Recall,7:0.000} {s.F1,6:0.000}");
}
