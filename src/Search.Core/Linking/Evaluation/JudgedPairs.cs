namespace Search.Core.Linking.Evaluation;

/// <summary>A paragraph by its article and permalink anchor.</summary>
public sealed record JudgedParagraph(string Article, string Paragraph);

/// <summary>One assessor's verdict on a pair: whether both paragraphs state a same fact, which, and the spans that state it.</summary>
public sealed record Judgment(bool Same, string? Fact = null, string? A = null, string? B = null);

/// <summary>
/// A part of the pairs of paragraphs of different articles, and how many pairs it holds: every pair of it is judged, or a random
/// sample of them.
/// </summary>
public sealed record JudgedStratum(string Name, int Size, string Holds);

/// <summary>A pair of paragraphs of two outlets, the stratum it was drawn from, and each assessor's verdict.</summary>
public sealed record JudgedPair(JudgedParagraph A, JudgedParagraph B, string Stratum, IReadOnlyList<Judgment> Judges)
{
    public ParagraphPair Pair => ParagraphPair.Of((A.Article, A.Paragraph), (B.Article, B.Paragraph));

    /// <summary>Every assessor found a fact the two paragraphs share.</summary>
    public bool SameForAll => Judges.Count > 0 && Judges.All(j => j.Same);

    /// <summary>No assessor found one.</summary>
    public bool SameForNone => Judges.All(j => !j.Same);
}

/// <summary>
/// Pairs of paragraphs judged blind (<c>judged-pairs.json</c>, with <c>JUDGED.md</c>): a pool of linked and unlinked pairs,
/// shuffled, that assessors judged from the two texts alone, not knowing which pairs were linked. It scores links the way
/// a reader of them would, where the fact labels score only the facts their labeller listed.
/// </summary>
public sealed record JudgedPairs(IReadOnlyList<JudgedStratum> Strata, IReadOnlyList<JudgedPair> Pairs)
{
    public static JudgedPairs Load(string path)
    {
        var judged = LabelFile.Read<JudgedPairs>(path);
        return judged is { Strata: not null, Pairs: not null } ? judged : throw new InvalidDataException($"{path}: no strata or no judged pairs");
    }

    /// <summary>
    /// How the <paramref name="linked"/> pairs fare with the assessors: counted over the judged links, and estimated over every
    /// pair, each stratum's judged pairs standing for all of its pairs (a link outside the judged ones counts through its stratum's sample).
    /// </summary>
    public JudgedScore Score(IReadOnlyCollection<ParagraphPair> linked, IReadOnlyCollection<ParagraphPair>? right = null)
    {
        var isLinked = linked.ToHashSet();
        var judged = Pairs.GroupBy(p => p.Pair).ToDictionary(g => g.Key, g => g.First());
        var links = isLinked.Where(judged.ContainsKey).Select(p => judged[p]).ToList();
        double alike = 0, alikeLinked = 0, linkedPairs = 0;
        foreach (var stratum in Strata)
        {
            var sample = Pairs.Where(p => p.Stratum == stratum.Name).ToList();
            if (sample.Count == 0) continue;
            double weight = (double)stratum.Size / sample.Count;
            alike += weight * sample.Count(p => p.SameForAll);
            alikeLinked += weight * sample.Count(p => p.SameForAll && isLinked.Contains(p.Pair));
            linkedPairs += weight * sample.Count(p => isLinked.Contains(p.Pair));
        }
        return new JudgedScore(
            Judged: links.Count,
            SameForAll: links.Count(p => p.SameForAll),
            SameForSome: links.Count(p => !p.SameForAll && !p.SameForNone),
            NotJudged: isLinked.Count - links.Count,
            EstimatedPrecision: linkedPairs == 0 ? 1 : alikeLinked / linkedPairs,
            EstimatedRecall: alike == 0 ? 1 : alikeLinked / alike)
        {
            AlikeAndRight = right == null ? 0 : links.Count(p => p.SameForAll && right.Contains(p.Pair)),
        };
    }
}

/// <summary>
/// Links against the blind judgments: how many were judged, how many every assessor (or only some) found to share a fact, how
/// many were not judged, and the precision and recall estimated over all pairs from the strata's samples (a pair is alike when
/// every assessor found a shared fact).
/// </summary>
public sealed record JudgedScore(int Judged, int SameForAll, int SameForSome, int NotJudged, double EstimatedPrecision, double EstimatedRecall)
{
    /// <summary>The share of judged links that every assessor found to share a fact.</summary>
    public double Precision => Judged == 0 ? 1 : (double)SameForAll / Judged;

    /// <summary>The same, counting a link any assessor found to share a fact.</summary>
    public double LenientPrecision => Judged == 0 ? 1 : (double)(SameForAll + SameForSome) / Judged;

    /// <summary>Of the links every assessor found alike, those right on the fact labels as well.</summary>
    public int AlikeAndRight { get; init; }

    /// <summary>
    /// The label precision if only the links judged alike were kept: what a perfect judge of shared facts would score on labels
    /// that leave some facts out.
    /// </summary>
    public double LabelCeiling => SameForAll == 0 ? 1 : (double)AlikeAndRight / SameForAll;
}
