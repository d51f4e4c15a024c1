using Search.Core.Ingestion;
using Search.Core.Ingestion.Reuters;

namespace Search.Core.Tests.Ingestion.Reuters;

/// <summary>The SGML files read directly, so Reuters-21578 indexes with one command.</summary>
public sealed class ReutersArticleReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void ReadsEachStoryWithABodyAsAnArticleWithItsTagsGivenAndItsLine()
    {
        string path = _folder.Write("reut2-000.sgm", ReutersConverterTests.Sgml);
        var outcomes = new ReutersArticleReader().Read(path, ReadLimits.Default).ToList();
        var article = Assert.Single(outcomes).Article!;
        Assert.Equal("7", article.Id);
        Assert.Equal(2, article.Line); // the <REUTERS line, after the DOCTYPE
        Assert.Equal(new DateOnly(1987, 3, 1), article.Given.Date);
        Assert.Equal("Reuters", article.Given.Source);
        Assert.Equal(["United States", "Brazil"], article.Given.Places);
        Assert.StartsWith("NEW YORK, March 1 - F.W. Woolworth Co said", article.Paragraphs[0].Text);
        Assert.Equal("F.W. WOOLWORTH CO <Z> HIKES DIVIDEND", article.Given.Title);
    }

    [Fact]
    public void TheIndexerTakesSgmFilesAsAKnownFormat() =>
        Assert.IsType<ReutersArticleReader>(ArticleReaders.All().For("reut2-017.sgm"));

    [Fact]
    public void AFileOfNoStoryIsAProblemNotASilentNothing()
    {
        string path = _folder.Write("reut2-x.sgm", "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\nNot a story at all.\n");
        var problem = Assert.Single(new ReutersArticleReader().Read(path, ReadLimits.Default)).Problem!;
        Assert.False(problem.IsWarning);
        Assert.Contains("no Reuters story", problem.Message);
    }

    public void Dispose() => _folder.Dispose();
}
