using System.Text.Json;
using Search.Core.Ingestion.Reuters;

namespace Search.Core.Tests.Ingestion.Reuters;

public sealed class ReutersConverterTests : IDisposable
{
    private readonly TempFolder _folder = new();

    // Two stories in the distribution's shape, written here: one with a body, tags and entities, one brief without a body.
    internal const string Sgml = """
        <!DOCTYPE lewis SYSTEM "lewis.dtd">
        <REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="7">
        <DATE> 1-MAR-1987 01:30:29.50</DATE>
        <TOPICS><D>cocoa</D></TOPICS>
        <PLACES><D>usa</D><D>brazil</D></PLACES>
        <PEOPLE><D>reagan</D></PEOPLE>
        <ORGS><D>ec</D><D>ico-coffee</D><D>no-such-body</D></ORGS>
        <EXCHANGES></EXCHANGES>
        <COMPANIES></COMPANIES>
        <UNKNOWN>&#5;&#5;&#5;C T&#22;&#22;&#1;f0704&#31;reute</UNKNOWN>
        <TEXT>&#2;
        <TITLE>F.W. WOOLWORTH CO &lt;Z> HIKES DIVIDEND</TITLE>
        <DATELINE>    NEW YORK, March 1 - </DATELINE><BODY>F.W. Woolworth Co said it raised
        its quarterly dividend to 33 cts &amp; more.
            The company said the dividend is payable June 1.
         Reuter
        &#3;</BODY></TEXT>
        </REUTERS>
        <REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5545" NEWID="8">
        <DATE>26-FEB-1987 15:01:01.79</DATE>
        <TEXT TYPE="BRIEF">&#2;
        <TITLE>******BRIEF STORY</TITLE>
        &#3;</TEXT>
        </REUTERS>
        """;

    private (ReutersConverter.Result Result, List<JsonElement> Lines) Convert(bool withTags)
    {
        _folder.Write("reut2-000.sgm", Sgml);
        var output = new StringWriter();
        var result = ReutersConverter.Convert(_folder.Path, output, withTags);
        return (result, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList());
    }

    [Fact]
    public void WritesAStoryWithItsDatelineAtTheStartOfTheBodyAndItsTags()
    {
        var (result, lines) = Convert(withTags: true);
        Assert.Equal((1, 1, 1), (result.Files, result.Written, result.WithoutBody));
        var story = Assert.Single(lines);
        Assert.Equal("7", story.GetProperty("id").GetString());
        Assert.Equal("F.W. WOOLWORTH CO <Z> HIKES DIVIDEND", story.GetProperty("title").GetString());
        Assert.Equal("NEW YORK, March 1 - F.W. Woolworth Co said it raised its quarterly dividend to 33 cts & more.\n\n" +
                     "The company said the dividend is payable June 1.\n\nReuter", story.GetProperty("body").GetString());
        // The time of day, to the second, orders a day's stories.
        Assert.Equal("1987-03-01T01:30:29", story.GetProperty("date").GetString());
        Assert.Equal("Reuters", story.GetProperty("source").GetString());
        // The tags as names, so a facet counts them with what extraction finds; a tag the table lacks keeps its words.
        Assert.Equal(["United States", "Brazil"], story.GetProperty("place").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["Ronald Reagan"], story.GetProperty("person").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["European Community", "International Coffee Organization", "no such body"],
            story.GetProperty("org").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void LeavesTheTagsOutWhenAskedSoExtractionCanBeMeasured()
    {
        var story = Assert.Single(Convert(withTags: false).Lines);
        Assert.Equal(["id", "title", "body"], story.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void SaysWhenTheFolderHoldsNoReutersFiles() =>
        Assert.Throws<FileNotFoundException>(() => ReutersConverter.Convert(_folder.Path, new StringWriter(), true));

    public void Dispose() => _folder.Dispose();
}
