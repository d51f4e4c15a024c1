using Microsoft.Extensions.Logging;
using Search.Core.Extraction;
using Search.Core.Indexing;
using Search.Core.Ingestion;

namespace Search.Cli;

/// <summary>Makes the indexer the commands use, with the same gazetteer (shipped and user files) and readers as the site.</summary>
internal static class IndexerFactory
{
    /// <summary>The indexer, or null after writing why a user gazetteer file cannot be used (missing, or a malformed line).</summary>
    public static ArticleIndexer? TryCreate(ILoggerFactory loggers, ReadLimits limits, GazetteerOptions gazetteer, TextWriter errors)
    {
        try
        {
            return new(Gazetteer.Load(gazetteer), ArticleReaders.All(), limits, loggers.CreateLogger<ArticleIndexer>());
        }
        catch (Exception e) when (e is FileNotFoundException or FormatException)
        {
            errors.WriteLine(e.Message);
            return null;
        }
    }
}
