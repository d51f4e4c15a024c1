using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Options;
using Search.Core.Analysis;
using Search.Core.Extraction;
using Search.Core.Indexing;
using Search.Core.Search;
using Search.Core.Indexing.Documents;
using Search.Core.Linking.Passages;

namespace Search.Core.Tests;

/// <summary>A throw-away index of given articles in a temporary folder, committed in several segments, with a searcher over it.</summary>
internal sealed class TestIndex : IDisposable
{
    /// <param name="deleted">Ids deleted after indexing, so counts must skip deleted documents.</param>
    public TestIndex(IEnumerable<Article> articles, int commitEvery = 7, IReadOnlySet<string>? deleted = null)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "search-test-" + Guid.NewGuid().ToString("N"));
        var builder = new ArticleDocumentBuilder(Seeds.Gazetteer);
        using (var directory = FSDirectory.Open(Path))
        using (var analyzer = ArticleAnalyzer.Create())
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(NewsAnalyzer.Version, analyzer)
               { Similarity = new BM25Similarity(), MergePolicy = NoMergePolicy.COMPOUND_FILES }))
        {
            int n = 0;
            foreach (var article in articles)
            {
                // As the indexer writes them: the article and its passages, one block.
                writer.AddDocuments(builder.BuildWithPassages(article, analyzer));
                if (++n % commitEvery == 0) writer.Commit();
            }
            writer.Commit();
            foreach (string id in deleted ?? new HashSet<string>())
                writer.DeleteDocuments(new Term(ArticleFields.Id, id), PassageFields.ArticleTerm(id));
            writer.Commit();
        }
        Host = TestHost.Open(Path);
        Searcher = new ArticleSearcher(Host, Options.Create(Search));
        Passages = new PassageSearcher(Host, Options.Create(Search));
    }

    public string Path { get; }
    public IndexHost Host { get; }
    public ArticleSearcher Searcher { get; }
    public PassageSearcher Passages { get; }
    public SearchOptions Search { get; } = new() { FacetValues = 1000, MaxPageSize = 1000 };

    public static Article Article(string id, string body, string? source = null, DateOnly? date = null, params (EntityType Type, string Name)[] entities) =>
        new(id, "Title " + id, body.Split("\n\n"),
            date is { } d ? new Extracted<DateOnly>(d, new Evidence("test", "")) : null,
            source is { } s ? new Extracted<string>(s, new Evidence("test", "")) : null,
            entities.Select(e => new Entity(e.Type, e.Name, [e.Name])).ToList());

    public void Dispose()
    {
        Searcher.Dispose();
        Passages.Dispose();
        Host.Dispose();
        System.IO.Directory.Delete(Path, recursive: true);
    }
}
