using System.Runtime.InteropServices;

namespace Search.Core.Ingestion.Files;

/// <summary>What a path names before it is opened: opening a named pipe for reading blocks until a writer comes, so it must be known first.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    Pipe,
    Socket,
    Device,
    Unknown,
}

/// <summary>
/// Tells a regular file from a pipe, socket or device without opening it. .NET exposes no file type
/// beyond directory and link, so on Unix this asks the runtime's own native shim (System.Native, shipped
/// with every .NET runtime), whose <c>FileStatus</c> starts with two ints: flags, then the mode bits.
/// </summary>
internal static partial class FileKinds
{
    // System.Native's portable mode constants (pal_io.h), the same on every Unix.
    private const int TypeMask = 0xF000, Fifo = 0x1000, CharDevice = 0x2000, Dir = 0x4000, BlockDevice = 0x6000, Regular = 0x8000, Link = 0xA000, Sock = 0xC000;

    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct FileStatusPrefix
    {
        public int Flags;
        public int Mode;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out FileStatusPrefix status);

    /// <summary>The kind of <paramref name="path"/> itself (a symbolic link is reported as one, not followed).</summary>
    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsWindows()) return Managed(path);
        try
        {
            if (LStat(path, out var status) != 0) return FileKind.Missing;
            return (status.Mode & TypeMask) switch
            {
                Regular => FileKind.Regular,
                Dir => FileKind.Directory,
                Link => FileKind.SymbolicLink,
                Fifo => FileKind.Pipe,
                Sock => FileKind.Socket,
                CharDevice or BlockDevice => FileKind.Device,
                _ => FileKind.Unknown,
            };
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return Managed(path);
        }
    }

    // Without the shim: links and folders are known; anything else that exists is taken for a regular file.
    private static FileKind Managed(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget != null) return FileKind.SymbolicLink;
        if (Directory.Exists(path)) return FileKind.Directory;
        return info.Exists ? FileKind.Regular : FileKind.Missing;
    }
}
