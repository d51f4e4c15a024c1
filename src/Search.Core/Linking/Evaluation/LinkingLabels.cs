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
        if (labels?.Facts == null) throw new InvalidDataException($"{path}: no facts");
        // Conflicts and agreements may be left out, and ids too: only the passages are needed. A passage without its
        // article or quote is refused, naming the entry, rather than failing later on a null.
        static bool Whole(LabelledQuote? q) => q is { Article: not null, Quote: not null };
        var facts = new List<LabelledFact>();
        for (int i = 0; i < labels.Facts.Count; i++)
        {
            if (labels.Facts[i] is not { Passages: not null } fact || !fact.Passages.All(Whole))
                throw new InvalidDataException($"{path}: fact {labels.Facts[i]?.Id ?? $"number {i + 1}"} needs passages, each with an article and a quote");
            facts.Add(fact with { Id = fact.Id ?? $"fact {i + 1}", Statement = fact.Statement ?? "" });
        }
        List<LabelledFigurePair> Pairs(IReadOnlyList<LabelledFigurePair>? pairs, string kind) => (pairs ?? []).Select((pair, i) =>
            pair is { } p && Whole(p.A) && Whole(p.B)
                ? p with { Id = p.Id ?? $"{kind} {i + 1}", Figure = p.Figure ?? "" }
                : throw new InvalidDataException($"{path}: {kind} {pair?.Id ?? $"number {i + 1}"} needs passages a and b, each with an article and a quote")).ToList();
        return new(facts, Pairs(labels.Conflicts, "conflict"), Pairs(labels.Agreements, "agreement"));
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
