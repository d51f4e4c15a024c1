using System.Buffers.Binary;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Indexing.Documents;

namespace Search.Core.Linking.Related;

/// <summary>
/// The articles' <see cref="SimHash"/> fingerprints in binary doc values: 8 bytes an article, none for a
/// passage document or a text too short to have one. Numeric doc values would cost 64 bits for every
/// document of the segment, passages included, since random 64-bit values do not compress.
/// </summary>
/// <remarks>One instance per request: it reuses its buffer.</remarks>
public sealed class Fingerprints(IndexReader reader)
{
    private readonly BinaryDocValues? _values = MultiDocValues.GetBinaryValues(reader, ArticleFields.Fingerprint);
    private readonly BytesRef _bytes = new();

    /// <summary>The fingerprint of a document, or 0 when it has none.</summary>
    public long Of(int doc)
    {
        if (_values == null) return 0;
        _values.Get(doc, _bytes);
        return _bytes.Length == sizeof(long) ? BinaryPrimitives.ReadInt64BigEndian(_bytes.Bytes.AsSpan(_bytes.Offset, sizeof(long))) : 0;
    }

    /// <summary>The doc-values field of a text's fingerprint, or null when the text is too short to have one.</summary>
    public static BinaryDocValuesField? FieldFor(string text)
    {
        long fingerprint = SimHash.Of(text);
        if (fingerprint == 0) return null;
        byte[] bytes = new byte[sizeof(long)];
        BinaryPrimitives.WriteInt64BigEndian(bytes, fingerprint);
        return new BinaryDocValuesField(ArticleFields.Fingerprint, new BytesRef(bytes));
    }
}
