using Search.Core.Search;

namespace Search.Core.Tests.Search;

/// <summary>A phrase is found within a paragraph, not across the break between two: the last word of one and the first of the next are not a phrase.</summary>
public sealed class PhraseAcrossParagraphsTests : IDisposable
{
    private readonly TestIndex _index = new([
        TestIndex.Article("across", "Two of the protesters were killed\n\nPolice said the square was cleared by noon."),
        TestIndex.Article("within", "Two protesters were killed police said, and the square was cleared by noon."),
    ]);

    private IEnumerable<string> Found(string query) =>
        _index.Searcher.Search(new SearchRequest { Query = query }).Hits.Select(h => h.Id).Order(StringComparer.Ordinal);

    [Fact]
    public void APhraseDoesNotMatchAcrossAParagraphBreak()
    {
        Assert.Equal(["within"], Found("\"killed police\""));
        Assert.Equal(["within"], Found("\"killed police\"~3"));
        Assert.Equal(["across", "within"], Found("killed police"));
    }

    [Theory]
    [InlineData(100)]
    [InlineData(500)]
    public void AFarDistanceStillStopsAtTheParagraph(int slop)
    {
        Assert.Equal(["within"], Found($"\"killed police\"~{slop}"));
        Assert.Equal(["within"], Found($"\"police killed\"~{slop}"));
    }

    [Fact]
    public void TheMarksOfAPhraseStayWithinTheParagraph()
    {
        var hit = _index.Searcher.Search(new SearchRequest { Query = "\"killed police\"" }).Hits.Single();
        Assert.Contains("<mark>killed police</mark>", string.Join(" ", hit.Snippets.Select(s => s.Html)));
    }

    [Theory]
    [InlineData("\"police killed\"~8")]
    [InlineData("\"killed police\"~8")]
    public void ASloppyPhraseMarksItsWordsWhereTheyAreNearEnough(string query)
    {
        // Sloppy phrases found their articles but marked nothing: only words at the phrase's very places were marked.
        using var index = new TestIndex([TestIndex.Article("sloppy",
            "Police said on Thursday that they had killed dozens of attackers. Doctors in the south had treated many wounded, and no one there was killed.")]);
        string html = string.Join(" ", index.Searcher.Search(new SearchRequest { Query = query }).Hits.Single().Snippets.Select(s => s.Html));
        Assert.Contains("<mark>Police</mark> said", html);
        Assert.Contains("had <mark>killed</mark> dozens", html);
        Assert.Contains("there was killed.", html); // too far from "police" to be part of the phrase
    }

    public void Dispose() => _index.Dispose();
}
