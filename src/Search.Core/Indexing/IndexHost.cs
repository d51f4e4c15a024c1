using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Search.Core.Facets;
using Search.Core.Search;
using Search.Core.Indexing.Documents;

namespace Search.Core.Indexing;

/// <summary>
/// Owns the index directory, the <see cref="SearcherManager"/> that pools its readers, and the facet
/// state cached per reader. Lends searchers through <see cref="Acquire"/>; sees new commits when
/// <see cref="Refresh"/> runs (the site calls it periodically).
/// </summary>
/// <remarks>Singleton: one per index folder per process, disposed with the application.</remarks>
public sealed class IndexHost : IDisposable
{
    private readonly object _openGate = new();
    private SearcherManager? _manager;
    private readonly ConditionalWeakTable<IndexReader, FacetOrdinals> _ordinals = new();
    // The length of each file of a reader's commit when it was opened: Lucene writes a file once, so one of the same name with
    // another length is another index's.
    private readonly ConditionalWeakTable<IndexReader, IReadOnlyDictionary<string, long>> _files = new();
    private readonly ILogger<IndexHost> _logger;
    private Lucene.Net.Store.Directory? _directory;
    private readonly float _k1, _b;
    private readonly IndexDirectoryKind _directoryKind;

    public IndexHost(IOptions<IndexingOptions> options, ILogger<IndexHost> logger)
        : this(options, Options.Create(new SearchOptions()), logger)
    {
    }

    public IndexHost(IOptions<IndexingOptions> options, IOptions<SearchOptions> ranking, ILogger<IndexHost> logger)
    {
        _logger = logger;
        _k1 = ranking.Value.K1;
        _b = ranking.Value.B;
        IndexPath = RepositoryPaths.Resolve(options.Value.IndexPath);
        _directoryKind = options.Value.Directory;
    }

    /// <summary>The absolute path of the index folder.</summary>
    public string IndexPath { get; }

    /// <summary>Why the site's first-start build failed, or null: for the readiness check to say, as no build is under way.</summary>
    public string? BuildProblem { get; internal set; }

    /// <summary>Whether an index is open and searched: it still is while its folder is gone (being replaced).</summary>
    public bool Serving => Volatile.Read(ref _manager) != null;

    /// <summary>True when the index folder holds a commit that opens.</summary>
    public bool IndexExists() => Writer.IndexFolderState.Inspect(IndexPath).Kind == Writer.IndexFolderKind.Readable;

    internal SearcherLease Acquire()
    {
        var manager = Manager();
        var searcher = manager.Acquire();
        try
        {
            var ordinals = _ordinals.GetValue(searcher.IndexReader, FacetOrdinals.Build);
            return new SearcherLease(manager, searcher, ordinals);
        }
        catch
        {
            manager.Release(searcher);
            throw;
        }
    }

    /// <summary>Opens a new reader if the index has a newer commit; cheap when nothing changed.</summary>
    public void Refresh()
    {
        // A folder gone for now (being replaced) keeps what is open: looking for its commits logged an error every second.
        if (Volatile.Read(ref _manager) is not { } manager || !System.IO.Directory.Exists(IndexPath)) return;
        if (Replaced(manager)) Reopen(manager);
        else if (manager.MaybeRefresh()) _logger.LogDebug("Index {Path} refreshed", IndexPath);
    }

    // An index made anew in the folder (deleted and built again, a backup put back) cannot be refreshed onto, only opened afresh.
    private bool Replaced(SearcherManager manager)
    {
        if (_directory is not { } directory) return false;
        var searcher = manager.Acquire();
        try
        {
            return searcher.IndexReader is DirectoryReader open
                && Writer.IndexIdentity.Replaced(directory, open.IndexCommit, _files.TryGetValue(open, out var lengths) ? lengths : null);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    private void Reopen(SearcherManager stale)
    {
        lock (_openGate)
        {
            if (!ReferenceEquals(_manager, stale)) return;
            _logger.LogWarning("The index at {Path} was made anew; opening it afresh", IndexPath);
            Volatile.Write(ref _manager, null);
            // Searches under way keep their readers (a lease releases to the manager it came from); the directory is left to
            // them and the collector. The next search opens the new index.
            stale.Dispose();
            _directory = null;
        }
    }

    // Opened on first use rather than at construction, so the site can build a missing index first;
    // a failed open is retried on the next request instead of being remembered.
    private SearcherManager Manager()
    {
        if (Volatile.Read(ref _manager) is { } open) return open;
        lock (_openGate)
        {
            if (_manager != null) return _manager;
            var (kind, problem) = Writer.IndexFolderState.Inspect(IndexPath);
            if (kind != Writer.IndexFolderKind.Readable)
                throw new IndexUnavailableException(IndexPath, problem ?? "no index here yet; build it with the indexer's 'index' command");
            var directory = IndexDirectories.Open(IndexPath, _directoryKind);
            _logger.LogInformation("Opening index {Path}", IndexPath);
            try
            {
                Volatile.Write(ref _manager, new SearcherManager(directory, new Bm25SearcherFactory(this)));
            }
            catch (Exception e) when (Writer.IndexDamage.Is(e))
            {
                directory.Dispose();
                throw new IndexUnavailableException(IndexPath, e.Message);
            }
            _directory = directory;
            return _manager;
        }
    }

    public void Dispose()
    {
        _manager?.Dispose();
        _directory?.Dispose();
    }

    /// <summary>Every searcher ranks with BM25 (Lucene.NET 4.8 defaults to TF-IDF), with the configured k1 and b, and has its facet state built up front.</summary>
    private sealed class Bm25SearcherFactory(IndexHost host) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            host._ordinals.GetValue(reader, FacetOrdinals.Build);
            if (reader is DirectoryReader opened) host._files.AddOrUpdate(reader, Writer.IndexIdentity.FileLengths(opened.IndexCommit));
            return new IndexSearcher(reader) { Similarity = new ArticleNormsSimilarity(new ArticleSimilarity(host._k1, host._b)) };
        }
    }
}

/// <summary>The index cannot be searched now (not built yet, or damaged); the site answers 503, not 500.</summary>
public sealed class IndexUnavailableException(string indexPath, string problem) : Exception($"{indexPath}: {problem}");
