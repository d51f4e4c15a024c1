using System.Text;
using Search.Core.Ingestion.Text;

namespace Search.Core.Tests.Ingestion.Text;

public class TextDecoderTests
{
    [Fact]
    public void ReadsUtf8WithAndWithoutAByteOrderMark()
    {
        Assert.Equal("Zakharova é", TextDecoder.Decode(Encoding.UTF8.GetBytes("Zakharova é")).Text);
        Assert.Equal("é", TextDecoder.Decode([0xEF, 0xBB, 0xBF, 0xC3, 0xA9]).Text);
    }

    [Fact]
    public void ReadsUtf16ByItsByteOrderMark()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Алматы")).ToArray();
        Assert.Equal("Алматы", TextDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void ReadsTheCharsetADocumentDeclares()
    {
        var html = Encoding.Latin1.GetBytes("<meta charset=\"windows-1252\"><p>Caf\u00e9 \u00e0 Paris</p>");
        string? charset = CharsetDeclaration.OfHtml(html);
        Assert.Equal("windows-1252", charset);
        Assert.Contains("Café à Paris", TextDecoder.Decode(html, charset).Text);

        var xml = Encoding.GetEncoding("iso-8859-1").GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss>M\u00fcnchen</rss>");
        Assert.Equal("ISO-8859-1", CharsetDeclaration.OfXml(xml));
        Assert.Contains("München", TextDecoder.Decode(xml, CharsetDeclaration.OfXml(xml)).Text);
    }

    [Fact]
    public void ReportsBytesThatAreNotUtf8WithTheirLineInsteadOfGarblingThem()
    {
        var bytes = Encoding.UTF8.GetBytes("line one\nline two\n").Concat(new byte[] { 0x43, 0x61, 0x66, 0xE9, 0x0A }).ToArray();
        var (text, line, problem) = TextDecoder.Decode(bytes);
        Assert.Null(text);
        Assert.Equal(3, line);
        Assert.Contains("not valid UTF-8", problem);
    }

    [Fact]
    public void ReportsAnUnknownDeclaredEncoding()
    {
        var (text, _, problem) = TextDecoder.Decode("x"u8, "klingon-8");
        Assert.Null(text);
        Assert.Equal("unknown character encoding 'klingon-8'", problem);
    }

    [Fact]
    public void CleanerDropsControlCharactersAndLoneSurrogatesButKeepsLinesAndPairs()
    {
        Assert.Equal("a\nb\nc d😀", TextCleaner.Clean("a\r\nb\rc\td\0\u0003\ud83d\ude00\ud800"));
        Assert.Equal("", TextCleaner.Clean("\0\0\0"));
    }

    [Fact]
    public void CleanerDropsSoftHyphensAndComposesAccents()
    {
        Assert.Equal("Regierungssprecher Zaj\u00E1rova", TextCleaner.Clean("Regierungs\u00ADsprecher Zaja\u0301rova"));
        Assert.Equal("Zaj\u00E1rova", TextCleaner.Clean("Zaja\u0301rova\ud800")); // a lone surrogate went first: normalising it throws
    }

    [Fact]
    public void CleanerDropsNoncharactersWhichNormalisingRefuses()
    {
        // Normalising "oil\uFFFE" threw, so a query that held it was a 500.
        Assert.Equal("oil Zaj\u00E1rova", TextCleaner.Clean("oil\uFFFE \uFFFFZaja\u0301rova\uFDD0"));
    }

    [Fact]
    public void CleanerDropsDirectionOverridesButKeepsMarksAndRightToLeftText()
    {
        // "Bidi \u202E name file" showed the rest of its line reversed in a title, a snippet and an aria-label.
        Assert.Equal("Bidi name file", TextCleaner.Clean("Bidi \u202Ename file"));
        Assert.Equal("a b c", TextCleaner.Clean("a \u202Ab\u202C \u202B\u202Dc\u202C"));
        // Right-to-left text and the marks that place a word in it are text.
        Assert.Equal("\u05E9\u05DC\u05D5\u05DD \u200FCNN\u200E \u2067x\u2069", TextCleaner.Clean("\u05E9\u05DC\u05D5\u05DD \u200FCNN\u200E \u2067x\u2069"));
    }
}
