using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Linking.Passages;

namespace Search.Core.Facets;

/// <summary>
/// One segment's facet ordinals in memory: every article's ordinals of <see cref="FacetDimension.ValuesField"/>,
/// ascending, and the range each dimension holds. A passage document reads its article's values, the document
/// just before its run of passages, so passages carry no facet doc values of their own.
/// </summary>
/// <remarks>
/// Why in memory: Lucene 4's doc values stay on disk, and Lucene.NET reads each packed ordinal through the
/// directory's byte reads; over a query with 10^5 hits that cost more than the query itself. A segment never
/// changes, so its column is built once, when a reader first meets the segment (deletions do not matter: a
/// deleted document is never collected), and shared by every query and thread. It holds an int and a byte per
/// document and an int per value: at a million articles with their passages, about 70 MB.
/// </remarks>
internal sealed class FacetColumn
{
    private static readonly ConditionalWeakTable<object, FacetColumn> Cache = new();

    private readonly int[] _starts;
    private readonly int[] _ords;
    private readonly byte[] _dimensions;
    private readonly FixedBitSet? _passages;

    private FacetColumn(int[] starts, int[] ords, byte[] dimensions, FixedBitSet? passages, int valueCount, OrdinalRanges ranges)
    {
        _starts = starts;
        _ords = ords;
        _dimensions = dimensions;
        _passages = passages;
        ValueCount = valueCount;
        Ranges = ranges;
    }

    /// <summary>The segment's ordinals over every dimension.</summary>
    public int ValueCount { get; }

    /// <summary>The range of ordinals of each dimension in this segment.</summary>
    public OrdinalRanges Ranges { get; }

    /// <summary>The segment ordinals of a document's values (its article's, for a passage), ascending, so grouped by dimension.</summary>
    public ReadOnlySpan<int> Of(int doc)
    {
        doc = ArticleOf(doc);
        return _ords.AsSpan(_starts[doc], _starts[doc + 1] - _starts[doc]);
    }

    /// <summary>
    /// The dimensions a document has values in, as bits by place in <see cref="FacetDimension.All"/>: one read
    /// tells a query which dimensions a hit is missing from.
    /// </summary>
    public int DimensionsOf(int doc) => _dimensions[ArticleOf(doc)];

    /// <summary>The document itself for an article; for a passage, its article: the document just before its run of passages (they are written as one block).</summary>
    public int ArticleOf(int doc)
    {
        if (_passages != null)
            while (doc > 0 && _passages.Get(doc)) doc--;
        return doc;
    }

    /// <summary>The segment's column, built on first use.</summary>
    public static FacetColumn For(AtomicReader segment) => Cache.GetValue(segment.CoreCacheKey, _ => Build(segment));

    private static FacetColumn Build(AtomicReader segment)
    {
        int maxDoc = segment.MaxDoc;
        var values = segment.GetSortedSetDocValues(FacetDimension.ValuesField);
        var passages = Passages(segment);
        var ranges = OrdinalRanges.Of(values);
        var starts = new int[maxDoc + 1];
        var dimensions = new byte[maxDoc];
        // A guess of four values per article; the array grows if there are more and is trimmed after.
        var ords = new int[values == null ? 0 : Math.Max(16, 4 * (maxDoc - (passages?.Cardinality ?? 0)))];
        int count = 0;
        for (int doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = count;
            if (values == null || passages?.Get(doc) == true) continue;
            values.SetDocument(doc);
            for (long ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                if (count == ords.Length) Array.Resize(ref ords, count * 2);
                ords[count++] = (int)ord;
                if (ranges.DimensionOf((int)ord) is var dimension and >= 0) dimensions[doc] |= (byte)(1 << dimension);
            }
        }
        starts[maxDoc] = count;
        Array.Resize(ref ords, count);
        int valueCount = values == null ? 0 : checked((int)values.ValueCount);
        return new FacetColumn(starts, ords, dimensions, passages, valueCount, ranges);
    }

    private static FixedBitSet? Passages(AtomicReader segment)
    {
        var docs = segment.GetTermDocsEnum(PassageFields.KindTerm);
        if (docs == null) return null;
        var passages = new FixedBitSet(segment.MaxDoc);
        for (int doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc()) passages.Set(doc);
        return passages;
    }
}
