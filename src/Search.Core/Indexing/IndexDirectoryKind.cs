using Lucene.Net.Store;

namespace Search.Core.Indexing;

/// <summary>
/// How the site reads the index files. Memory-mapped is Lucene's default on 64-bit; through it, Lucene.NET
/// 4.8 reads stored fields (titles, bodies for snippets) byte by byte from the mapped view, several times
/// slower than Java. The buffered file kinds read whole blocks into arrays and decompress from there; they
/// serialise the reads of one file between threads, yet on two cores SimpleFS served the full query as fast
/// as MMap from one thread and faster from two and four (docs/benchmarks.md), so it is the default.
/// </summary>
public enum IndexDirectoryKind
{
    /// <summary><see cref="MMapDirectory"/>: no lock between concurrent readers.</summary>
    MMap,

    /// <summary><see cref="SimpleFSDirectory"/>: buffered reads, one at a time per file.</summary>
    SimpleFS,

    /// <summary><see cref="NIOFSDirectory"/>: buffered positional reads.</summary>
    NIOFS,
}

/// <summary>Opens a folder as the <see cref="Lucene.Net.Store.Directory"/> of a kind.</summary>
internal static class IndexDirectories
{
    public static FSDirectory Open(string path, IndexDirectoryKind kind) => kind switch
    {
        IndexDirectoryKind.SimpleFS => new SimpleFSDirectory(path),
        IndexDirectoryKind.NIOFS => new NIOFSDirectory(path),
        _ => FSDirectory.Open(path),
    };
}
