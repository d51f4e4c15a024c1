using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Search.Core.Analysis;
using Search.Core.Extraction;
using Search.Core.Ingestion;

namespace Search.Core.Indexing;

/// <summary>
/// Builds or updates an index from a folder of article files: reads, extracts, and adds or replaces
/// each article by id, skipping unchanged ones, then commits once. A file that cannot be read is
/// reported by name and line and skipped; what is already indexed is kept.
/// </summary>
/// <remarks>Opens its own <see cref="IndexWriter"/> for the run; Lucene's write lock keeps a second writer out.</remarks>
public sealed class ArticleIndexer(Gazetteer gazetteer, ILogger<ArticleIndexer> logger)
{
    private readonly ArticleExtractor _extractor = new(gazetteer);
    private readonly ArticleDocumentBuilder _builder = new(gazetteer);

    public IndexSummary IndexFolder(string articlesPath, string indexPath)
    {
        if (!System.IO.Directory.Exists(articlesPath))
            throw new DirectoryNotFoundException($"The articles folder '{articlesPath}' does not exist.");
        var files = System.IO.Directory.EnumerateFiles(articlesPath, "*.txt")
            .OrderBy(f => f, StringComparer.Ordinal).ToList();
        return IndexFiles(files, indexPath);
    }

    public IndexSummary IndexFiles(IReadOnlyList<string> files, string indexPath)
    {
        var clock = Stopwatch.StartNew();
        System.IO.Directory.CreateDirectory(indexPath);
        using var directory = FSDirectory.Open(indexPath);
        var existing = ReadHashes(directory);
        using var analyzer = ArticleAnalyzer.Create();
        var config = new IndexWriterConfig(NewsAnalyzer.Version, analyzer)
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE_OR_APPEND,
        };
        int added = 0, updated = 0, unchanged = 0;
        var errors = new List<string>();
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (string file in files)
            {
                var outcome = new Ingestion.Seeds.SeedArticleReader().Read(file, ReadLimits.Default).Single();
                if (outcome.Article is not { } raw)
                {
                    errors.Add(outcome.Problem!.ToString());
                    continue;
                }
                if (existing.TryGetValue(raw.Id, out string? hash) && hash == raw.ContentHash)
                {
                    unchanged++;
                    continue;
                }
                var article = _extractor.Extract(raw);
                writer.UpdateDocument(new Term(ArticleFields.Id, article.Id), _builder.Build(article));
                if (existing.ContainsKey(raw.Id)) updated++;
                else added++;
            }
            writer.Commit();
        }
        int total;
        using (var reader = DirectoryReader.Open(directory)) total = reader.NumDocs;
        var summary = new IndexSummary(files.Count, added, updated, unchanged, errors, total, clock.Elapsed);
        logger.LogInformation("Indexed {Path}: {Summary}", indexPath, summary);
        return summary;
    }

    private static Dictionary<string, string> ReadHashes(Lucene.Net.Store.Directory directory)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!DirectoryReader.IndexExists(directory)) return hashes;
        using var reader = DirectoryReader.Open(directory);
        var fields = new HashSet<string> { ArticleFields.Id, ArticleFields.Hash };
        var live = MultiFields.GetLiveDocs(reader);
        for (int doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live != null && !live.Get(doc)) continue;
            var stored = reader.Document(doc, fields);
            hashes[stored.Get(ArticleFields.Id)] = stored.Get(ArticleFields.Hash) ?? "";
        }
        return hashes;
    }
}
