using Search.Core.Extraction;
using Search.Core.Ingestion;

namespace Search.Core.Tests.Ingestion.Files;

/// <summary>A problem is one line on the terminal, whatever bytes a file or its name holds.</summary>
public sealed class PrintableTextTests
{
    [Fact]
    public void ANewlineInAFileNameKeepsItsProblemOnOneLine()
    {
        var problem = new ReadProblem("/data/two\nlines.jsonl", 3, "not JSON");
        Assert.Equal("/data/two\\nlines.jsonl:3: not JSON", problem.ToString());
    }

    [Fact]
    public void ControlsAndDirectionOverridesAreEscapedAndPlainTextIsKept()
    {
        Assert.Equal("a\\u001Bb\\u202Ec\\u0007", PrintableText.Of("a\u001Bb\u202Ec\u0007"));
        Assert.Equal("Алматы, 13 killed — «quote»", PrintableText.Of("Алматы, 13 killed — «quote»"));
        Assert.Equal("abcde…", PrintableText.Of("abcdefghij", 5));
    }

    [Fact]
    public void ABinaryGazetteerIsRefusedWithoutEchoingItsBytes()
    {
        string binary = "\u007FELF\u0002\u0001\u0001\0\0\0\t\u0003\0>\0\u0001\0\0\0\u0010\u00ABx\u0001\0\0\0\0\0@\0\0\0\0\0\0\0\u0090\u00B8";
        var error = Assert.Throws<FormatException>(() => Gazetteer.Parse(binary, "user.tsv"));
        Assert.StartsWith("user.tsv:1: unknown kind '", error.Message);
        Assert.DoesNotContain(error.Message, c => c < ' ' || c is >= '\u007F' and < '\u00A0');
    }
}
