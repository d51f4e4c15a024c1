using Search.Core.Analysis;

namespace Search.Core.Highlighting;

/// <summary>
/// A candidate snippet: a span of sentences inside one paragraph (1-based <see cref="Paragraph"/>), the
/// matches inside it, its score, and whether it was cut inside a sentence at either end.
/// </summary>
internal sealed record Passage(TextSpan Span, int Paragraph, IReadOnlyList<TermMatch> Matches, bool CutStart, bool CutEnd)
{
    public float Score { get; init; }

    /// <summary>What its paragraph's kind weighs: a photo caption counts less than the story's own sentences.</summary>
    public float Rank { get; init; } = 1;

    public bool Overlaps(Passage other) => Span.Start < other.Span.End && other.Span.Start < Span.End;
}
