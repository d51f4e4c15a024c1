using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Search.Core.Analysis;
using Search.Core.Indexing.Documents;

namespace Search.Core.Indexing.Writer;

/// <summary>
/// The one writer of an index folder for as long as it lives: holds the <see cref="IndexWriterLock"/>,
/// clears an unfinished first commit left by a killed indexer, and owns the <see cref="IndexWriter"/>.
/// </summary>
/// <remarks>Not thread-safe; one run or one watch loop uses it at a time. Disposing without
/// <see cref="Commit"/> keeps the last commit (uncommitted changes are rolled back).</remarks>
internal sealed class IndexSession : IDisposable
{
    private readonly IndexWriterLock _lock;
    private readonly Analyzer _analyzer;

    private IndexSession(IndexWriterLock writerLock, FSDirectory directory, Analyzer analyzer, IndexWriter writer, string? recovery)
    {
        _lock = writerLock;
        Directory = directory;
        _analyzer = analyzer;
        Writer = writer;
        Recovery = recovery;
    }

    public FSDirectory Directory { get; }

    public IndexWriter Writer { get; }

    /// <summary>What was done to recover the folder before writing, or null when nothing needed doing.</summary>
    public string? Recovery { get; }

    /// <summary>Takes the folder's writer lock at once (or throws <see cref="IndexBusyException"/>) and opens the writer.</summary>
    /// <param name="rebuild">Start from an empty index; the previous commit stays readable until this session's first commit.</param>
    /// <exception cref="IndexDamagedException">The folder holds an index that cannot be opened; nothing is changed.</exception>
    /// <exception cref="IndexFolderRefusedException">The folder is one of <paramref name="inputs"/>, or holds files the writer would delete.</exception>
    public static IndexSession Open(string indexPath, bool rebuild, double ramBufferMb, TextAnalysis? analysis = null, IEnumerable<string>? inputs = null)
    {
        // Before the lock file is made: an index folder that is an input would list it as an input file.
        if (IndexFolderFiles.Refusal(indexPath, inputs ?? []) is { } refusal) throw new IndexFolderRefusedException(refusal);
        var writerLock = IndexWriterLock.Acquire(indexPath);
        try
        {
            string? recovery = IndexFolderState.RecoverUnfinished(indexPath);
            var (kind, problem) = IndexFolderState.Inspect(indexPath);
            if (kind == IndexFolderKind.Damaged && !rebuild) throw new IndexDamagedException(indexPath, problem!);
            // Asked to start again, as the damage's message offers: the writer read the damaged commit first, and failed on it.
            if (kind == IndexFolderKind.Damaged) recovery = IndexFolderState.ClearForRebuild(indexPath, problem!);

            var directory = FSDirectory.Open(indexPath);
            var analyzer = ArticleAnalyzer.Create(analysis);
            var config = new IndexWriterConfig(NewsAnalyzer.Version, analyzer)
            {
                Similarity = new ArticleSimilarity(),
                OpenMode = rebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
                RAMBufferSizeMB = ramBufferMb,
            };
            var writer = new IndexWriter(directory, config);
            IndexIdentity.Ensure(writer);
            return new IndexSession(writerLock, directory, analyzer, writer, recovery);
        }
        catch
        {
            writerLock.Dispose();
            throw;
        }
    }

    /// <summary>Makes everything written so far durable and visible to readers.</summary>
    public void Commit() => Writer.Commit();

    public void Dispose()
    {
        try
        {
            // Roll back rather than let Dispose commit: only an explicit Commit makes changes visible.
            Writer.Rollback();
        }
        finally
        {
            _analyzer.Dispose();
            Directory.Dispose();
            _lock.Dispose();
        }
    }
}

/// <summary>The index folder holds an index that does not open; the indexer leaves it untouched.</summary>
public sealed class IndexDamagedException(string indexPath, string problem) : Exception($"{indexPath}: {problem}");
