using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Search.Core.Indexing.Writer;

namespace Search.Core.Indexing;

/// <summary>
/// When the site starts: builds the index from the articles folder when the index folder is empty or missing, or finishes a
/// first build that was stopped, waiting for it up to <see cref="IndexingOptions.FirstBuildWaitSeconds"/> before the site
/// listens. Then, while the site runs, looks for new commits (the build's own, or the indexer command's) every
/// <see cref="IndexingOptions.RefreshIntervalMs"/> so searches see them without a restart.
/// </summary>
public sealed class IndexStartup(IndexHost host, ArticleIndexer indexer, IOptions<IndexingOptions> options, ILogger<IndexStartup> logger)
    : BackgroundService
{
    // Not disposed: a test host may stop the service after disposing it, and a source without a timer holds nothing to free.
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _starting = new();
    private Task? _build;
    private DateTime _listenBy;
    private int _toldStillBuilding;

    /// <summary>
    /// Starts the first build, if the folder needs one, and waits for it until the site should listen: when it is done, or
    /// <see cref="IndexingOptions.FirstBuildWaitSeconds"/> after it began. False when <paramref name="stop"/> came first: the
    /// build then stops and commits what it read, and the next start finishes it. The site's entry point calls this before
    /// the host starts, so a SIGTERM during the build ends the process quietly rather than as a host that failed to start.
    /// </summary>
    public async Task<bool> WaitForFirstBuildAsync(CancellationToken stop)
    {
        Task build;
        lock (_starting)
        {
            if (_build == null)
            {
                _listenBy = DateTime.UtcNow.AddSeconds(options.Value.FirstBuildWaitSeconds);
                _build = Task.Run(() => Prepare(_stopping.Token), CancellationToken.None);
            }
            build = _build;
        }
        using (stop.Register(_stopping.Cancel))
        {
            var left = _listenBy - DateTime.UtcNow;
            if (left > TimeSpan.Zero)
                await Task.WhenAny(build, Task.Delay(left, stop).ContinueWith(_ => { }, TaskScheduler.Default));
            if (stop.IsCancellationRequested)
            {
                await build;
                return false;
            }
        }
        if (!build.IsCompleted && Interlocked.Exchange(ref _toldStillBuilding, 1) == 0) logger.LogInformation("Still building the index at {Index}; listening meanwhile, and answering 503 until its first commit", host.IndexPath);
        return true;
    }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Without the entry point's wait (a test host), or after it: returns at once when the entry point waited already.
        if (!await WaitForFirstBuildAsync(cancellationToken)) return;
        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        await (_build ?? Task.CompletedTask).WaitAsync(cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
        await base.StopAsync(cancellationToken);
    }

    // What the folder needs before it can be searched: a first build, or the rest of one that was stopped.
    private void Prepare(CancellationToken cancel)
    {
        try
        {
            var (kind, problem) = IndexFolderState.Inspect(host.IndexPath);
            switch (kind)
            {
                case IndexFolderKind.Readable when FirstBuildMark.Unfinished(host.IndexPath):
                    logger.LogWarning("The first build of the index at {Index} did not finish; finishing it", host.IndexPath);
                    Build(kind, problem, cancel);
                    break;
                case IndexFolderKind.Readable:
                    break;
                case IndexFolderKind.Damaged:
                    // Never rebuilt behind the user's back: the articles it holds may not all be in the articles folder.
                    logger.LogError("The index at {Index} does not open: {Problem}", host.IndexPath, problem);
                    break;
                default:
                    Build(kind, problem, cancel);
                    break;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The site runs all the same and answers 503 until an index is there: a folder it cannot write, a file where the
            // folder should be, a disk that filled up. Each ended the process with a stack trace.
            logger.LogError("Could not build the index at {Index}: {Problem}", host.IndexPath, e.Message);
            host.BuildProblem = e.Message;
        }
    }

    // The same indexer as the command line, so a first start and 'search index' cannot differ.
    private void Build(IndexFolderKind kind, string? problem, CancellationToken cancel)
    {
        string articles = RepositoryPaths.Resolve(options.Value.ArticlesPath);
        if (kind == IndexFolderKind.Unfinished)
            logger.LogWarning("The index at {Index} was left unfinished ({Problem}); building it again", host.IndexPath, problem);
        bool found = Directory.Exists(articles) || File.Exists(articles);
        if (found && kind != IndexFolderKind.Readable) logger.LogInformation("No index at {Index}; building it from {Articles}", host.IndexPath, articles);
        else if (kind == IndexFolderKind.Readable && !found)
            logger.LogError("The first build of the index at {Index} cannot be finished: no articles at {Articles} (setting Search:ArticlesPath); serving what it committed",
                host.IndexPath, articles);
        else if (!found)
        {
            // Serve an empty index rather than fail: the indexer can fill it while the site runs.
            logger.LogError("No index at {Index} and no articles at {Articles} (setting Search:ArticlesPath); starting with an empty index",
                host.IndexPath, articles);
        }
        try
        {
            var summary = indexer.Run(new IndexRun
            {
                Inputs = found ? [articles] : [],
                IndexPath = host.IndexPath,
                CommitEveryArticles = options.Value.CommitEveryArticles,
                CommitEvery = TimeSpan.FromSeconds(options.Value.CommitEverySeconds),
                FirstBuild = true,
            }, cancel: cancel);
            if (summary.Recovery != null) logger.LogWarning("{Index}: {Recovery}", host.IndexPath, summary.Recovery);
            foreach (var error in summary.Errors) logger.LogWarning("Skipped {Problem}", error.ToString());
        }
        catch (IndexBusyException e)
        {
            // Another indexer is building it: serve once its first commit lands (the refresh loop picks it up).
            logger.LogWarning("{Message}", e.Message);
        }
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
