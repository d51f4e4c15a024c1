using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Extraction;
using Search.Core.Indexing;
using Search.Core.Ingestion;
using Search.Core.Search;

namespace Search.Core.Relevance;

/// <summary>
/// Runs a judged collection through the product: indexes its documents with the product's own pipeline
/// (the indexer, extraction included) into a temporary index, sends every topic through the product's own
/// search service in any-words mode for the top 1,000, and scores each judged topic with <see cref="RankingMetrics"/>.
/// </summary>
public sealed class RankingEvaluator(Gazetteer gazetteer)
{
    public const int Depth = 1000;

    public RankingRun Run(JudgedCollection collection, RankingConfiguration configuration)
    {
        string index = Path.Combine(Path.GetTempPath(), "search-ranking-" + Guid.NewGuid().ToString("N"));
        try
        {
            var indexer = new ArticleIndexer(gazetteer, ArticleReaders.All(), ReadLimits.Default, NullLogger<ArticleIndexer>.Instance)
            {
                Analysis = configuration.Analysis,
            };
            var summary = indexer.Run(new IndexRun { Inputs = [collection.DocumentsPath], IndexPath = index });
            if (summary.Failed > 0) throw new InvalidDataException($"{summary.Errors.First()} (and {summary.Failed - 1} more)");
            return Search(collection, configuration, index);
        }
        finally
        {
            if (Directory.Exists(index)) Directory.Delete(index, recursive: true);
        }
    }

    private static RankingRun Search(JudgedCollection collection, RankingConfiguration configuration, string index)
    {
        var options = configuration.SearchOptions();
        using var host = new IndexHost(Options.Create(new IndexingOptions { IndexPath = index }), Options.Create(options), NullLogger<IndexHost>.Instance);
        using var searcher = new ArticleSearcher(host, options, configuration.Analysis);
        var rankings = new Dictionary<string, IReadOnlyList<RankedDocument>>(StringComparer.Ordinal);
        var times = new List<double>();
        foreach (var topic in collection.Topics)
        {
            var clock = Stopwatch.StartNew();
            var result = searcher.Search(new SearchRequest
            {
                Query = TopicQuery.From(topic.Text),
                Mode = QueryMode.Any,
                Size = Depth,
                Snippets = false,
                Facets = false,
            });
            times.Add(clock.Elapsed.TotalMilliseconds);
            rankings[topic.Id] = result.Hits.Select(h => new RankedDocument(h.Id, h.Score)).ToList();
        }
        var scores = collection.JudgedTopics.Select(t => RankingMetrics.Score(t.Id, rankings[t.Id], collection.JudgmentsOf(t.Id))).ToList();
        times.Sort();
        return new RankingRun(collection.Name, configuration, rankings, scores, collection.Topics.Count, times.Count == 0 ? 0 : times[times.Count / 2]);
    }
}
