using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Search.Core.Ingestion.Html;

/// <summary>Parses decoded HTML as a browser would (AngleSharp), keeping source positions so paragraphs can name their line.</summary>
internal static class HtmlPages
{
    // The parser holds no per-document state, but it is cheap to make and not documented as thread-safe, so make one per call.
    public static IHtmlDocument Parse(string html) =>
        new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);
}
