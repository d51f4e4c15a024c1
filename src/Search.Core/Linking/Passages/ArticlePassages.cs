using Search.Core.Analysis;

namespace Search.Core.Linking.Passages;

/// <summary>A sentence of a passage: its anchor and its span in the article's stored body.</summary>
public sealed record PassageSentence(string Anchor, TextSpan Span);

/// <summary>
/// A passage of an article: one paragraph, its 1-based <see cref="Number"/> (the old <c>#p{n}</c> anchor),
/// its text-derived <see cref="Anchor"/>, its span in the stored body and its sentences.
/// </summary>
public sealed record ArticlePassage(int Number, string Anchor, TextSpan Span, string Text, IReadOnlyList<PassageSentence> Sentences);

/// <summary>Splits a stored body (paragraphs joined by a blank line) into passages with their anchors.</summary>
public static class ArticlePassages
{
    public static IReadOnlyList<ArticlePassage> Of(string body)
    {
        var spans = Highlighting.Highlighter.Paragraphs(body);
        var texts = spans.Select(s => body[s.Start..s.End]).ToList();
        var anchors = PassageAnchor.ForAll(texts, PassageAnchor.ParagraphPrefix);
        var passages = new List<ArticlePassage>(spans.Count);
        var sentenceAnchors = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < spans.Count; i++)
        {
            var sentences = SentenceSplitter.Split(body, spans[i].Start, spans[i].End)
                .Select(s => new PassageSentence(Unique(PassageAnchor.Of(body.AsSpan(s.Start, s.End - s.Start), PassageAnchor.SentencePrefix), sentenceAnchors), s))
                .ToList();
            passages.Add(new ArticlePassage(i + 1, anchors[i], spans[i], texts[i], sentences));
        }
        return passages;
    }

    /// <summary>
    /// The anchors of the body's first <paramref name="count"/> paragraphs, in order: what snippets link to,
    /// without splitting sentences or hashing the rest of a long article.
    /// </summary>
    public static IReadOnlyList<string> ParagraphAnchors(string body, int count = int.MaxValue) =>
        PassageAnchor.ForAll(body, Highlighting.Highlighter.Paragraphs(body).Take(count), PassageAnchor.ParagraphPrefix);

    private static string Unique(string anchor, Dictionary<string, int> seen)
    {
        int copies = seen.TryGetValue(anchor, out int n) ? n + 1 : 1;
        seen[anchor] = copies;
        return copies == 1 ? anchor : $"{anchor}-{copies}";
    }
}
