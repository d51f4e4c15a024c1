using Search.Core.Ingestion.Text;

namespace Search.Core.Tests.Ingestion.Text;

public sealed class ParagraphSplitterTests
{
    private static List<string> Split(string text) => ParagraphSplitter.Split(text).Select(p => p.Text).ToList();

    [Fact]
    public void WireCopyIsSplitAtItsIndentsAndItsWrappedLinesRunOnWhateverTheirCase()
    {
        const string wire = "Rescuers reached the flooded shaft late on Tuesday after\n" +
                            "Northern Mining Co said its pumps had failed, the regional\n" +
                            "governor said.\n" +
                            "    The company said eleven miners were brought up alive and\n" +
                            "Red Cross teams treated them at the site.\n" +
                            "    Output will resume in March.\n" +
                            " Reuter\n";

        Assert.Equal([
            "Rescuers reached the flooded shaft late on Tuesday after Northern Mining Co said its pumps had failed, the regional governor said.",
            "The company said eleven miners were brought up alive and Red Cross teams treated them at the site.",
            "Output will resume in March.",
            "Reuter", // the sign-off, indented by one space
        ], Split(wire));
        Assert.Equal(Split(wire), Split(wire.Replace("\n", "\r\n", StringComparison.Ordinal)));
    }

    [Fact]
    public void AWireStoryOfOneParagraphRunsOnPastALineInCapitals()
    {
        // Two or three lines and a sign-off: the first line (its dateline cut) is the only evidence of the wrap.
        Assert.Equal(["Harbor Shipping Co, a unit of Northern Transport Group, said it will cut its freight rates by two pct from April.", "Reuter"],
            Split("Harbor Shipping Co, a unit of Northern\nTransport Group, said it will cut its freight rates by two\npct from April.\n Reuter"));
        Assert.Equal(["Lakeside Bank Corp said it has agreed to acquire First Valley Bancorp for 40 mln dlrs.", "Reuter"],
            Split("Lakeside Bank Corp said it has agreed to acquire\nFirst Valley Bancorp for 40 mln dlrs.\n Reuter"));
    }

    [Fact]
    public void TextWithoutIndentsKeepsAHeadingApartFromTheLineAfterIt()
    {
        Assert.Equal(["Breaking news", "The minister resigned on Monday, his office said."], Split("Breaking news\nThe minister resigned on Monday, his office said."));
        Assert.Equal(["A wrapped line that runs on into the next one."], Split("A wrapped line that runs on\ninto the next one."));
    }

    [Fact]
    public void ShortLinesWithAnIndentAreAParagraphToALineNotWireCopy()
    {
        Assert.Equal(["Dear all,", "The meeting moved to Friday.", "See the note below.", "Thanks, Ann"],
            Split("Dear all,\nThe meeting moved to Friday.\n    See the note below.\nThanks, Ann"));
    }

    [Fact]
    public void IndentsInTextWithLongLinesAreNotWireParagraphs()
    {
        string longLine = "The statement, issued late at night after hours of talks, said that the troops would stay " +
                          "for a limited period to stabilise the situation in the country.";
        Assert.Equal([longLine, "Shops were closed.", "Schools stay shut."], Split(longLine + "\n  Shops were closed.\nSchools stay shut."));
    }
}
