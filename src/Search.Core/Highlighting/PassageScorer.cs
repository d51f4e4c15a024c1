namespace Search.Core.Highlighting;

/// <summary>
/// Scores a passage like Lucene's PostingsHighlighter: for each distinct term, its weight (idf) times a
/// BM25 term-frequency factor normalised by passage length, the sum multiplied by a position norm that
/// slightly favours passages near the start of the article (the lead states the news).
/// score = norm(start) · Σ_t weight(t) · tf(t)·(k1+1) / (tf(t) + k1·(1 − b + b·length/pivot)),
/// norm(start) = 1 + 1/ln(pivot + start).
/// </summary>
internal static class PassageScorer
{
    /// <summary>BM25 k1: how fast repeated terms stop adding to the score.</summary>
    private const float K1 = 1.2f;

    /// <summary>BM25 b: how much a long passage is penalised.</summary>
    private const float B = 0.75f;

    /// <summary>Typical passage length in characters (Lucene's default pivot).</summary>
    private const float Pivot = 87f;

    public static float Score(Passage passage, Func<string, float> weight)
    {
        float sum = 0;
        foreach (var group in passage.Matches.GroupBy(m => m.Term))
        {
            int tf = group.Count();
            sum += weight(group.Key) * tf * (K1 + 1) / (tf + K1 * (1 - B + B * passage.Span.Length / Pivot));
        }
        return sum * (1 + 1 / MathF.Log(Pivot + passage.Span.Start));
    }
}
