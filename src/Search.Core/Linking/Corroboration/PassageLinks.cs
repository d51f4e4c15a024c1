namespace Search.Core.Linking.Corroboration;

/// <summary>A passage of another article: where it is (article, paragraph number and anchor), whose it is, and the sentence that matched.</summary>
public sealed record LinkedPassage(string ArticleId, string? Source, DateOnly? Date, int Number, string Anchor, string SentenceAnchor, string Sentence)
{
    /// <summary>Its article's title, plain text.</summary>
    public string Title { get; init; } = "";
}

/// <summary>Why two passages were taken for one fact: the rule of <see cref="FactMatcher"/> that linked them, strongest first.</summary>
public enum LinkBasis
{
    /// <summary>A pair of sentences alike as wholes.</summary>
    Sentence,
    /// <summary>A short shared phrase that names an event ("rising fuel prices"), inside longer sentences.</summary>
    Phrase,
    /// <summary>The two paragraphs alike as wholes, sharing an event word or an exact number.</summary>
    Paragraph,
}

/// <summary>
/// Another outlet's passage that reports the same fact, with how closely it matched (0–1), the sentence of ours it matched,
/// and the rule that linked them.
/// </summary>
public sealed record Corroboration(LinkedPassage Passage, float Score, string OwnSentenceAnchor, LinkBasis Basis)
{
    /// <summary>
    /// What the two sentences share, heaviest first, as our sentence writes it: words as they stand, numbers in digits ("13" for
    /// "Thirteen"), days as written, entities by name. The page and the API show it as the link's grounds, and the evaluation
    /// prints it beside a wrong link, so that a rule can be read off the evidence rather than guessed.
    /// </summary>
    public IReadOnlyList<string> Shared { get; init; } = [];
}

/// <summary>Another outlet's passage that gives a different figure for the same count: what is counted, our wording and theirs.</summary>
public sealed record FigureConflict(LinkedPassage Passage, string Counted, string Ours, string Theirs);

/// <summary>What links one paragraph of an article to other outlets' reports.</summary>
public sealed record PassageLinks(IReadOnlyList<Corroboration> Corroborations, IReadOnlyList<FigureConflict> Conflicts)
{
    public static PassageLinks None { get; } = new([], []);

    /// <summary>
    /// Whether a passage that corroborates this one also gives a different figure: two reports of one sinking share the
    /// sinking and give two tolls. Said beside the link, so that "Also reported by" does not vouch for the figure flagged above.
    /// </summary>
    public bool DiffersInAFigure(Corroboration link) =>
        Conflicts.Any(c => c.Passage.ArticleId == link.Passage.ArticleId && c.Passage.Anchor == link.Passage.Anchor);
}
