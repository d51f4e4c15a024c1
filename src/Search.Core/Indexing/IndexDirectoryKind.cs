using Lucene.Net.Store;

namespace Search.Core.Indexing;

/// <summary>
/// How the site reads the index files. Memory-mapped is Lucene's default on 64-bit, and ours: Lucene 4's doc
/// values stay on disk and are read at random, one value per hit and facet dimension, which a mapped view serves
/// without a copy or a lock. Through SimpleFS each read took the file's lock and refilled a buffer: at a million
/// articles the full query took 29.4 ms p50 against 22.9 memory-mapped, the lock half of it (docs/benchmarks.md).
/// SimpleFS was a little ahead only at 19k articles, where everything fits in its buffers. Stored fields are the
/// exception: their decompression reads a byte at a time, which a buffer serves faster, so <see cref="MMap"/> reads
/// them through one (<see cref="MappedIndexDirectory"/>).
/// </summary>
public enum IndexDirectoryKind
{
    /// <summary><see cref="MMapDirectory"/>, stored fields through a buffer: no lock between concurrent readers.</summary>
    MMap,

    /// <summary><see cref="SimpleFSDirectory"/>: buffered reads, one at a time per file.</summary>
    SimpleFS,

    /// <summary><see cref="NIOFSDirectory"/>: buffered positional reads.</summary>
    NIOFS,
}

/// <summary>Opens a folder as the <see cref="Lucene.Net.Store.Directory"/> of a kind.</summary>
internal static class IndexDirectories
{
    public static Lucene.Net.Store.Directory Open(string path, IndexDirectoryKind kind) => kind switch
    {
        IndexDirectoryKind.SimpleFS => new SimpleFSDirectory(path),
        IndexDirectoryKind.NIOFS => new NIOFSDirectory(path),
        _ => new MappedIndexDirectory(path),
    };
}
