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
/// deleted document is never collected), and shared by every query and thread. It holds an int per document
/// and one per value: at a million articles with their passages, about 60 MB.
/// </remarks>
internal sealed class FacetColumn
{
    private static readonly ConditionalWeakTable<object, FacetColumn> Cache = new();

    // An entry per document (and one past the last): where its ordinals start in _ords, and in the top bits the
    // dimensions it has values in. A hit's entry and the next lie side by side, so one memory read finds its values'
    // range and its dimensions: at 10^5 hits per query the reads that miss the cache are the cost.
    private const int OffsetBits = 27;
    private const int OffsetMask = (1 << OffsetBits) - 1;
    private readonly int[] _entries;
    private readonly int[] _ords;
    private readonly FixedBitSet? _passages;

    private FacetColumn(int[] entries, int[] ords, FixedBitSet? passages, int valueCount, OrdinalRanges ranges)
    {
        _entries = entries;
        _ords = ords;
        _passages = passages;
        ValueCount = valueCount;
        Ranges = ranges;
    }

    /// <summary>The segment's ordinals over every dimension.</summary>
    public int ValueCount { get; }

    /// <summary>The range of ordinals of each dimension in this segment.</summary>
    public OrdinalRanges Ranges { get; }

    /// <summary>
    /// The segment ordinals of a document's values (its article's, for a passage), ascending, so grouped by dimension;
    /// and the dimensions it has values in, as bits by place in <see cref="FacetDimension.All"/>, which tells a query
    /// the dimensions a hit is missing from without looking.
    /// </summary>
    public ReadOnlySpan<int> Of(int doc, out int dimensions)
    {
        doc = ArticleOf(doc);
        int entry = _entries[doc], start = entry & OffsetMask;
        dimensions = (int)((uint)entry >> OffsetBits);
        return _ords.AsSpan(start, (_entries[doc + 1] & OffsetMask) - start);
    }

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
        var entries = new int[maxDoc + 1];
        // A guess of four values per article; the array grows if there are more and is trimmed after.
        var ords = new int[values == null ? 0 : Math.Max(16, 4 * (maxDoc - (passages?.Cardinality ?? 0)))];
        int count = 0;
        for (int doc = 0; doc < maxDoc; doc++)
        {
            int dimensions = 0, start = count;
            if (values != null && passages?.Get(doc) != true)
            {
                values.SetDocument(doc);
                for (long ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                {
                    if (count == ords.Length) Array.Resize(ref ords, count * 2);
                    ords[count++] = (int)ord;
                    if (ranges.DimensionOf((int)ord) is var dimension and >= 0) dimensions |= 1 << dimension;
                }
            }
            entries[doc] = Entry(start, dimensions, segment);
        }
        entries[maxDoc] = Entry(count, 0, segment);
        Array.Resize(ref ords, count);
        int valueCount = values == null ? 0 : checked((int)values.ValueCount);
        return new FacetColumn(entries, ords, passages, valueCount, ranges);
    }

    // 2^27 values in one segment is some 25 million articles, beyond what Lucene's merges put in one segment.
    private static int Entry(int start, int dimensions, AtomicReader segment) =>
        start <= OffsetMask ? start | (dimensions << OffsetBits)
        : throw new InvalidOperationException($"The segment {segment} holds more than {OffsetMask:N0} facet values.");

    // Deleted passages too: the column outlives deletions (it is cached per segment core), so it is built from them all.
    private static FixedBitSet? Passages(AtomicReader segment)
    {
        var terms = segment.GetTerms(PassageFields.Kind)?.GetEnumerator();
        if (terms == null || !terms.SeekExact(PassageFields.KindTerm.Bytes)) return null;
        var docs = terms.Docs(null, null, DocsFlags.NONE);
        var passages = new FixedBitSet(segment.MaxDoc);
        for (int doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc()) passages.Set(doc);
        return passages;
    }
}
