namespace Search.Core.Linking.Evaluation;

/// <summary>A labelled passage: the article and a quote copied from it, which names the paragraph that states the fact.</summary>
public sealed record LabelledQuote(string Article, string Quote);

/// <summary>One fact and every passage that states it, read by hand.</summary>
public sealed record LabelledFact(string Id, string Statement, IReadOnlyList<LabelledQuote> Passages);

/// <summary>Two passages that give figures for one count: different ones (a conflict) or the same in other words (an agreement).</summary>
public sealed record LabelledFigurePair(string Id, string Figure, LabelledQuote A, LabelledQuote B);

/// <summary>The hand labels of linking (<c>seed-facts.json</c>): facts with their passages, conflicting figures, and agreeing ones.</summary>
public sealed record LinkingLabels(IReadOnlyList<LabelledFact> Facts, IReadOnlyList<LabelledFigurePair> Conflicts, IReadOnlyList<LabelledFigurePair> Agreements)
{
    public static LinkingLabels Load(string path)
    {
        var labels = LabelFile.Read<LinkingLabels>(path);
        return labels is { Facts: not null, Conflicts: not null, Agreements: not null } ? labels : throw new InvalidDataException($"{path}: no facts, conflicts or agreements");
    }
}
