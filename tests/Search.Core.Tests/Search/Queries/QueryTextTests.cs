using Search.Core.Search;

namespace Search.Core.Tests.Search;

/// <summary>
/// A query pasted from elsewhere finds what the same query typed finds: decomposed accents (as macOS pastes them), soft
/// hyphens and joiners from web pages, typographic quotes around a phrase, and a quoted day. Each found nothing, or other
/// articles, without a word.
/// </summary>
public class QueryTextTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private long Total(string query) => seeds.Searcher.Search(new SearchRequest { Query = query }).Total;

    [Theory]
    [InlineData("Zaja\u0301rova", "Zaj\u00E1rova")]
    [InlineData("to\u00ADkayev", "tokayev")]
    [InlineData("Tokayev\u200D", "Tokayev")]
    [InlineData("Toka\u200Byev", "Tokayev")]
    [InlineData("killed\u00A0police", "killed police")] // a no-break space: it found nothing
    [InlineData("killed\u2009police", "killed police")]
    [InlineData("\u201Cdozens of attackers\u201D", "\"dozens of attackers\"")]
    [InlineData("\u201Edozens of attackers\u201C", "\"dozens of attackers\"")]
    [InlineData("\u00ABdozens of attackers\u00BB", "\"dozens of attackers\"")]
    [InlineData("date:\"2022-01-07\"", "date:2022-01-07")]
    [InlineData("killed\u0000police", "killed police")] // a control character parts words: it joined them ("killedpolice")
    [InlineData("killed\u0007police", "killed police")]
    [InlineData("\U0001D42D\U0001D428\U0001D424\U0001D41A\U0001D432\U0001D41E\U0001D42F", "tokayev")] // mathematical bold, as posts write it
    [InlineData("\U0001D631\U0001D630\U0001D62D\U0001D62A\U0001D624\U0001D626", "police")]            // sans-serif italic
    public void APastedQueryFindsWhatTheTypedOneFinds(string pasted, string typed)
    {
        long expected = Total(typed);
        Assert.True(expected > 0, typed);
        Assert.Equal(expected, Total(pasted));
    }

    [Fact]
    public void ALoneSurrogateIsDroppedNotAServerError()
    {
        // Normalising text that holds one throws: the fuzz test found it.
        Assert.Equal(Total("Tokayev"), Total("Tokayev\ud800"));
        Assert.Equal("Zaj\u00E1rova", new SearchRequest { Query = "\udc00Zaja\u0301rova" }.Query);
    }

    [Fact]
    public void TypographicQuotesMakeAPhrase()
    {
        // Unquoted, the three words are found in more articles than the phrase.
        Assert.NotEqual(Total("dozens of attackers"), Total("\u201Cdozens of attackers\u201D"));
    }

    [Fact]
    public void TheArticlePageMarksAPastedQueryAsTheTypedOne()
    {
        string id = seeds.Searcher.Search(new SearchRequest { Query = "Zaj\u00E1rova" }).Hits[0].Id;
        int Marks(string query) => seeds.Lookup.Find(id, query)!.Paragraphs.Sum(p => p.Html.Split("<mark>").Length - 1);
        Assert.True(Marks("Zaj\u00E1rova") > 0);
        Assert.Equal(Marks("Zaj\u00E1rova"), Marks("Zaja\u0301rova"));
    }

    [Fact]
    public void TheArticlePageSaysWhyItMarksNothingForAPatternTheSearchRefuses()
    {
        string id = seeds.Searcher.Search(new SearchRequest { Query = "killed" }).Hits[0].Id;
        using var lookup = new ArticleLookup(seeds.Host, Microsoft.Extensions.Options.Options.Create(new SearchOptions { MaxExpansions = 5 }));
        var details = lookup.Find(id, "killed s*")!;
        Assert.Contains("'s*' matches more than 5 words", details.QueryProblem);
        Assert.Null(lookup.Find(id, "killed")!.QueryProblem);
    }
}
