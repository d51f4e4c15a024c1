using Search.Core.Search;

namespace Search.Core.Tests.Search.Queries;

/// <summary>
/// Patterns are matched against the indexed, stemmed words. "police*" found nothing, since the index holds "polic", and
/// "/protesters/" found nothing, since it holds "protest": both said nothing of why.
/// </summary>
public sealed class PatternIndexedFormTests : IDisposable
{
    private readonly TestIndex _index = new([
        TestIndex.Article("a", "Police officers stood outside the ministry all night."),
        TestIndex.Article("b", "A policeman was hurt when protesters stormed the building."),
        TestIndex.Article("c", "The new fiscal policy was announced on Monday by the minister."),
        TestIndex.Article("d", "Killings in the north were reported by a local monitor."),
        TestIndex.Article("e", "Shares of Société Générale fell in Paris."),
        TestIndex.Article("f", "Two guards were wounded at the gate of the port."),
    ]);

    private IEnumerable<string> Articles(string query) =>
        _index.Searcher.Search(new SearchRequest { Query = query }).Hits.Select(h => h.Id).Order(StringComparer.Ordinal);

    private IEnumerable<string> Passages(string query) =>
        _index.Passages.Search(new SearchRequest { Query = query }).Hits.Select(h => h.ArticleId).Order(StringComparer.Ordinal);

    [Fact]
    public void AWordWithAStarFindsTheWordAsWellAsLongerWordsAndNotAnotherWordOfTheSameStemPrefix()
    {
        // "policeman" is indexed as it is, so police* matched it, but not "police" (indexed "polic"). "policy" is indexed
        // as "polici": searching the stem as a prefix (polic*) would find it.
        Assert.Equal(["a", "b"], Articles("police*"));
        Assert.Equal(["a", "b"], Passages("police*"));
        Assert.Equal(["d"], Articles("killings*"));
    }

    [Fact]
    public void ARegularExpressionThatIsOneWordFindsThatWord()
    {
        Assert.Equal(["b"], Articles("/protesters/"));
        Assert.Equal(["b"], Passages("/protesters/"));
        Assert.Equal(["a"], Articles("/police/"));
    }

    [Fact]
    public void AnExpressionOfAlternativeWordsFindsEachWord()
    {
        // /police|protesters/ found nothing: neither word is indexed as written.
        Assert.Equal(["a", "b"], Articles("/police|protesters/"));
        Assert.Equal(["a", "b"], Passages("/police|protesters/"));
        Assert.Equal(["a", "d"], Articles("/(police|killings)/"));
    }

    [Theory]
    [InlineData("sociét*")]
    [InlineData("Société*")]
    [InlineData("/soci[ée]t.*/")]
    [InlineData("gén?r*")]
    public void APatternsAccentsAreFoldedAsTheIndexFoldsThem(string query)
    {
        // The index holds "societ" and "gener", folded and stemmed: sociét* matched nothing.
        Assert.Equal(["e"], Articles(query));
    }

    [Fact]
    public void APatternWhoseTextIsIndexedAsItIsMatchesOnlyWhatItSays()
    {
        Assert.Equal(["a", "b", "c"], Articles("polic*"));
        Assert.Equal(["b"], Articles("/polic.*man/"));
    }

    [Fact]
    public void AQuestionMarkInsideAWordFindsTheWordsItSpellsThroughTheirStems()
    {
        // The index holds "wound" and "polic": w?unded and p?lice, matched against the words as written, found nothing.
        Assert.Equal(["f"], Articles("w?unded"));
        Assert.Equal(["f"], Passages("w?unded"));
        Assert.Equal(["d"], Articles("k?llings"));
        Assert.Equal(["a"], Articles("p?lice"));
        // A '?' cut away with the ending: "protesters" is indexed "protest".
        Assert.Equal(["b"], Articles("protest?rs"));
    }

    [Fact]
    public void APatternThatMatchesNoIndexedWordSaysWhy()
    {
        // A '*' stands for any letters, so its word's stem says nothing of the others: k*lled is not read as k*ll (Knoll).
        var result = _index.Searcher.Search(new SearchRequest { Query = "k*lled" });
        Assert.Equal(0, result.Total);
        Assert.Contains("“k*lled” matches no word of the index", result.Notice);
        Assert.Contains("k*lled", _index.Passages.Search(new SearchRequest { Query = "k*lled" }).Notice);
        // A pattern that found nothing only through another word says nothing of patterns.
        Assert.Null(_index.Searcher.Search(new SearchRequest { Query = "police* monday" }).Notice);
    }

    [Fact]
    public void APhraseThatStopWordsLeaveOneWordOfSaysItIsThatWord()
    {
        var result = _index.Searcher.Search(new SearchRequest { Query = "wounded -\"wounded at\"" });
        Assert.Equal(0, result.Total);
        Assert.Equal("“wounded at” is searched as the word “wounded” alone: “at” is a word too common to search, and a phrase keeps only its other words.", result.Notice);
        Assert.Contains("“in” and “the” are words", _index.Searcher.Search(new SearchRequest { Query = "\"killings in the\"" }).Notice);
        Assert.Null(_index.Searcher.Search(new SearchRequest { Query = "\"wounded at the gate\"" }).Notice);
        Assert.Null(_index.Searcher.Search(new SearchRequest { Query = "\"wounded -\"" }).Notice); // a dash is no word
    }

    public void Dispose() => _index.Dispose();

    [Fact]
    public void TurnedOffAPatternMatchesOnlyTheIndexedWordsAsLuceneDoes()
    {
        using var queries = new QueryBuilder(new SearchOptions { PatternsFindIndexedForms = false });
        Assert.Equal("title:police* body:police*", queries.Build("police*").Query.ToString());
        using var withForms = new QueryBuilder(new SearchOptions());
        Assert.Contains("body:polic", withForms.Build("police*").Query.ToString());
    }
}
