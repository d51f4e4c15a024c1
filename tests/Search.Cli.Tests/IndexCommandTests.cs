using Microsoft.Extensions.Logging.Abstractions;
using Search.Core.Indexing;

namespace Search.Cli.Tests;

public sealed class IndexCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "search-cli-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter _output = new(), _errors = new();

    private static string Seeds => Path.Combine(RepositoryPaths.FindRoot(AppContext.BaseDirectory)!, "seeds");

    private int Run(params string[] args) => args[0] switch
    {
        "index" => IndexCommand.Run(args[1..], NullLoggerFactory.Instance, _output, _errors),
        _ => SearchCommand.Run(args[1..], NullLoggerFactory.Instance, _output, _errors),
    };

    [Fact]
    public void IndexesAFolderAndSummarizesWhatItDid()
    {
        string index = Path.Combine(_root, "index");
        Assert.Equal(0, Run("index", "--from", Seeds, "--to", index));
        Assert.Contains("added:       5", _output.ToString());
        Assert.Equal(0, Run("index", "--from", Seeds, "--to", index));
        Assert.Contains("unchanged:   5", _output.ToString());

        Assert.Equal(0, Run("search", "Tokayev", "--index", index));
        Assert.Contains("5 articles", _output.ToString());
    }

    [Fact]
    public void NamesTheFileAndLineOfABadArticleAndExitsWithOne()
    {
        string articles = Path.Combine(_root, "articles");
        Directory.CreateDirectory(articles);
        File.WriteAllText(Path.Combine(articles, "good.txt"), "A good article about protests.");
        File.WriteAllText(Path.Combine(articles, "bad.txt"), "date 2022-99-01 Broken.");
        Assert.Equal(1, Run("index", "--from", articles, "--to", Path.Combine(_root, "index")));
        Assert.Contains("bad.txt:1:", _errors.ToString());
        Assert.Contains("added:       1", _output.ToString());
    }

    [Fact]
    public void ExplainsAMissingFolderOrIndexAndAnUnknownOption()
    {
        Assert.Equal(1, Run("index", "--from", Path.Combine(_root, "nothing")));
        Assert.Contains("no such folder", _errors.ToString());
        Assert.Equal(1, Run("search", "x", "--index", Path.Combine(_root, "nothing")));
        Assert.Contains("no index here", _errors.ToString());
        Assert.Equal(2, Run("index", "--frob", "1"));
        Assert.Contains("Unknown option '--frob'", _errors.ToString());
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
