using Search.Core.Ingestion.Html;

namespace Search.Core.Tests.Ingestion.Html;

public class TextBlockSplitterTests
{
    [Fact]
    public void StartsABlockAtEachBlockElementAndBreak()
    {
        var texts = Split("<div>Intro <b>bold</b> text<p>A paragraph.</p>Tail one<br>Tail two<ul><li>Item</li></ul></div>");
        Assert.Equal(["Intro bold text", "A paragraph.", "Tail one", "Tail two", "Item"], texts);
    }

    [Fact]
    public void CollapsesMarkupWhitespaceAndNoBreakSpaces()
    {
        Assert.Equal(["Five miles north"], Split("<p>\n  Five&nbsp;miles\n\n   north  </p>"));
    }

    [Fact]
    public void SkipsScriptsStylesAndFormControls()
    {
        Assert.Equal(["Text."], Split("<p>Text.<script>var a = 1;</script><style>p{}</style><button>Click</button></p>"));
    }

    [Fact]
    public void CountsTheTextInsideLinks()
    {
        var block = Assert.Single(TextBlockSplitter.Split(Body("<p><a href=/a>Home</a> <a href=/b>News</a></p>")));
        Assert.True(block.LinkDensity > 0.8);
    }

    [Fact]
    public void DropsShareWidgetLinesFromParagraphs()
    {
        var paragraphs = TextBlockSplitter.Paragraphs(TextBlockSplitter.Split(Body("<p>Story text.</p><p>Share this article</p>")));
        Assert.Equal(["Story text."], paragraphs.Select(p => p.Text));
    }

    private static AngleSharp.Dom.IElement Body(string html) => HtmlPages.Parse(html).Body!;

    private static List<string> Split(string html) => TextBlockSplitter.Split(Body(html)).Select(b => b.Text).ToList();
}
