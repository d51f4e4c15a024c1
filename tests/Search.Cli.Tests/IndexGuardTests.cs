namespace Search.Cli.Tests;

/// <summary>How the index-level failures of a run are said: each its own message and exit code, never a stack trace.</summary>
public sealed class IndexGuardTests
{
    [Fact]
    public void AFullDiskIsSaidSoNotTakenForADamagedIndex()
    {
        // "the index could not be read (IOException: No space left on device …); check it with Lucene's CheckIndex, or start
        // again with --rebuild", though the last commit was whole and a run after freeing space finished the job.
        var (output, errors) = (new StringWriter(), new StringWriter());
        int code = Search.Cli.IndexCommand.Guard("/data/index", json: false, output, errors,
            () => throw new IOException("No space left on device : '/data/index/_9_Lucene41_0.doc'", 28));
        Assert.Equal(4, code);
        Assert.Contains("the disk is full", errors.ToString());
        Assert.DoesNotContain("--rebuild", errors.ToString());
    }
}
