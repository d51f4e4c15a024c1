using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging.Abstractions;
using Search.Core.Extraction;
using Search.Core.Indexing;
using Search.Core.Search;
using Search.Benchmarks.Quick;

namespace Search.Benchmarks.Micro;

/// <summary>
/// An index built by the product's own indexer from a corpus (the quick check's 400 Reuters stories, or the
/// JSON Lines file in <c>SEARCH_BENCH_CORPUS</c>), and the top 10 of every tenth query of the kit's mix (all
/// five query kinds), parsed as the product parses them: the hits that snippets are made for.
/// </summary>
internal sealed class SnippetFixture : IDisposable
{
    private readonly FSDirectory _directory;

    public SnippetFixture()
    {
        string corpus = Environment.GetEnvironmentVariable("SEARCH_BENCH_CORPUS") is { Length: > 0 } given ? given : QuickCheck.BundledCorpus().Corpus;
        // Cached per corpus so each benchmark case does not re-index; delete the folder to rebuild.
        string folder = Path.Combine(Path.GetTempPath(), $"search-bench-snippets-{Path.GetFileNameWithoutExtension(corpus)}-{new FileInfo(corpus).Length}");
        if (!System.IO.Directory.Exists(folder))
            new ArticleIndexer(Gazetteer.LoadDefault(), NullLogger<ArticleIndexer>.Instance)
                .Run(new IndexRun { Inputs = [corpus], IndexPath = folder, Rebuild = true, Extraction = false });
        // SEARCH_DIRECTORY=SimpleFS reads the stored bodies through buffered reads instead of the memory map.
        _directory = Environment.GetEnvironmentVariable("SEARCH_DIRECTORY") == "SimpleFS" ? new SimpleFSDirectory(folder) : FSDirectory.Open(folder);
        Reader = DirectoryReader.Open(_directory);
        Searcher = new IndexSearcher(Reader) { Similarity = new BM25Similarity() };
        using var queries = new QueryBuilder(new SearchOptions { TitleBoost = 2f });
        var mix = File.ReadLines(QuickCheck.BundledCorpus().Queries).Where((_, i) => i % 10 == 0);
        Hits = mix.Select(text => queries.Build(text).Query).Select(q => (q, Searcher.Search(q, 10))).ToList();
    }

    public DirectoryReader Reader { get; }

    public IndexSearcher Searcher { get; }

    /// <summary>Each query with its top 10.</summary>
    public IReadOnlyList<(Query Query, TopDocs Top)> Hits { get; }

    public int HitCount => Hits.Sum(h => h.Top.ScoreDocs.Length);

    public void Dispose()
    {
        Reader.Dispose();
        _directory.Dispose();
    }
}
