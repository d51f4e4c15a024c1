using AngleSharp.Html.Parser;

namespace Search.Web.Tests.Pages;

/// <summary>
/// A copy of a story: "Also published by" names another outlet that printed it; the story's own outlet filing it again (a
/// wire's repeat) is said so, with the repeat's date, since "published by Reuters" on a Reuters story read as a second outlet.
/// </summary>
public sealed class CopiesPageTests : IDisposable
{
    private readonly string _articles = Path.Combine(Path.GetTempPath(), "search-copies-" + Guid.NewGuid().ToString("N") + ".jsonl");
    private readonly SearchSiteFactory _site;

    // One wire story, filed twice by its agency and printed word for word by a paper.
    // A wire story filed twice by its agency, and another printed word for word by a paper.
    private static readonly string[] Lines =
    [
        "{\"id\": \"wire-1\", \"title\": \"Wheat exports rise\", \"body\": \"Wheat exports from the northern ports rose sharply in the first quarter, the ministry of agriculture said on Tuesday, as buyers in Asia and North Africa placed large orders ahead of the new harvest. Officials said shipments reached four million tonnes, the highest for the quarter in a decade, and that prices at the ports held steady through March. Traders said demand from Egypt and Indonesia was strong and that freight rates had eased since January.\", \"date\": \"1987-03-17\", \"source\": \"Reuters\"}",
        "{\"id\": \"wire-2\", \"title\": \"Wheat exports rise (repeat)\", \"body\": \"Wheat exports from the northern ports rose sharply in the first quarter, the ministry of agriculture said on Tuesday, as buyers in Asia and North Africa placed large orders ahead of the new harvest. Officials said shipments reached four million tonnes, the highest for the quarter in a decade, and that prices at the ports held steady through March. Traders said demand from Egypt and Indonesia was strong and that freight rates had eased since January.\", \"date\": \"1987-03-18\", \"source\": \"Reuters\"}",
        "{\"id\": \"wire-3\", \"title\": \"Rates unchanged\", \"body\": \"The central bank left its main lending rate unchanged on Thursday, saying inflation had slowed for a third month and that the currency had held firm against the dollar since the start of the year. The governor told reporters that the bank would watch wage settlements closely in the spring and stood ready to act if price pressures returned. Economists had expected no change, and the bond market barely moved after the announcement.\", \"date\": \"1987-03-19\", \"source\": \"Reuters\"}",
        "{\"id\": \"paper-1\", \"title\": \"Bank holds rates\", \"body\": \"The central bank left its main lending rate unchanged on Thursday, saying inflation had slowed for a third month and that the currency had held firm against the dollar since the start of the year. The governor told reporters that the bank would watch wage settlements closely in the spring and stood ready to act if price pressures returned. Economists had expected no change, and the bond market barely moved after the announcement.\", \"date\": \"1987-03-20\", \"source\": \"Daily Post\"}"
    ];

    public CopiesPageTests()
    {
        File.WriteAllLines(_articles, Lines);
        _site = new SearchSiteFactory { ArticlesPath = _articles };
    }

    [Fact]
    public async Task AnOutletsOwnRepeatIsFiledAgainAndAnotherOutletsCopyIsPublished()
    {
        var client = _site.CreateClient();
        var wire = new HtmlParser().ParseDocument(await client.GetStringAsync("/article/wire-1"));
        // "Other filings", not "filed again": the one shown may be the later one (wire-2 lists the 17 March filing).
        Assert.StartsWith("Other filings by Reuters:", wire.QuerySelector("p.copies")!.TextContent.Trim());
        Assert.Equal(["18 March 1987"], wire.QuerySelectorAll("p.copies a").Select(a => a.TextContent));
        var repeat = new HtmlParser().ParseDocument(await client.GetStringAsync("/article/wire-2"));
        Assert.StartsWith("Other filings by Reuters:", repeat.QuerySelector("p.copies")!.TextContent.Trim());
        Assert.Equal(["17 March 1987"], repeat.QuerySelectorAll("p.copies a").Select(a => a.TextContent));

        var paper = new HtmlParser().ParseDocument(await client.GetStringAsync("/article/paper-1"));
        Assert.StartsWith("Also published by", paper.QuerySelector("p.copies")!.TextContent.Trim());
        Assert.Equal(["Reuters"], paper.QuerySelectorAll("p.copies a").Select(a => a.TextContent));

        // The results say the same of the hit that stands for the story.
        var results = new HtmlParser().ParseDocument(await client.GetStringAsync("/?q=wheat"));
        Assert.StartsWith("Other filings by Reuters:", results.QuerySelector("p.copies")!.TextContent.Trim());
        // By its day, as the article names it: "filing 2" followed the order of the results, not of publication.
        Assert.Equal(["18 March 1987"], results.QuerySelectorAll("p.copies a").Select(a => a.TextContent));
    }

    public void Dispose()
    {
        _site.Dispose();
        File.Delete(_articles);
    }
}
