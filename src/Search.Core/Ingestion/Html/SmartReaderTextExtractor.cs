using AngleSharp.Html.Dom;

namespace Search.Core.Ingestion.Html;

/// <summary>
/// Finds the article text with SmartReader, the .NET port of Mozilla Readability (Firefox's reader view).
/// Its output is HTML, which is split into paragraphs like any other markup; it keeps no source positions, so
/// every paragraph is given line 1.
/// </summary>
internal sealed class SmartReaderTextExtractor : IMainTextExtractor
{
    // SmartReader uses the address only to resolve relative links; nothing is fetched.
    private const string PlaceholderAddress = "https://localhost/";

    public string Name => "SmartReader";

    public IReadOnlyList<RawParagraph> Extract(IHtmlDocument page)
    {
        var article = new SmartReader.Reader(PlaceholderAddress, page) { DisableJSONLD = true }.GetArticle();
        // IsReadable is Readability's "probably readerable" guess (enough long <p>s), which short stories and
        // <div>-only templates fail although the content it extracts is right; so the content alone decides.
        if (string.IsNullOrWhiteSpace(article.Content)) return [];
        var content = HtmlPages.Parse(article.Content);
        if (content.Body is not { } body) return [];
        return TextBlockSplitter.Paragraphs(
            TextBlockSplitter.Split(body).Select(b => b with { Line = 1 }).Where(b => !BoilerplateRules.IsChromePhrase(b.Text)));
    }
}
