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

    [Fact]
    public void TheMarksOfAPhraseStayWithinTheParagraph()
    {
        var hit = _index.Searcher.Search(new SearchRequest { Query = "\"killed police\"" }).Hits.Single();
        Assert.Contains("<mark>killed police</mark>", string.Join(" ", hit.Snippets.Select(s => s.Html)));
    }

    public void Dispose() => _index.Dispose();
}
