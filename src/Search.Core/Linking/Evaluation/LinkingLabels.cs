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
        if (labels is not { Facts: not null, Conflicts: not null, Agreements: not null })
            throw new InvalidDataException($"{path}: no facts, conflicts or agreements");
        // A field left out reads as null: name the entry, not a null reference later.
        static bool Whole(LabelledQuote? q) => q is { Article: not null, Quote: not null };
        for (int i = 0; i < labels.Facts.Count; i++)
            if (labels.Facts[i] is not { Id: not null, Passages: not null } fact || !fact.Passages.All(Whole))
                throw new InvalidDataException($"{path}: fact {labels.Facts[i]?.Id ?? $"number {i + 1}"} needs an id and passages, each with an article and a quote");
        var pairs = labels.Conflicts.Concat(labels.Agreements).ToList();
        for (int i = 0; i < pairs.Count; i++)
            if (pairs[i] is not { Id: not null } pair || !Whole(pair.A) || !Whole(pair.B))
                throw new InvalidDataException($"{path}: figure pair {pairs[i]?.Id ?? $"number {i + 1}"} needs an id and passages a and b, each with an article and a quote");
        return labels;
    }

    /// <summary>
    /// These labels with each article named as <paramref name="idOf"/> names it: a labeller may name an article by its file
    /// (<c>seeds/000_f93588ad3d61e761.txt</c>) where the index knows it by its id.
    /// </summary>
    public LinkingLabels Renamed(Func<string, string> idOf)
    {
        LabelledQuote Named(LabelledQuote q) => q with { Article = idOf(q.Article) };
        LabelledFigurePair PairNamed(LabelledFigurePair p) => p with { A = Named(p.A), B = Named(p.B) };
        return new(Facts.Select(f => f with { Passages = f.Passages.Select(Named).ToList() }).ToList(),
            Conflicts.Select(PairNamed).ToList(), Agreements.Select(PairNamed).ToList());
    }

    /// <summary>The article id a file name gives: its name without folder or extension.</summary>
    public static string FileStem(string named) => Path.GetFileNameWithoutExtension(named.Replace('\\', '/').Trim());
}
