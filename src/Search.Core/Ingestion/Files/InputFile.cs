namespace Search.Core.Ingestion.Files;

/// <summary>
/// Checks a path before any reader opens it, so a bad file costs a message and never a hang or a crash:
/// links are followed to a regular file or reported as broken, pipes, sockets and devices are refused,
/// and empty or over-large files are refused unread.
/// </summary>
public static class InputFile
{
    /// <summary>The problem with <paramref name="path"/> as an input, or null when a reader may open it.</summary>
    /// <param name="maxBytes">Largest size accepted; null for a streamed format whose limit is per line.</param>
    public static string? Check(string path, long? maxBytes)
    {
        string target = path;
        var kind = FileKinds.Of(path);
        if (kind == FileKind.SymbolicLink)
        {
            var (resolved, problem) = ResolveLink(path);
            if (problem != null) return problem;
            target = resolved!;
            kind = FileKinds.Of(target);
        }
        string? refusal = kind switch
        {
            FileKind.Missing => "no such file",
            FileKind.Directory => "a folder, not a file",
            FileKind.Pipe => "a named pipe, not a regular file; skipped",
            FileKind.Socket => "a socket, not a regular file; skipped",
            FileKind.Device => "a device, not a regular file; skipped",
            FileKind.Unknown or FileKind.SymbolicLink => "not a regular file; skipped",
            _ => null,
        };
        if (refusal != null) return refusal;

        long length = new FileInfo(target).Length;
        if (length == 0) return "the file is empty";
        if (maxBytes is { } max && length > max)
            return $"the file is {Megabytes(length)}, over the limit of {Megabytes(max)} (--max-file-bytes, or the site's Search:Ingestion:MaxFileBytes); skipped";
        return null;
    }

    /// <summary>The whole file, after <see cref="Check"/>; or the problem that kept it from being read.</summary>
    public static (byte[]? Bytes, string? Problem) ReadAllBytes(string path, long maxBytes)
    {
        if (Check(path, maxBytes) is { } problem) return (null, problem);
        try
        {
            return (File.ReadAllBytes(path), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, Describe(e));
        }
    }

    /// <summary>A file-system error as a short message, without a stack trace.</summary>
    public static string Describe(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        _ => e.Message,
    };

    /// <summary>The final target of a symbolic link, or why there is none (broken, or a loop).</summary>
    public static (string? Target, string? Problem) ResolveLink(string path)
    {
        try
        {
            var target = File.ResolveLinkTarget(path, returnFinalTarget: true);
            if (target == null || !(File.Exists(target.FullName) || Directory.Exists(target.FullName)))
                return (null, $"a broken symbolic link (to '{new FileInfo(path).LinkTarget}')");
            return (target.FullName, null);
        }
        catch (IOException e)
        {
            return (null, $"a symbolic link that cannot be followed: {e.Message}");
        }
        catch (UnauthorizedAccessException)
        {
            return (null, "a symbolic link to a place that may not be read (permission denied)");
        }
    }

    // In MB from a tenth of one; below, in bytes: "the file is 0 MB, over the limit of 0 MB" said nothing.
    internal static string Megabytes(long bytes) => bytes >= 104_858 ? $"{bytes / 1048576.0:0.#} MB" : $"{bytes:N0} bytes";
}
