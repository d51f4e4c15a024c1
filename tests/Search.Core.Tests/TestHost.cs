using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Indexing;

namespace Search.Core.Tests;

/// <summary>Index hosts for tests: over an index folder as it is, or over a folder of articles indexed first.</summary>
internal static class TestHost
{
    public static IndexHost Open(string indexPath) =>
        new(Options.Create(new IndexingOptions { IndexPath = indexPath }), NullLogger<IndexHost>.Instance);

    /// <summary>Indexes <paramref name="articles"/> into <paramref name="indexPath"/> as the indexer does, then opens it.</summary>
    public static IndexHost Index(string articles, string indexPath)
    {
        new ArticleIndexer(Seeds.Gazetteer, NullLogger<ArticleIndexer>.Instance).IndexFolder(articles, indexPath);
        return Open(indexPath);
    }
}
