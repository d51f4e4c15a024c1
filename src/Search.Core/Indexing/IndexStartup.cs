using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Search.Core.Indexing;

/// <summary>
/// Before the site serves requests: builds the index from the articles folder when the index folder
/// is empty or missing. Then, while the site runs, looks for new commits (from the indexer command,
/// say) every <see cref="IndexingOptions.RefreshIntervalMs"/> so searches see them without a restart.
/// </summary>
public sealed class IndexStartup(IndexHost host, ArticleIndexer indexer, IOptions<IndexingOptions> options, ILogger<IndexStartup> logger)
    : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (!host.IndexExists())
        {
            string articles = RepositoryPaths.Resolve(options.Value.ArticlesPath);
            if (Directory.Exists(articles))
            {
                logger.LogInformation("No index at {Index}; building it from {Articles}", host.IndexPath, articles);
                indexer.IndexFolder(articles, host.IndexPath);
            }
            else
            {
                // Serve an empty index rather than fail: the indexer can fill it while the site runs.
                logger.LogError("No index at {Index} and no articles folder at {Articles} (setting Search:ArticlesPath); starting with an empty index",
                    host.IndexPath, articles);
                indexer.IndexFiles([], host.IndexPath);
            }
        }
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(options.Value.RefreshIntervalMs));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                host.Refresh();
            }
            catch (Exception e) when (e is IOException or InvalidOperationException)
            {
                logger.LogWarning(e, "Could not refresh the index at {Index}", host.IndexPath);
            }
        }
    }
}
