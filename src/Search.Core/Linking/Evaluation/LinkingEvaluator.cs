using System.Text.RegularExpressions;
using Search.Core.Linking.Corroboration;
using Search.Core.Linking.Passages;

namespace Search.Core.Linking.Evaluation;

/// <summary>
/// Scores the links the <see cref="CorroborationFinder"/> makes over indexed articles against hand labels.
/// A labelled quote names the paragraph that holds it. A link between two paragraphs is right when some
/// labelled fact has a passage in each; a conflict flag is right when a labelled conflict joins the two paragraphs.
/// </summary>
public static partial class LinkingEvaluator
{
    // The heaviest shared features printed beside a link.
    private const int SharedShown = 10;

    /// <param name="paragraphs">Each indexed article's paragraphs (anchor and text), by article id.</param>
    /// <param name="links">The finder's links for an article id.</param>
    public static LinkingEvaluation Evaluate(LinkingLabels labels, IReadOnlyDictionary<string, IReadOnlyList<(string Anchor, string Text)>> paragraphs,
        Func<string, IReadOnlyDictionary<string, PassageLinks>?> links)
    {
        var unplaced = new List<string>();
        (string Article, string Anchor)? Place(LabelledQuote quote)
        {
            var placed = PlaceQuote(paragraphs, quote);
            if (placed == null) unplaced.Add($"{quote.Article}: {quote.Quote}");
            return placed;
        }

        var expected = new HashSet<ParagraphPair>();
        var labelled = new HashSet<(string Article, string Anchor)>(); // paragraphs that state some labelled fact
        var byFact = new List<(string Id, List<ParagraphPair> Pairs)>();
        foreach (var fact in labels.Facts)
        {
            var pairs = PairsOf(fact, Place);
            foreach (var pair in pairs) { labelled.Add((pair.ArticleA, pair.AnchorA)); labelled.Add((pair.ArticleB, pair.AnchorB)); }
            expected.UnionWith(pairs);
            byFact.Add((fact.Id, pairs));
        }
        var listedConflicts = labels.Conflicts.Select(c => (Place(c.A), Place(c.B))).Where(p => p.Item1 != null && p.Item2 != null)
            .Select(p => ParagraphPair.Of(p.Item1!.Value, p.Item2!.Value)).ToHashSet();
        var expectedConflicts = listedConflicts.Union(labels.Conflicts.SelectMany(c => FigurePairs(labels, c, Place))).ToHashSet();
        var agreements = labels.Agreements.Select(c => (Place(c.A), Place(c.B))).Where(p => p.Item1 != null && p.Item2 != null)
            .Select(p => ParagraphPair.Of(p.Item1!.Value, p.Item2!.Value)).ToHashSet();

        var found = new HashSet<ParagraphPair>();
        var basis = new Dictionary<ParagraphPair, LinkBasis>(); // the strongest rule that linked a pair, in either direction
        var flagged = new HashSet<ParagraphPair>();
        var why = new Dictionary<ParagraphPair, string>();
        var evidence = new Dictionary<ParagraphPair, string>(); // what the linked sentences share, for reading a wrong link
        foreach (string article in paragraphs.Keys)
        {
            foreach (var (anchor, passage) in links(article) ?? new Dictionary<string, PassageLinks>())
            {
                foreach (var c in passage.Corroborations)
                {
                    var pair = ParagraphPair.Of((article, anchor), (c.Passage.ArticleId, c.Passage.Anchor));
                    found.Add(pair);
                    if (!basis.TryGetValue(pair, out var known) || c.Basis < known) evidence[pair] = string.Join(" ", c.Shared.Take(SharedShown));
                    basis[pair] = basis.TryGetValue(pair, out known) && known < c.Basis ? known : c.Basis;
                }
                foreach (var c in passage.Conflicts)
                {
                    var pair = ParagraphPair.Of((article, anchor), (c.Passage.ArticleId, c.Passage.Anchor));
                    flagged.Add(pair);
                    why.TryAdd(pair, $"{c.Counted}: “{c.Ours}” against “{c.Theirs}”");
                }
            }
        }
        string Show(ParagraphPair pair) => why.TryGetValue(pair, out string? reason)
            ? $"{pair}  {reason}"
            : $"{pair}  {(basis.TryGetValue(pair, out var rule) ? $"[{rule.ToString().ToLowerInvariant()}] " : "")}«{Start(pair.ArticleA, pair.AnchorA)}» ~ «{Start(pair.ArticleB, pair.AnchorB)}»" +
              (evidence.TryGetValue(pair, out string? shared) ? $"  sharing: {shared}" : "");
        string Start(string article, string anchor)
        {
            // A link may reach an article no labelled fact quotes (another event's story): wrong, and shown by its anchor alone.
            if (!paragraphs.TryGetValue(article, out var list)) return "(an article with no labelled passage)";
            string text = list.FirstOrDefault(p => p.Anchor == anchor).Text ?? "";
            return text.Length <= 90 ? text : text[..90] + "…";
        }
        return new LinkingEvaluation(Score(found, expected, Show), Score(flagged, expectedConflicts, Show), flagged.Count(agreements.Contains), agreements.Count,
            unplaced.Distinct().ToList(), byFact.Select(f => new FactRecall(f.Id, f.Pairs.Count, f.Pairs.Count(found.Contains))).ToList())
        {
            Bases = basis.GroupBy(b => b.Value).OrderBy(g => g.Key)
                .Select(g => new BasisPrecision(g.Key, g.Count(), g.Count(b => expected.Contains(b.Key)))).ToList(),
            ListedConflicts = Score(flagged, listedConflicts, Show),
            Linked = found,
            Right = found.Where(expected.Contains).ToHashSet(),
            BetweenLabelled = Score(found.Where(p => labelled.Contains((p.ArticleA, p.AnchorA)) && labelled.Contains((p.ArticleB, p.AnchorB))).ToHashSet(), expected, Show),
        };
    }

