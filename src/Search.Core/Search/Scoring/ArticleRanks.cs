using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Linking.Passages;

namespace Search.Core.Search;

/// <summary>
/// Which documents of a segment are articles, and each article's rank among them: a bit per document and, for every 64
/// documents, the count of articles before them. It maps a document number to a slot of an array that holds articles
/// only (<see cref="ArticleNormsReader"/>).
/// </summary>
internal sealed class ArticleRanks
{
    private readonly long[] _bits;
    private readonly int[] _before;

    private ArticleRanks(long[] bits)
    {
        _bits = bits;
        _before = new int[bits.Length];
        int count = 0;
        for (int word = 0; word < bits.Length; word++)
        {
            _before[word] = count;
            count += BitOperations.PopCount((ulong)bits[word]);
        }
        Count = count;
    }

    public int Count { get; }

    /// <summary>
    /// Every document but the passages, deleted ones included: the ranks then depend only on the segment's core, which
    /// every reader of it shares, and a deleted document's slot simply goes unread.
    /// </summary>
    public static ArticleRanks Of(AtomicReader segment)
    {
        int maxDoc = segment.MaxDoc;
        var bits = new long[(maxDoc + 63) >> 6];
        Array.Fill(bits, -1L);
        if (maxDoc % 64 != 0) bits[^1] = (1L << (maxDoc % 64)) - 1;
        var terms = segment.Fields?.GetTerms(PassageFields.Kind)?.GetEnumerator();
        if (terms != null && terms.SeekExact(PassageFields.KindTerm.Bytes))
        {
            var passages = terms.Docs(null, null, DocsFlags.NONE);
            for (int doc = passages.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = passages.NextDoc())
                bits[doc >> 6] &= ~(1L << doc);
        }
        return new ArticleRanks(bits);
    }

    public bool IsArticle(int doc) => (_bits[doc >> 6] & (1L << doc)) != 0;

    /// <summary>The number of articles before <paramref name="doc"/> (its slot, when it is one).</summary>
    public int Rank(int doc) => _before[doc >> 6] + BitOperations.PopCount((ulong)(_bits[doc >> 6] & ((1L << doc) - 1)));
}
