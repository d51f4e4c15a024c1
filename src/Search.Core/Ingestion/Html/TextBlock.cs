using AngleSharp.Dom;

namespace Search.Core.Ingestion.Html;

/// <summary>
/// A run of text that reads as one paragraph on the page: the text of a block element (or of one of its
/// parts between <c>&lt;br&gt;</c>s), the element it belongs to, its source line, and how much of it is link text.
/// </summary>
internal sealed record TextBlock(string Text, int Line, IElement Owner, int LinkChars)
{
    /// <summary>The share of the text inside links: near 1 for menus and "read more" lists, near 0 for prose.</summary>
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
}
