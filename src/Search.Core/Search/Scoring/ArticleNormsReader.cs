using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Search.Core.Linking.Passages;

namespace Search.Core.Search;

/// <summary>
/// A segment as BM25 sees it when it reads a document's field length: the norms of the article fields come from an
/// array that holds the articles alone, not one byte for every document. Lucene 4.8 keeps each normed field's norms
/// as one byte per document of the segment, so with about nine passage documents after each article, a query over
/// title and body read its hits' lengths from arrays ten times the articles' number, scattered through memory: at
/// 1M articles, reading norms doubled the time of a plain query (docs/benchmarks.md). The values are the same bytes,
/// so scores do not change.
/// </summary>
/// <remarks>
/// Only <see cref="ArticleNormsSimilarity"/> sees this reader; searches, filters and caches see the segment itself.
/// The compact arrays are made once per segment core on first use and shared by every reader of that core.
/// </remarks>
internal sealed class ArticleNormsReader : FilterAtomicReader
{
    private static readonly ConditionalWeakTable<object, SegmentNorms> Cores = new();
    private static readonly ConditionalWeakTable<AtomicReader, ArticleNormsReader> Readers = new();

    private readonly SegmentNorms _norms;

    private ArticleNormsReader(AtomicReader segment) : base(segment) =>
        _norms = Cores.GetValue(segment.CoreCacheKey, _ => new SegmentNorms(ArticleRanks.Of(segment)));

    /// <summary>The context to score a segment's documents in.</summary>
    public static AtomicReaderContext ContextFor(AtomicReader segment) =>
        Readers.GetValue(segment, s => new ArticleNormsReader(s)).AtomicContext;

    // Passages have the passage text; articles have every other normed field.
    public override NumericDocValues? GetNormValues(string field) =>
        field == PassageFields.Text ? m_input.GetNormValues(field) : _norms.For(field, m_input);

    /// <summary>A segment core's compact norms, by field (null where the field has none).</summary>
    private sealed class SegmentNorms(ArticleRanks ranks)
    {
        private readonly ConcurrentDictionary<string, NumericDocValues?> _fields = new(StringComparer.Ordinal);

        public NumericDocValues? For(string field, AtomicReader segment) =>
            _fields.GetOrAdd(field, f => segment.GetNormValues(f) is { } norms ? Compact(norms, segment.MaxDoc) : null);

        // A norm is one byte, signed or not by the codec; anything else keeps the segment's own values.
        private NumericDocValues Compact(NumericDocValues norms, int maxDoc)
        {
            var values = new byte[ranks.Count];
            bool signed = false;
            for (int doc = 0, slot = 0; doc < maxDoc; doc++)
            {
                if (!ranks.IsArticle(doc)) continue;
                long value = norms.Get(doc);
                if (value is < sbyte.MinValue or > byte.MaxValue) return norms;
                signed |= value < 0;
                values[slot++] = (byte)value;
            }
            return signed ? new SignedNorms(ranks, values) : new UnsignedNorms(ranks, values);
        }
    }

    /// <summary>Passages have none of the article fields, so their norm is 0, as in the segment's own array.</summary>
    private sealed class UnsignedNorms(ArticleRanks ranks, byte[] values) : NumericDocValues
    {
        public override long Get(int docID) => ranks.IsArticle(docID) ? values[ranks.Rank(docID)] : 0;
    }

    private sealed class SignedNorms(ArticleRanks ranks, byte[] values) : NumericDocValues
    {
        public override long Get(int docID) => ranks.IsArticle(docID) ? (sbyte)values[ranks.Rank(docID)] : 0;
    }
}
