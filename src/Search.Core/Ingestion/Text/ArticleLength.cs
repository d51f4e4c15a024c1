namespace Search.Core.Ingestion.Text;

/// <summary>
/// Keeps an article within <see cref="ReadLimits.MaxArticleChars"/>: whole paragraphs while they fit,
/// then the next one cut at a word. What is cut is reported, never dropped silently.
/// </summary>
public static class ArticleLength
{
    /// <summary>The paragraphs that fit, and whether any text was cut.</summary>
    public static (IReadOnlyList<RawParagraph> Paragraphs, bool Truncated) Limit(IReadOnlyList<RawParagraph> paragraphs, int maxChars)
    {
        long total = 0;
        foreach (var p in paragraphs) total += p.Text.Length;
        if (total <= maxChars) return (paragraphs, false);

        var kept = new List<RawParagraph>();
        int left = maxChars;
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Text.Length <= left)
            {
                kept.Add(paragraph);
                left -= paragraph.Text.Length;
                continue;
            }
            int cut = paragraph.Text.LastIndexOf(' ', Math.Max(0, left - 1));
            if (cut > 0) kept.Add(paragraph with { Text = paragraph.Text[..cut] + " …" });
            break;
        }
        return (kept, true);
    }

    /// <summary>The warning reported for a truncated article.</summary>
    public static string Warning(int maxChars) =>
        $"the article is longer than {maxChars:N0} characters (--max-article-chars, or the site's Search:Ingestion:MaxArticleChars); only its start was indexed";

    /// <summary>
    /// The article with the limit it was cut at in its content hash, so that a run under another limit re-indexes it, either
    /// way: raised, the text cut earlier stayed cut ("unchanged"), and lowered, a whole text stayed whole.
    /// </summary>
    public static RawArticle WithLimitInHash(RawArticle raw, int maxChars) =>
        raw.Truncated ? raw with { ContentHash = $"{raw.ContentHash}/cut at {maxChars}" } : raw;
}
