using Search.Core.Indexing.Writer;

namespace Search.Core.Tests.Indexing.Writer;

/// <summary>Issue 12, fault 2 (in one process; the two-process test is in Search.Cli.Tests).</summary>
public sealed class IndexWriterLockTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void ASecondWriterIsRefusedAtOnceAndAdmittedOnceTheFirstIsDone()
    {
        using (IndexWriterLock.Acquire(_folder.Path))
        {
            var refused = Assert.Throws<IndexBusyException>(() => IndexWriterLock.Acquire(_folder.Path));
            Assert.Contains("another indexer is writing to this index", refused.Message);
        }
        using var again = IndexWriterLock.Acquire(_folder.Path);
    }

    [Fact]
    public void TheLockIsExclusiveInTheOperatingSystem()
    {
        using var held = IndexWriterLock.Acquire(_folder.Path);
        string pid = Environment.ProcessId.ToString();
        // /proc/locks lists FLOCK ... WRITE for an exclusive flock (a shared one says READ).
        string inode = new FileInfo(Path.Combine(_folder.Path, IndexWriterLock.FileName)).Exists ? Inode(Path.Combine(_folder.Path, IndexWriterLock.FileName)) : "";
        var locks = File.ReadAllLines("/proc/locks").Where(l => l.Contains($" {pid} ") && l.Contains(inode)).ToList();
        Assert.Contains(locks, l => l.Contains("FLOCK") && l.Contains("WRITE"));
        Assert.DoesNotContain(locks, l => l.Contains("READ"));
    }

    private static string Inode(string path)
    {
        using var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%i", path]) { RedirectStandardOutput = true })!;
        string inode = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return ":" + inode + " ";
    }

    public void Dispose() => _folder.Dispose();
}
