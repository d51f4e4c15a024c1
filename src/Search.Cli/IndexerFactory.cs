using Microsoft.Extensions.Logging;
using Search.Core.Extraction;
using Search.Core.Indexing;
using Search.Core.Ingestion;

namespace Search.Cli;

/// <summary>Makes the indexer the commands use, with the same gazetteer and readers as the site.</summary>
internal static class IndexerFactory
{
    public static ArticleIndexer Create(ILoggerFactory loggers, ReadLimits limits) =>
        new(Gazetteer.LoadDefault(), ArticleReaders.All(), limits, loggers.CreateLogger<ArticleIndexer>());
}
