using System.Text;
using AngleSharp.Dom;
using Search.Core.Ingestion.Text;

namespace Search.Core.Ingestion.Html;

/// <summary>
/// Splits markup into <see cref="TextBlock"/>s the way a browser lays it out: block elements (paragraphs,
/// headings, list items, table cells, divs) and <c>&lt;br&gt;</c> start a new block, inline elements run on,
/// and scripts, styles, forms controls and embedded frames are not text. Shared by the page extractors and
/// the feed reader, which gets article bodies as HTML.
/// </summary>
internal static class TextBlockSplitter
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
        "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    };

    // Never reader-visible text: code, styling, controls and embedded documents.
    private static readonly HashSet<string> NotText = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas", "video", "audio",
        "button", "input", "select", "option", "textarea", "head", "title", "meta", "link",
    };

    /// <summary>The text blocks under <paramref name="root"/>, in reading order.</summary>
    /// <param name="fallbackLine">The line given to blocks whose element carries no source position.</param>
    public static List<TextBlock> Split(IElement root, int fallbackLine = 1)
    {
        var walk = new Walk(fallbackLine);
        walk.Visit(root, root, inLink: false);
        walk.Flush();
        return walk.Blocks;
    }

    /// <summary>The blocks as paragraphs, without page-chrome lines ("Share", "Print") and a trailing bare counter.</summary>
    public static List<RawParagraph> Paragraphs(IEnumerable<TextBlock> blocks)
    {
        var paragraphs = blocks.Where(b => !PageChromeFilter.IsChrome(b.Text)).Select(b => new RawParagraph(b.Text, b.Line)).ToList();
        while (paragraphs.Count > 1 && PageChromeFilter.IsTrailingCount(paragraphs[^1].Text)) paragraphs.RemoveAt(paragraphs.Count - 1);
        return paragraphs;
    }

    private sealed class Walk(int fallbackLine)
    {
        public readonly List<TextBlock> Blocks = [];
        private readonly StringBuilder _text = new();
        private IElement? _owner;
        private int _linkChars;

        public void Visit(INode node, IElement owner, bool inLink)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText text)
                {
                    Append(text.Data, owner, inLink);
                    continue;
                }
                if (child is not IElement element) continue;
                string name = element.LocalName;
                if (NotText.Contains(name)) continue;
                if (name == "br")
                {
                    Flush();
                    continue;
                }
                if (BlockElements.Contains(name))
                {
                    Flush();
                    Visit(element, element, inLink);
                    Flush();
                }
                else Visit(element, owner, inLink || name == "a");
            }
        }

        private void Append(string text, IElement owner, bool inLink)
        {
            if (_owner == null)
            {
                if (string.IsNullOrWhiteSpace(text)) return;
                _owner = owner;
            }
            _text.Append(text);
            if (inLink) _linkChars += text.Count(c => !char.IsWhiteSpace(c));
        }

        public void Flush()
        {
            if (_owner == null) return;
            string text = Collapse(TextCleaner.Clean(_text.ToString()));
            if (text.Length > 0)
                Blocks.Add(new TextBlock(text, _owner.SourceReference?.Position.Line ?? fallbackLine, _owner, Math.Min(_linkChars, text.Length)));
            _text.Clear();
            _owner = null;
            _linkChars = 0;
        }

        // Markup whitespace (line ends, indentation, no-break spaces) is one space in a browser.
        private static string Collapse(string text)
        {
            var collapsed = new StringBuilder(text.Length);
            bool space = false;
            foreach (char c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = collapsed.Length > 0;
                    continue;
                }
                if (space) collapsed.Append(' ');
                collapsed.Append(c);
                space = false;
            }
            return collapsed.ToString();
        }
    }
}
