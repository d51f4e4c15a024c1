using Lucene.Net.Index;

namespace Search.Core.Indexing.Writer;

/// <summary>
/// Whether an exception says the index's files are damaged. Lucene.NET reports a damaged segment file not only as an I/O or
/// corruption error but as whatever its decoding hits: a truncated compound file throws ArgumentException ("slice() out of
/// bounds"), flipped bytes in stored fields ArgumentOutOfRangeException from LZ4. Those crashed the command line with a stack
/// trace and kept the site from starting, where a damaged index is exit 4 and a 503.
/// </summary>
public static class IndexDamage
{
    /// <summary>An error opening or reading the index that its files' damage explains.</summary>
    public static bool Is(Exception e) => e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException
        or EndOfStreamException or ArgumentException or IndexOutOfRangeException or OverflowException;

    /// <summary>
    /// Such an error thrown while Lucene read the index's files (its codecs or its store), as a search or an article read it: the
    /// index is damaged, not the request wrong. An ArgumentException of our own code is no damage, and stays a 500.
    /// </summary>
    public static bool InReading(Exception e)
    {
        if (!Is(e)) return false;
        // The frames Lucene threw from, down to the first of ours, past the runtime's own helpers that threw for it: LZ4's
        // decompression throws through Lucene.Net.Support and System.MemoryExtensions.
        var thrownIn = (new System.Diagnostics.StackTrace(e).GetFrames() ?? [])
            .Select(f => f.GetMethod()?.DeclaringType?.Namespace ?? "")
            .SkipWhile(n => n == "System" || n.StartsWith("System.", StringComparison.Ordinal))
            .TakeWhile(n => n.StartsWith("Lucene.Net", StringComparison.Ordinal));
        return thrownIn.Any(n => n.StartsWith("Lucene.Net.Codecs", StringComparison.Ordinal) || n.StartsWith("Lucene.Net.Store", StringComparison.Ordinal));
    }

    /// <summary>What the command line and the logs say of it.</summary>
    public static string Problem(string indexPath, Exception e) =>
        $"{indexPath}: the index could not be read ({e.GetType().Name}: {e.Message}); check it with Lucene's CheckIndex, or start again with --rebuild";
}
