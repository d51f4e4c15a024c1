using Search.Core.Linking.Passages;
using Search.Core.Search;

namespace Search.Core.Tests.Linking.Passages;

/// <summary>An excluded word leaves out paragraphs on passages, where it leaves out articles on the search: the page says so.</summary>
public class PassageExclusionTests
{
    [Fact]
    public void AnExcludedWordLeavesOutTheParagraphAndSaysSo()
    {
        using var index = new TestIndex([
            TestIndex.Article("both", "Troops arrived at the airport.\n\nMoscow said the troops would stay a week."),
            TestIndex.Article("troops", "Troops arrived at the border."),
        ]);
        var request = new SearchRequest { Query = "troops -Moscow" };

        Assert.Equal(["troops"], index.Searcher.Search(request).Hits.Select(h => h.Id));
        var passages = index.Passages.Search(request);
        Assert.Equal([("both", 1), ("troops", 1)], passages.Hits.Select(h => (h.ArticleId, h.Number)).Order());
        Assert.Equal(PassageSearcher.ExcludedWordsNotice, passages.Notice);
        // Without an excluded word, or with only an article's field excluded, there is nothing to say.
        Assert.Null(index.Passages.Search(new SearchRequest { Query = "troops" }).Notice);
        Assert.Null(index.Passages.Search(new SearchRequest { Query = "troops -source:CNN" }).Notice);
    }

    [Fact]
    public void WhyNoParagraphMatchesIsSaidFirst()
    {
        using var index = new TestIndex([TestIndex.Article("apart", "Troops arrived at the airport.\n\nThe border stayed closed.")]);

        var passages = index.Passages.Search(new SearchRequest { Query = "troops border -Moscow" });

        Assert.Equal(0, passages.Total);
        Assert.StartsWith("No single paragraph holds these words", passages.Notice);
    }
}
