using System.Buffers.Binary;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Indexing.Documents;

namespace Search.Core.Linking.Related;

/// <summary>
/// The articles' <see cref="SimHash"/> fingerprints (<see cref="ArticleFields.Fingerprint"/>), 8 bytes of binary doc
/// values each. Numeric doc values give every document of the index a value of the column's width, so each
/// passage document paid 8 bytes for a fingerprint it does not have (1.5 MB of 34 at Reuters 19k); binary ones
/// cost a document without a value a few bits of address.
/// </summary>
/// <remarks>One instance per reader and use (a page of hits, one article's relations); not thread-safe.</remarks>
internal sealed class Fingerprints
{
    private readonly BinaryDocValues? _values;
    private readonly BytesRef _scratch = new();

    private Fingerprints(BinaryDocValues? values) => _values = values;

    /// <summary>The field that gives an article its fingerprint.</summary>
    public static BinaryDocValuesField Field(long fingerprint)
    {
        var bytes = new byte[sizeof(long)];
        BinaryPrimitives.WriteInt64BigEndian(bytes, fingerprint);
        return new BinaryDocValuesField(ArticleFields.Fingerprint, new BytesRef(bytes));
    }

    public static Fingerprints Of(IndexReader reader) => new(MultiDocValues.GetBinaryValues(reader, ArticleFields.Fingerprint));

    /// <summary>The fingerprint of a document given by its top-level id, or 0 when it has none (a passage, or an article indexed before the field).</summary>
    public long Get(int doc)
    {
        if (_values == null) return 0;
        _values.Get(doc, _scratch);
        return _scratch.Length == sizeof(long) ? BinaryPrimitives.ReadInt64BigEndian(_scratch.Bytes.AsSpan(_scratch.Offset, sizeof(long))) : 0;
    }
}
