using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Indexing;
using Search.Core.Linking.Corroboration;
using Search.Core.Linking.Coverage;
using Search.Core.Linking.Passages;
using Search.Core.Search;

namespace Search.Core.Tests;

/// <summary>Index hosts for tests: over an index folder as it is, or over a folder of articles indexed first; and the side-by-side view over one.</summary>
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

    /// <summary>The side-by-side view of <paramref name="request"/> over <paramref name="host"/>, with default options; with the gazetteer, as the site has it.</summary>
    public static Coverage Compare(IndexHost host, SearchRequest request, global::Search.Core.Extraction.Gazetteer? gazetteer = null)
    {
        var options = Options.Create(new SearchOptions());
        using var passages = new PassageSearcher(host, options, gazetteer);
        using var articles = gazetteer == null ? new ArticleSearcher(host, options) : new ArticleSearcher(host, options, gazetteer);
        var figures = new FigureComparison(host, Options.Create(new LinkingOptions()), Seeds.Gazetteer);
        return new CoverageComparison(passages, articles, figures, options).Compare(request);
    }
}
