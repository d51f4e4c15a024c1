using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Search.Core.Analysis;

namespace Search.Core.Tests.Analysis;

public class NewsAnalyzerTests
{
    internal static List<string> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }

    [Fact]
    public void StemsSoThatProtestFindsProtests()
    {
        using var analyzer = new NewsAnalyzer();
        Assert.Equal(Tokens(analyzer, "protest"), Tokens(analyzer, "protests"));
        Assert.Equal(Tokens(analyzer, "killed"), Tokens(analyzer, "kill"));
    }

    [Fact]
    public void FoldsAccentsAndCase()
    {
        using var analyzer = new NewsAnalyzer();
        Assert.Equal(["zajarova"], Tokens(analyzer, "Zajárova"));
    }

    [Fact]
    public void DropsStopWordsAndPossessives()
    {
        using var analyzer = new NewsAnalyzer();
        Assert.Equal(["russia", "version", "nato"], Tokens(analyzer, "Russia’s version of the NATO"));
    }

    [Fact]
    public void UseIsNotCutToUs()
    {
        using var analyzer = new NewsAnalyzer();
        Assert.Equal(["us"], Tokens(analyzer, "us"));
        foreach (var word in new[] { "use", "used", "uses", "using", "useful" })
            Assert.Equal(["use"], Tokens(analyzer, word));
        Assert.Equal(Tokens(analyzer, "protest"), Tokens(analyzer, "protested"));
        Assert.Equal(Tokens(analyzer, "die"), Tokens(analyzer, "died"));
        Assert.NotEqual(Tokens(analyzer, "di"), Tokens(analyzer, "died")); // Italian "di" in "Banco di Sicilia"
    }

    [Theory]
    [InlineData("news", "new", "news")]            // "news" found every "NEW YORK"
    [InlineData("gas", "Ga.", "gases")]            // the wire's Georgia: "COLUMBUS, Ga., Oct 19"
    [InlineData("business", "busy", "businesses")]
    [InlineData("generation", "general", "generated")] // power generation is not General Motors
    [InlineData("executive", "executed", "executives")] // a chief executive is no execution
    [InlineData("critical", "criticized", "critically")] // critical condition is no criticism
    [InlineData("intensive", "intense", "intensively")] // intensive care
    [InlineData("mobile", "mobilized", "mobiles")]
    [InlineData("hospitality", "hospital", "hospitality")]
    public void AWordPorterCutsToAnothersFormKeepsItsOwn(string word, string other, string sameAs)
    {
        using var analyzer = new NewsAnalyzer();
        Assert.NotEqual(Tokens(analyzer, other), Tokens(analyzer, word));
        Assert.Equal(Tokens(analyzer, word), Tokens(analyzer, sameAs));
    }

    [Fact]
    public void UsInCapitalsIsTheCountryAsUSIs()
    {
        using var analyzer = new NewsAnalyzer();
        Assert.Equal(Tokens(analyzer, "U.S."), Tokens(analyzer, "US"));
        Assert.NotEqual(Tokens(analyzer, "us"), Tokens(analyzer, "US"));
    }

    [Fact]
    public void ASearchForTheUsFindsTheCountryNotUsedNorThePronoun()
    {
        using var index = new TestIndex([
            TestIndex.Article("fuel", "Liquefied gas is widely used as fuel for cars in the west of the country."),
            TestIndex.Article("denial", "The US has already denied reports of any involvement in the unrest."),
            TestIndex.Article("dotted", "U.S. officials said they were watching the unrest closely."),
            TestIndex.Article("pronoun", "\"Nobody told us anything,\" a protester said in Almaty."),
        ]);
        var hits = index.Searcher.Search(new Core.Search.SearchRequest { Query = "US" }).Hits;
        Assert.Equal(["denial", "dotted"], hits.Select(h => h.Id).Order());
        // Typed in lower case it may be either, as a search engine reads it; never "used".
        Assert.Equal(["denial", "dotted", "pronoun"], index.Searcher.Search(new Core.Search.SearchRequest { Query = "us" }).Hits.Select(h => h.Id).Order());
        Assert.Equal(["pronoun"], index.Searcher.Search(new Core.Search.SearchRequest { Query = "\"us\"" }).Hits.Select(h => h.Id));
        Assert.Equal(["denial", "dotted", "pronoun"], index.Searcher.Search(new Core.Search.SearchRequest { Query = "unrest us," }).Hits.Select(h => h.Id).Order());
        // Next to a bracket of the query's own it is the word as typed, so the brackets still pair as written.
        var bracketed = index.Searcher.Search(new Core.Search.SearchRequest { Query = "(us" });
        Assert.Equal(["pronoun"], bracketed.Hits.Select(h => h.Id));
        Assert.DoesNotContain("US", bracketed.Notice);
    }

    [Fact]
    public void NameAnalyzerKeepsWordsUnstemmed()
    {
        using var analyzer = new NameAnalyzer();
        Assert.Equal(["kassym", "jomart", "tokayev"], Tokens(analyzer, "Kassym-Jomart Tokayev"));
        Assert.Equal(["reuters"], Tokens(analyzer, "Reuters"));
    }
}
