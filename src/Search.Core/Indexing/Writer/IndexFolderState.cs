using Lucene.Net.Index;

namespace Search.Core.Indexing.Writer;

/// <summary>What an index folder holds.</summary>
public enum IndexFolderKind
{
    /// <summary>No commit at all: a new index can be made here.</summary>
    Empty,

    /// <summary>A commit that opens.</summary>
    Readable,

    /// <summary>
    /// Only commit points that cannot be read, every one of them cut short (Lucene 4.8 writes
    /// <c>segments_N</c> in place, so a kill during a new index's first commit leaves it empty or
    /// truncated), and none that <c>segments.gen</c> records as finished. No readable commit refers to the files, so
    /// nothing can be lost by clearing them.
    /// </summary>
    Unfinished,

    /// <summary>A commit point written whole but whose index does not open: real damage, never cleared automatically.</summary>
    Damaged,
}

/// <summary>
/// Tells what an index folder holds before anyone opens a writer or reader on it, and clears an
/// unfinished first commit so the next run can start a new index where the killed one left off.
/// </summary>
public static class IndexFolderState
{
    /// <summary>The kind of index in <paramref name="indexPath"/>, with the reason when it cannot be opened.</summary>
    public static (IndexFolderKind Kind, string? Problem) Inspect(string indexPath)
    {
        if (!System.IO.Directory.Exists(indexPath)) return (IndexFolderKind.Empty, null);
        var commits = CommitFiles(indexPath);
        // segments.gen is written once a commit has finished: with no commit point left beside it (a copy or a restore that
        // missed it), the index is damaged, not absent. Read as empty, the writer failed on the missing file for good, a
        // rebuild deleted the segments with exit 4, and query said there was no index.
        if (commits.Length == 0 && File.Exists(Path.Combine(indexPath, IndexFileNames.SEGMENTS_GEN)))
            return (IndexFolderKind.Damaged, $"{IndexFileNames.SEGMENTS_GEN} records a commit, but no commit point (segments_N) is in the folder; "
                + "copy it back, or start again with --rebuild");
        if (commits.Length == 0) return (IndexFolderKind.Empty, null);

        using var directory = Lucene.Net.Store.FSDirectory.Open(indexPath);
        try
        {
            using var reader = DirectoryReader.Open(directory);
            return (IndexFolderKind.Readable, null);
        }
        catch (Exception e) when (IndexDamage.Is(e))
        {
            // segments.gen is written only once a commit has finished: a commit it records was whole once, and is damaged now.
            bool anyCommitWhole = commits.Any(file => CommitIsWhole(directory, file))
                || (FinishedGeneration(directory) is { } finished && commits.Any(file => SegmentInfos.GenerationFromSegmentsFileName(file) <= finished));
            return anyCommitWhole
                ? (IndexFolderKind.Damaged, $"the index does not open ({e.GetType().Name}: {e.Message}); check it with Lucene's CheckIndex, or start again with --rebuild")
                : (IndexFolderKind.Unfinished, $"{string.Join(", ", commits.Select(c => Describe(indexPath, c)))}: a commit that was cut short (an indexer stopped while writing it)");
        }
    }

    /// <summary>
    /// Clears an <see cref="IndexFolderKind.Unfinished"/> folder so a new index can be written; returns
    /// what was done, for the user. Call only while holding the <see cref="IndexWriterLock"/>.
    /// </summary>
    public static string? RecoverUnfinished(string indexPath)
    {
        var (kind, problem) = Inspect(indexPath);
        if (kind != IndexFolderKind.Unfinished) return null;
        int removed = 0;
        foreach (string file in System.IO.Directory.GetFiles(indexPath))
        {
            string name = Path.GetFileName(file);
            // Only Lucene's own files: segments_N, segments.gen and the _N.* segment files nothing refers to.
            if (!(name.StartsWith(IndexFileNames.SEGMENTS, StringComparison.Ordinal) || name.StartsWith('_'))) continue;
            File.Delete(file);
            removed++;
        }
        return $"found {problem}; removed its {removed} files and started the index again";
    }

    /// <summary>
    /// Removes the commit points of a <see cref="IndexFolderKind.Damaged"/> index that a rebuild replaces, which Lucene's
    /// writer would read first and fail on; returns what was done. Its articles cannot be read, so none is lost; the rebuild
    /// writes every article again. Call only while holding the <see cref="IndexWriterLock"/>.
    /// </summary>
    public static string ClearForRebuild(string indexPath, string problem)
    {
        var commits = System.IO.Directory.GetFiles(indexPath, IndexFileNames.SEGMENTS + "*")
            .Where(f => Path.GetFileName(f) is var name && (name == IndexFileNames.SEGMENTS_GEN || name.StartsWith(IndexFileNames.SEGMENTS + "_", StringComparison.Ordinal)))
            .ToList();
        foreach (string file in commits) File.Delete(file);
        return $"{problem.Split("; ", 2)[0]}; removed its {commits.Count} commit {(commits.Count == 1 ? "file" : "files")} so the rebuild could start";
    }

    /// <summary>Whether the folder holds a commit point, without opening the index.</summary>
    public static bool HasCommitPoint(string indexPath) => System.IO.Directory.Exists(indexPath) && CommitFiles(indexPath).Length > 0;

    private static string[] CommitFiles(string indexPath) =>
        System.IO.Directory.GetFiles(indexPath, IndexFileNames.SEGMENTS + "_*").Select(Path.GetFileName).OfType<string>()
            .Order(StringComparer.Ordinal).ToArray();

    // A commit point written to the end carries Lucene's footer and checksum; one cut short by a kill
    // does not. A whole commit point whose index will not open is damage, not an unfinished commit.
    private static bool CommitIsWhole(Lucene.Net.Store.Directory directory, string file)
    {
        try
        {
            using var input = directory.OpenInput(file, Lucene.Net.Store.IOContext.READ_ONCE);
            if (input.Length < Lucene.Net.Codecs.CodecUtil.FooterLength()) return false;
            Lucene.Net.Codecs.CodecUtil.ChecksumEntireFile(input);
            return true;
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or EndOfStreamException)
        {
            return false;
        }
    }

    // The generation segments.gen records (Lucene writes it after each commit it finishes), or null when it cannot be read.
    private static long? FinishedGeneration(Lucene.Net.Store.Directory directory)
    {
        try
        {
            using var input = directory.OpenInput(IndexFileNames.SEGMENTS_GEN, Lucene.Net.Store.IOContext.READ_ONCE);
            input.ReadInt32(); // format
            long first = input.ReadInt64(), second = input.ReadInt64();
            return first == second && first > 0 ? first : null;
        }
        catch (Exception e) when (e is IOException or EndOfStreamException)
        {
            return null;
        }
    }

    private static string Describe(string indexPath, string file) => $"{file} ({new FileInfo(Path.Combine(indexPath, file)).Length} bytes)";
}
