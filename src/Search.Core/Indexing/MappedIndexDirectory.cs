using Lucene.Net.Store;

namespace Search.Core.Indexing;

/// <summary>
/// A memory-mapped index whose stored fields are read through a small buffer. Loading a stored document
/// decompresses its LZ4 block, which reads the mapped file a byte or a few bytes at a time; Lucene.NET's mapped
/// input pays a bounds check and a view access on every such read, so a hit's body took about 55 µs to load at
/// 1M articles against about 25 µs through a buffer over the same mapping (docs/benchmarks.md). Everything else
/// (postings, doc values, norms) is read as mapped, which is faster for them than any buffered directory.
/// </summary>
/// <remarks>
/// Stored fields are found by the <c>.fdt</c> extension, both as files and inside compound files (whose parts
/// are opened through <see cref="CreateSlicer"/>). Every clone has its own buffer and mapped clone, so readers
/// never share a lock.
/// </remarks>
internal sealed class MappedIndexDirectory(string path) : MMapDirectory(path)
{
    private const string StoredFieldsExtension = ".fdt";

    public override IndexInput OpenInput(string name, IOContext context) => Buffered(name, base.OpenInput(name, context));

    public override IndexInputSlicer CreateSlicer(string name, IOContext context) => new Slicer(base.CreateSlicer(name, context));

    private static IndexInput Buffered(string name, IndexInput input) =>
        name.EndsWith(StoredFieldsExtension, StringComparison.Ordinal) ? new BufferedMappedInput(name, input) : input;

    /// <summary>Opens the parts of a compound file, buffering its stored fields.</summary>
    private sealed class Slicer(IndexInputSlicer mapped) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            Buffered(sliceDescription, mapped.OpenSlice(sliceDescription, offset, length));

        [Obsolete("Only for reading pre-4.0 compound files, as in the base class.")]
        public override IndexInput OpenFullSlice() => mapped.OpenFullSlice();

        protected override void Dispose(bool disposing)
        {
            if (disposing) mapped.Dispose();
        }
    }
}
