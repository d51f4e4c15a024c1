using Search.Core.Ingestion.Files;
using Search.Core.Ingestion.Text;

namespace Search.Core.Ingestion.Html;

/// <summary>
/// Reads a saved news page (<c>.html</c>, <c>.htm</c>): one page, one article, whose id is the file name
/// without its extension. The article text is found by <see cref="RuleBasedTextExtractor"/>, or by SmartReader
/// when the rules find nothing (see docs/ingestion-html.md for the measurement behind that choice); metadata
/// comes from the page's meta tags and JSON-LD (<see cref="HtmlMetadataReader"/>).
/// </summary>
public sealed class HtmlArticleReader : IArticleReader
{
    /// <summary>The origin named in the evidence of given values.</summary>
    public const string Origin = HtmlMetadataReader.Origin;

    // Readability's own minimum article length: below it, what the fallback finds on a page the rules found
    // empty is the footer and menu of a page without a story, not a story.
    private const int MinFallbackChars = 140;

    private readonly IMainTextExtractor _extractor;
    private readonly IMainTextExtractor? _fallback;

    public HtmlArticleReader() : this(new RuleBasedTextExtractor(), new SmartReaderTextExtractor())
    {
    }

    internal HtmlArticleReader(IMainTextExtractor extractor, IMainTextExtractor? fallback = null)
    {
        _extractor = extractor;
        _fallback = fallback;
    }

    public string Format => "HTML";

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    public IEnumerable<ReadOutcome> Read(string path, ReadLimits limits)
    {
        var (bytes, problem) = InputFile.ReadAllBytes(path, limits.MaxFileBytes);
        if (bytes == null) return [ReadOutcome.Fail(path, 0, problem!)];
        var (html, line, decodeProblem) = TextDecoder.Decode(bytes, DeclaredCharset(bytes));
        if (html == null) return [ReadOutcome.Fail(path, line, decodeProblem!)];
        return [Parse(Path.GetFileNameWithoutExtension(path), path, html, limits)];
    }

    /// <summary>Reads the article of a decoded page.</summary>
    internal ReadOutcome Parse(string id, string sourcePath, string html, ReadLimits limits)
    {
        var page = HtmlPages.Parse(html);
        var given = HtmlMetadataReader.Read(page, out string? dateProblem);
        var found = WithoutHeadline(_extractor.Extract(page), given.Title);
        if (found.Count == 0 && _fallback != null)
        {
            found = WithoutHeadline(_fallback.Extract(HtmlPages.Parse(html)), given.Title);
            if (found.Sum(p => p.Text.Length) < MinFallbackChars) found = [];
        }

        var (paragraphs, truncated) = ArticleLength.Limit(found, limits.MaxArticleChars);
        if (paragraphs.Count == 0)
            return ReadOutcome.Fail(sourcePath, 1, "the page holds no article text (no paragraphs outside menus, headers and footers; is the file cut short?)");

        var article = new RawArticle(ArticleIds.From(id), sourcePath, paragraphs[0].Line, paragraphs, given)
        {
            ContentHash = ContentHash.Of(string.Join("\n\n", paragraphs.Select(p => p.Text)), given),
            Truncated = truncated,
        };
        return ReadOutcome.WarnOf(article, [truncated ? ArticleLength.Warning(limits.MaxArticleChars) : null, dateProblem]);
    }

    // A page served as bytes cannot be UTF-16 unless it starts with a byte-order mark (which TextDecoder reads first);
    // browsers read a meta tag that says so as UTF-8 (WHATWG HTML, "prescan a byte stream").
    private static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        string? charset = CharsetDeclaration.OfHtml(bytes);
        return charset != null && charset.StartsWith("utf-16", StringComparison.OrdinalIgnoreCase) ? "utf-8" : charset;
    }

    // The headline is given as the title; repeated as the first paragraph it would be counted twice.
    private static IReadOnlyList<RawParagraph> WithoutHeadline(IReadOnlyList<RawParagraph> paragraphs, string? title) =>
        title == null ? paragraphs : paragraphs.Where(p => !string.Equals(p.Text, title, StringComparison.OrdinalIgnoreCase)).ToList();
}
