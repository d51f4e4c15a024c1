namespace Search.Core.Linking.Corroboration;

/// <summary>A passage of another article: where it is (article, paragraph number and anchor), whose it is, and the sentence that matched.</summary>
public sealed record LinkedPassage(string ArticleId, string? Source, DateOnly? Date, int Number, string Anchor, string SentenceAnchor, string Sentence);

/// <summary>Another outlet's passage that reports the same fact, with how closely it matched (0–1) and the sentence of ours it matched.</summary>
public sealed record Corroboration(LinkedPassage Passage, float Score, string OwnSentenceAnchor);

/// <summary>Another outlet's passage that gives a different figure for the same count: what is counted, our wording and theirs.</summary>
public sealed record FigureConflict(LinkedPassage Passage, string Counted, string Ours, string Theirs);

/// <summary>What links one paragraph of an article to other outlets' reports.</summary>
public sealed record PassageLinks(IReadOnlyList<Corroboration> Corroborations, IReadOnlyList<FigureConflict> Conflicts)
{
    public static PassageLinks None { get; } = new([], []);
}
