using Search.Core.Linking.Passages;
using Search.Core.Search;

namespace Search.Core.Tests.Linking.Passages;

/// <summary>A paragraph republished word for word by other outlets takes one place among the passage hits, with its copies listed under it.</summary>
public sealed class PassageCopiesTests
{
    private const string Agency = "Rescuers pulled eleven miners alive from the flooded shaft on Tuesday, the regional governor said.";

    [Fact]
    public void CopiesOfOneParagraphFoldUnderTheFirstAndThePagesStayFull()
    {
        // Four outlets print the agency's paragraph (one with other spacing and quotes around it); three write their own.
        using var index = new TestIndex([
            TestIndex.Article("a", Agency + "\n\nThe mine had been closed twice for safety faults.", "Agency"),
            TestIndex.Article("b", "Local news first.\n\n" + Agency, "Daily One"),
            TestIndex.Article("c", Agency.Replace(" the flooded", "  the flooded", StringComparison.Ordinal), "Daily Two"),
            TestIndex.Article("d", "\u201c" + Agency + "\u201d", "Daily Three"),
            TestIndex.Article("e", "Eleven miners were pulled from the shaft, the governor told reporters.", "Daily Four"),
            TestIndex.Article("f", "Of the miners, eleven were alive when rescuers reached them at dawn.", "Daily Five"),
            TestIndex.Article("g", "The governor praised the rescuers and said the miners were being treated.", "Daily Six"),
        ]);

        var grouped = index.Passages.Search(new SearchRequest { Query = "miners", Size = 2 });
        var apart = index.Passages.Search(new SearchRequest { Query = "miners", Size = 10, GroupCopies = false });

        Assert.Equal(7, grouped.Total); // the total still counts passages
        Assert.Equal(2, grouped.Hits.Count);
        Assert.Equal(7, apart.Hits.Count);
        Assert.All(apart.Hits, h => Assert.Equal(0, h.CopyCount));

        // Four places in all, two pages: the agency's paragraph and the three outlets' own reports.
        var pages = Enumerable.Range(1, 3).SelectMany(p => index.Passages.Search(new SearchRequest { Query = "miners", Size = 2, Page = p }).Hits).ToList();
        Assert.Equal(4, pages.Count);
        var agency = Assert.Single(pages, h => h.CopyCount > 0);
        Assert.Equal(3, agency.CopyCount);
        Assert.Equal(["a", "b", "c", "d"], agency.Copies.Select(c => c.ArticleId).Append(agency.ArticleId).Order());
        Assert.All(agency.Copies, c => Assert.Equal(agency.Anchor, c.Anchor)); // one text, one anchor
        Assert.Equal(["e", "f", "g"], pages.Where(h => h.CopyCount == 0).Select(h => h.ArticleId).Order());
    }

    [Fact]
    public void TheLastPageOfFoldedCopiesOffersNoNextPage()
    {
        // Seven passages fold into four places: the total says two pages of four, or four of two, but a next page would be empty.
        using var index = new TestIndex([
            TestIndex.Article("a", Agency, "Agency"),
            TestIndex.Article("b", Agency, "Daily One"),
            TestIndex.Article("c", Agency, "Daily Two"),
            TestIndex.Article("d", Agency, "Daily Three"),
            TestIndex.Article("e", "Eleven miners were pulled from the shaft, the governor told reporters.", "Daily Four"),
            TestIndex.Article("f", "Of the miners, eleven were alive when rescuers reached them at dawn.", "Daily Five"),
            TestIndex.Article("g", "The governor praised the rescuers and said the miners were being treated.", "Daily Six"),
        ]);
        PassageResult Page(int page, int size) => index.Passages.Search(new SearchRequest { Query = "miners", Size = size, Page = page });

        var whole = Page(1, 4);
        Assert.Equal(4, whole.Hits.Count);
        Assert.False(whole.HasNextPage);
        Assert.Equal(1, whole.PageCount);
        Assert.True(whole.PageCountIsExact);

        Assert.True(Page(1, 2).HasNextPage);
        var last = Page(2, 2);
        Assert.Equal(2, last.Hits.Count);
        Assert.False(last.HasNextPage);
        Assert.Equal(2, last.PageCount);

        // Listed apart, each copy is a hit, and the total tells the pages.
        var apart = index.Passages.Search(new SearchRequest { Query = "miners", Size = 4, GroupCopies = false });
        Assert.True(apart.HasNextPage);
        Assert.Equal(2, apart.PageCount);
    }

    [Fact]
    public void ReadingFurtherDownTheRankingScoresAsTheFirstReadDid()
    {
        // 300 copies of one paragraph tie, so grouping them reads further down the ranking, running the search again. The query
        // repeats a place's name, which weighs it double (and searches its aliases too): every read must weigh it so, not double
        // it again, as Lucene's rewrite of the same query object did. A long passage naming the place ranks below a short one
        // with the other word, unless the place's weight grows.
        string filler = string.Join(" ", Enumerable.Range(0, 24).Select(i => "word" + i));
        var articles = Enumerable.Range(0, 300).Select(i => TestIndex.Article("copy" + i, "Sugar prices fell sharply this year, traders said.", "Outlet " + i)).ToList();
        articles.Add(TestIndex.Article("place", "Almaty " + filler, "City"));
        articles.Add(TestIndex.Article("exports", "Exports rose.", "Trade"));
        using var index = new TestIndex(articles, commitEvery: 50);
        var request = new SearchRequest { Query = "Almaty Almaty exports sugar", Mode = QueryMode.Any, Size = 3 };

        var grouped = index.Passages.Search(request).Hits;
        var once = index.Passages.Search(request with { GroupCopies = false, Size = 302 }).Hits;

        Assert.Equal(["exports", "place", "copy"], once.Select(h => h.ArticleId).Take(3).Select(id => id.TrimEnd("0123456789".ToCharArray())));
        Assert.Equal(once.Take(2).Select(h => h.ArticleId), grouped.Take(2).Select(h => h.ArticleId));
        Assert.Equal(299, grouped[2].CopyCount);
        Assert.Equal(grouped.Select(h => h.Score).OrderDescending(), grouped.Select(h => h.Score));
    }
}
