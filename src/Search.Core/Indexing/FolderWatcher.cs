using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Search.Core.Indexing.Writer;
using Search.Core.Ingestion;
using Search.Core.Ingestion.Files;

namespace Search.Core.Indexing;

/// <summary>
/// Keeps an index in step with folders: one full run, then a round for each burst of file changes
/// (new, changed, renamed, deleted), reading only the files that changed. Holds the writer lock for
/// as long as it watches, so no other indexer can write meanwhile.
/// </summary>
public sealed class FolderWatcher(ArticleIndexer indexer, ArticleReaders readers, ILogger<FolderWatcher> logger)
{
    /// <summary>How long the folders must be quiet before a round starts, so a file being copied is read once, whole.</summary>
    public TimeSpan Settle { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Watches until <paramref name="cancel"/> fires, calling <paramref name="round"/> after the first run and after each round.</summary>
    /// <exception cref="IndexBusyException">Another process is writing to the index.</exception>
    public void Watch(IndexRun run, Action<IndexSummary> round, CancellationToken cancel)
    {
        using var session = IndexSession.Open(run.IndexPath, rebuild: false, ramBufferMb: 64, indexer.Analysis, run.Inputs);
        var changed = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var lastEvent = Stopwatch.StartNew();
        var watchers = run.Inputs.Select(Path.GetFullPath).Where(Directory.Exists).Select(folder => Watcher(folder, changed, lastEvent)).ToList();
        try
        {
            var selection = InputSelection.Find(run.Inputs, readers.Extensions, run.Include, run.Exclude);
            round(indexer.Apply(session, selection, selection.Files, run, Stopwatch.StartNew(), null, cancel) with { Recovery = session.Recovery });
            while (!cancel.IsCancellationRequested)
            {
                cancel.WaitHandle.WaitOne(Settle);
                if (changed.IsEmpty || lastEvent.Elapsed < Settle) continue;
                var paths = changed.Keys.ToHashSet(StringComparer.Ordinal);
                foreach (string path in paths) changed.TryRemove(path, out _);

                // The whole selection is listed again (cheap next to reading), so globs apply and deleted files drop out.
                selection = InputSelection.Find(run.Inputs, readers.Extensions, run.Include, run.Exclude);
                var toRead = selection.Files.Where(file => paths.Contains(file) || paths.Any(path => file.StartsWith(path + Path.DirectorySeparatorChar, StringComparison.Ordinal))).ToList();
                logger.LogInformation("{Count} changed files under {Inputs}", paths.Count, string.Join(", ", run.Inputs));
                round(indexer.Apply(session, selection, toRead, run, Stopwatch.StartNew(), null, cancel));
            }
        }
        finally
        {
            foreach (var watcher in watchers) watcher.Dispose();
        }
    }

    private FileSystemWatcher Watcher(string folder, ConcurrentDictionary<string, byte> changed, Stopwatch lastEvent)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void Seen(string path)
        {
            changed[path] = 0;
            lastEvent.Restart();
        }
        watcher.Created += (_, e) => Seen(e.FullPath);
        watcher.Changed += (_, e) => Seen(e.FullPath);
        watcher.Deleted += (_, e) => Seen(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Seen(e.OldFullPath);
            Seen(e.FullPath);
        };
        // Too many changes at once overflow the OS queue: then every file is read again (unchanged ones are skipped by hash).
        watcher.Error += (_, e) =>
        {
            logger.LogWarning(e.GetException(), "Watching {Folder} lost events; reading it all again", folder);
            Seen(folder);
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
