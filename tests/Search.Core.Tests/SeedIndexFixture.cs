using Search.Core.Ingestion;
using Search.Core.Ingestion.Seeds;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Extraction;
using Search.Core.Indexing;
using Search.Core.Search;

namespace Search.Core.Tests;

/// <summary>An index of the repository's seed articles, built once per test class in a temporary folder.</summary>
public sealed class SeedIndexFixture : IDisposable
{
    public SeedIndexFixture()
    {
        IndexPath = Path.Combine(Path.GetTempPath(), "search-tests-" + Guid.NewGuid().ToString("N"));
        Summary = new ArticleIndexer(Seeds.Gazetteer, NullLogger<ArticleIndexer>.Instance).IndexFolder(Seeds.Folder, IndexPath);
        Host = TestHost.Open(IndexPath);
        Searcher = new ArticleSearcher(Host, Options.Create(new SearchOptions()));
        Lookup = new ArticleLookup(Host, Options.Create(new SearchOptions()));
    }

    public string IndexPath { get; }
    public IndexSummary Summary { get; }
    public IndexHost Host { get; }
    public ArticleSearcher Searcher { get; }
    public ArticleLookup Lookup { get; }

    public void Dispose()
    {
        Searcher.Dispose();
        Lookup.Dispose();
        Host.Dispose();
        Directory.Delete(IndexPath, recursive: true);
    }
}

/// <summary>The seed articles of the repository and the shipped gazetteer.</summary>
public static class Seeds
{
    public static readonly Gazetteer Gazetteer = Gazetteer.LoadDefault();

    public static string Folder { get; } = Path.Combine(
        RepositoryPaths.FindRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Repository root not found"), "seeds");

    public static string PathOf(string id) => Path.Combine(Folder, id + ".txt");

    /// <summary>A seed article as read from its file.</summary>
    public static RawArticle Read(string id) =>
        Assert.Single(new SeedArticleReader().Read(PathOf(id), ReadLimits.Default)).Article ?? throw new InvalidOperationException($"seed {id} unreadable");

    public const string Afp = "001_947e030a57aeb5a8";
    public const string Headline = "002_b8e0d7ba9690e0e6";
    public const string Dpa = "003_418872cd9c62c7ec";
    public const string Cnn = "004_8782733ac144f4f1";
    public const string Efe = "000_f93588ad3d61e761";

    /// <summary>The blind sets of invented coverage (Linking/Labels/Unseen), each a folder with its articles and labels.</summary>
    public static string Unseen { get; } = Path.Combine(Path.GetDirectoryName(Folder)!, "tests", "Search.Core.Tests", "Linking", "Labels", "Unseen");
}
