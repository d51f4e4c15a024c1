using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Search.Core.Indexing.Writer;

/// <summary>
/// One writer per index folder, across processes: an exclusive, non-blocking OS lock on
/// <c>indexer.lock</c> in the folder, held for as long as the writer lives. Lucene.NET's own
/// <c>write.lock</c> is not enough: on Linux it takes a shared lock, so two indexers both get it and
/// then destroy each other's commits. The OS drops the lock when the process dies, so a killed
/// indexer never leaves the folder locked.
/// </summary>
public sealed class IndexWriterLock : IDisposable
{
    /// <summary>The lock file's name inside the index folder.</summary>
    public const string FileName = "indexer.lock";

    private const int LockExclusive = 2, LockNonBlocking = 4;

    private readonly FileStream _file;

    private IndexWriterLock(FileStream file) => _file = file;

    [DllImport("libc", SetLastError = true)]
    private static extern int flock(SafeFileHandle fd, int operation);

    /// <summary>Takes the lock at once or throws <see cref="IndexBusyException"/>; never waits.</summary>
    public static IndexWriterLock Acquire(string indexPath)
    {
        Directory.CreateDirectory(indexPath);
        string path = Path.Combine(indexPath, FileName);
        FileStream file;
        try
        {
            // FileShare.None is exclusive on Windows, and makes .NET take flock(LOCK_EX) on Unix, unless
            // DOTNET_SYSTEM_IO_DISABLEFILELOCKING is set; the explicit flock below holds even then.
            file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new IndexBusyException(indexPath, e);
        }
        if (!OperatingSystem.IsWindows() && flock(file.SafeFileHandle, LockExclusive | LockNonBlocking) != 0)
        {
            file.Dispose();
            throw new IndexBusyException(indexPath, null);
        }
        // Who holds it, for a person looking at the folder; the lock itself is the OS's, not this text.
        file.SetLength(0);
        using (var writer = new StreamWriter(file, leaveOpen: true)) writer.Write($"{Environment.ProcessId} {DateTime.UtcNow:O}\n");
        file.Flush();
        return new IndexWriterLock(file);
    }

    public void Dispose() => _file.Dispose();
}

/// <summary>Another process is writing to the index folder.</summary>
public sealed class IndexBusyException(string indexPath, Exception? inner)
    : Exception($"{indexPath}: another indexer is writing to this index (it holds {IndexWriterLock.FileName}); try again when it has finished", inner);
