using AngleSharp.Html.Dom;

namespace Search.Core.Ingestion.Html;

/// <summary>
/// Finds the article text of a news page, leaving out its chrome (menus, share bars, related links, comments, ads).
/// NOTE: an extractor may change the document it is given; read metadata from it first.
/// </summary>
internal interface IMainTextExtractor
{
    /// <summary>A short name for measurements and messages.</summary>
    string Name { get; }

    /// <summary>The article's paragraphs in reading order; empty when the page holds no article text.</summary>
    IReadOnlyList<RawParagraph> Extract(IHtmlDocument page);
}
