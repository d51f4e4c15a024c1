using Search.Core.Search;

namespace Search.Core.Tests.Linking.Coverage;

/// <summary>
/// An outlet's card quotes its own report of the event before another story's recollection of it. A QA session found AP's
/// card on `Londrina shooting` quoting a knife attack's story a week later ("The attack came a week after a deadly shooting at
/// a mall in Londrina"), which AP's search ranked first, while AP's own report of the shooting matched as well.
/// </summary>
public sealed class OwnStoryCardTests
{
    [Fact]
    public void AnOutletsCardQuotesItsReportOfTheEventBeforeAnotherStorysBackground()
    {
        using var folder = new TempFolder();
        using var host = TestHost.Index(Path.Combine(Seeds.Unseen, "shooting-ipo", "articles"), folder["index"]);
        var coverage = TestHost.Compare(host, new SearchRequest { Query = "Londrina shooting" });
        var ap = Assert.Single(coverage.Reporting, r => r.Outlet == "Associated Press");
        Assert.Equal("shooting-ap", ap.Best.ArticleId);
        // AP's later story still counts among its matching passages.
        Assert.Equal(2, ap.Passages);
    }
}
