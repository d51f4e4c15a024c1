namespace Search.Core.Indexing.Writer;

/// <summary>
/// A write that failed for want of space. It was reported as a damaged index to check or rebuild, though the last commit
/// is whole and a run after space is freed finishes the job.
/// </summary>
public static class DiskFull
{
    // ENOSPC on Linux and macOS (28), ERROR_DISK_FULL (112) and ERROR_HANDLE_DISK_FULL (39) on Windows.
    public static bool Is(Exception? e)
    {
        for (; e != null; e = e.InnerException)
            if (e is IOException io && (io.HResult is 28 or 112 or 39 || (io.HResult & 0xFFFF) is 112 or 39
                || io.Message.Contains("No space left on device", StringComparison.Ordinal)))
                return true;
        return false;
    }

    /// <summary>What the indexer says of it.</summary>
    public static string Problem(string indexPath, Exception e) =>
        $"{indexPath}: the disk is full ({e.Message}); the index keeps its last commit: free some space and run index again to finish";
}
