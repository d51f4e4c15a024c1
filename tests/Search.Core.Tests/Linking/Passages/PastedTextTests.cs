using Search.Core.Linking.Passages;
using Search.Core.Search;

namespace Search.Core.Tests.Linking.Passages;

/// <summary>
/// A paragraph pasted into the passage search (longer than <see cref="SearchOptions.MaxQueryLength"/>) is searched for any of
/// its words, as the article search does, and says so: no passage holds every word of it, so all words found nothing.
/// </summary>
public sealed class PastedTextTests
{
    private const string Pasted =
        "Interior ministry officials said on Friday that rescue teams had reached the flooded villages along the river valley " +
        "after two days of heavy rain, and that more than three hundred families were moved to schools and sports halls. " +
        "The regional governor asked the army for boats and helicopters, saying the roads into the valley were cut and the " +
        "water was still rising near the old bridge. Forecasters expect the rain to ease by Sunday, but warned that the dams " +
        "upstream were close to their limits and that a second wave of flooding could reach the lower towns within hours.";

    private static TestIndex Index() => new([
        TestIndex.Article("pasted", Pasted, source: "Agency"),
        // Another outlet's report of the same flood, in other words but for a few.
        TestIndex.Article("other", "Rescue teams reached the flooded villages on Friday, the interior ministry said.\n\n" +
            "Schools in the area will stay shut until the water falls.", source: "Daily"),
        TestIndex.Article("unrelated", "The central bank kept its main rate unchanged at its meeting in March.", source: "Wire"),
    ]);

    [Fact]
    public void APastedParagraphFindsThePassagesWithTheMostOfItsWords()
    {
        using var index = Index();
        Assert.True(Pasted.Length > index.Search.MaxQueryLength);

        var result = index.Passages.Search(new SearchRequest { Query = Pasted });

        Assert.Equal(PassageSearcher.LongQueryNotice, result.Notice);
        Assert.Equal("pasted", result.Hits[0].ArticleId);
        Assert.Contains(result.Hits, h => h.ArticleId == "other" && h.Number == 1);
        Assert.DoesNotContain(result.Hits, h => h.ArticleId == "unrelated");
    }

    [Fact]
    public void EachOutletsClosestPassageToAPastedParagraphIsFound()
    {
        using var index = Index();
        var outlets = index.Passages.ByOutlet(new SearchRequest { Query = Pasted }, maxOutlets: 10);

        Assert.Equal(PassageSearcher.LongQueryNotice, outlets.Notice);
        Assert.Equal(["Agency", "Daily"], outlets.Outlets.Select(o => o.Best.Source).Order());
        Assert.Equal(1, outlets.Outlets.Single(o => o.Best.Source == "Daily").Best.Number);
    }

    [Theory]
    [InlineData("the 1986/87 season (November/May)")] // once read as a regular expression, with a syntax notice
    [InlineData("the governor said: \"boats now")] // once a field name and an unclosed quote
    [InlineData("- rain +water title:valley AND")] // once operators and a field; a dash apart from its word excludes nothing
    public void APastedParagraphsPunctuationIsTextNotQuerySyntax(string punctuation)
    {
        using var index = Index();
        string pasted = Pasted + " " + punctuation;
        var request = new SearchRequest { Query = pasted };

        var passages = index.Passages.Search(request);
        Assert.Equal(PassageSearcher.LongQueryNotice, passages.Notice);
        Assert.Equal("pasted", passages.Hits[0].ArticleId);
        Assert.Contains(passages.Hits, h => h.ArticleId == "other");
        var articles = index.Searcher.Search(request);
        Assert.Equal(ArticleSearcher.LongQueryNotice, articles.Notice);
        Assert.Equal(["other", "pasted"], articles.Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void AWordWrittenWithAMinusInALongQueryIsStillKeptOut()
    {
        // A QA session excluded words from a query of over 500 characters, and the excluded words were searched as words to
        // find: the article it meant to keep out came first.
        using var index = Index();
        string query = Pasted + " -shut -Area";
        var request = new SearchRequest { Query = query };

        var articles = index.Searcher.Search(request);
        Assert.Equal(["pasted"], articles.Hits.Select(h => h.Id));
        Assert.StartsWith(ArticleSearcher.LongQueryNotice, articles.Notice);
        Assert.EndsWith("The words written with a minus were kept out: “shut”, “Area”.", articles.Notice);
        // A passage is kept out by its own words, as a short query's are.
        Assert.Contains(index.Passages.Search(new SearchRequest { Query = Pasted }).Hits, h => h.ArticleId == "other" && h.Number == 2);
        var passages = index.Passages.Search(request);
        Assert.DoesNotContain(passages.Hits, h => h.ArticleId == "other" && h.Number == 2);
        Assert.Contains(passages.Hits, h => h.ArticleId == "pasted");

        // Past the words folded into one clause each, too.
        string longer = string.Join(" ", Enumerable.Repeat(Pasted, 4)) + " -shut";
        Assert.Equal(["pasted"], index.Searcher.Search(new SearchRequest { Query = longer, Mode = QueryMode.Any }).Hits.Select(h => h.Id));
        // A sentence of more than twelve words with a word written with a minus is pasted too: it was searched for all its words,
        // and found nothing (an eighth QA pass).
        string sentence = "Rescue teams reached the flooded villages along the river valley after two days of heavy rain on Friday -shut";
        var fromSentence = index.Searcher.Search(new SearchRequest { Query = sentence });
        Assert.Equal(["pasted"], fromSentence.Hits.Select(h => h.Id));
        Assert.StartsWith(ArticleSearcher.LongQueryNotice, fromSentence.Notice);
        // A negative number is a figure, not an exclusion.
        Assert.Equal(2, index.Searcher.Search(new SearchRequest { Query = Pasted + " at -5 degrees" }).Total);
    }

    [Fact]
    public void AShortQueryIsSearchedForAllItsWordsWithoutANotice()
    {
        using var index = Index();
        var result = index.Passages.Search(new SearchRequest { Query = "flooded villages" });

        Assert.Null(result.Notice);
        Assert.Equal(["other", "pasted"], result.Hits.Select(h => h.ArticleId).Order());
        // Asked for all words, a long text is refused as the article search refuses it, not searched otherwise.
        Assert.Throws<InvalidSearchRequestException>(() => index.Passages.Search(new SearchRequest { Query = Pasted, Mode = QueryMode.All }));
    }
}