    /// <summary>
    /// How far two labellings agree: the pairs of paragraphs that <paramref name="other"/>'s facts join, scored against
    /// <paramref name="labels"/>' as if they were found links (its precision and recall against these labels).
    /// </summary>
    public static LinkScore Agreement(LinkingLabels labels, LinkingLabels other, IReadOnlyDictionary<string, IReadOnlyList<(string Anchor, string Text)>> paragraphs)
    {
        HashSet<ParagraphPair> Pairs(LinkingLabels set) => set.Facts.SelectMany(f => PairsOf(f, q => PlaceQuote(paragraphs, q))).ToHashSet();
        return Score(Pairs(other), Pairs(labels), pair => pair.ToString());
    }

    /// <summary>
    /// A conflict is between two figures. When each of its quotes is a passage of one labelled fact, every report of the one
    /// fact disagrees with every report of the other, though the labeller may have listed only some pairs of them.
    /// </summary>
    private static IEnumerable<ParagraphPair> FigurePairs(LinkingLabels labels, LabelledFigurePair conflict, Func<LabelledQuote, (string Article, string Anchor)?> place)
    {
        LabelledFact? FactOf(LabelledQuote quote) => labels.Facts
            .Where(f => f.Passages.Any(p => p.Article == quote.Article && Normal(p.Quote) == Normal(quote.Quote))).ToList() is [var only] ? only : null;
        if (FactOf(conflict.A) is not { } one || FactOf(conflict.B) is not { } other || one == other) return [];
        List<(string Article, string Anchor)> Placed(LabelledFact fact) => fact.Passages.Select(place).OfType<(string Article, string Anchor)>().Distinct().ToList();
        return from x in Placed(one) from y in Placed(other) where x.Article != y.Article select ParagraphPair.Of(x, y);
    }

    // The pairs of paragraphs of different articles that one fact's passages join.
    private static List<ParagraphPair> PairsOf(LabelledFact fact, Func<LabelledQuote, (string Article, string Anchor)?> place)
    {
        var placed = fact.Passages.Select(place).OfType<(string Article, string Anchor)>().Distinct().ToList();
        var pairs = new HashSet<ParagraphPair>();
        for (int i = 0; i < placed.Count; i++)
            for (int j = i + 1; j < placed.Count; j++)
                if (placed[i].Article != placed[j].Article) pairs.Add(ParagraphPair.Of(placed[i], placed[j]));
        return pairs.ToList();
    }

    /// <summary>
    /// The paragraph that holds a quote. Another labeller's quotes may differ from the text in what copying changes: spacing,
    /// curly quotes and dashes, case, or a quote run across a paragraph break (placed by its longest part).
    /// </summary>
    internal static (string Article, string Anchor)? PlaceQuote(IReadOnlyDictionary<string, IReadOnlyList<(string Anchor, string Text)>> paragraphs, LabelledQuote quote)
    {
        if (!paragraphs.TryGetValue(quote.Article, out var list)) return null;
        string wanted = Normal(quote.Quote.Split('\n').MaxBy(part => part.Trim().Length)!);
        if (wanted.Length == 0) return null;
        foreach (var comparison in (StringComparison[])[StringComparison.Ordinal, StringComparison.OrdinalIgnoreCase])
            if (list.FirstOrDefault(p => Normal(p.Text).Contains(wanted, comparison)) is { Anchor: not null } hit)
                return (quote.Article, hit.Anchor);
        return null;
    }

    private static LinkScore Score(HashSet<ParagraphPair> found, HashSet<ParagraphPair> expected, Func<ParagraphPair, string> show) => new(
        found.Count, expected.Count, found.Count(expected.Contains),
        found.Where(f => !expected.Contains(f)).Select(show).Order(StringComparer.Ordinal).ToList(),
        expected.Where(e => !found.Contains(e)).Select(show).Order(StringComparer.Ordinal).ToList());

    // Quotes are matched with spacing, quotes, dashes and ellipses evened out, as copied text often differs in them.
    internal static string Normal(string text) =>
        Spaces().Replace(Dashes().Replace(text.Replace('‘', '\'').Replace('’', '\'').Replace('“', '"').Replace('”', '"').Replace("…", "..."), "-"), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\u2010-\u2015\u2212]")]
    private static partial Regex Dashes();
}
