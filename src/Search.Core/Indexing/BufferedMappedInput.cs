using Lucene.Net.Store;

namespace Search.Core.Indexing;

/// <summary>
/// A mapped input read through a buffer (<see cref="MappedIndexDirectory"/>): a refill is one bulk copy from
/// the mapping, and the byte-at-a-time reads of decompression come from an array.
/// </summary>
internal sealed class BufferedMappedInput(string name, IndexInput mapped) : BufferedIndexInput($"BufferedMappedInput({name})")
{
    private IndexInput _mapped = mapped;
    private bool _isClone;

    public override long Length => _mapped.Length;

    // The buffer asks for bytes at its own position, so the mapped input is positioned on each refill.
    protected override void ReadInternal(byte[] b, int offset, int length)
    {
        _mapped.Seek(Position);
        _mapped.ReadBytes(b, offset, length);
    }

    protected override void SeekInternal(long pos)
    {
    }

    public override object Clone()
    {
        var clone = (BufferedMappedInput)base.Clone();
        clone._mapped = (IndexInput)_mapped.Clone();
        clone._isClone = true;
        return clone;
    }

    // Clones of a mapped input are never closed on their own; the original unmaps the file.
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_isClone) _mapped.Dispose();
    }
}
