using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Facets;

namespace Search.Core.Linking.Passages;

/// <summary>
/// Collects, in one pass over every passage a query matches, each outlet's best passage and how many of its passages match;
/// a passage whose article names no outlet stands for its article alone, since such articles may come from as many outlets.
/// Every matching outlet is found, however far down the ranking its best passage lies: "who reported it" must not depend on
/// how many passages another outlet wrote.
/// </summary>
/// <remarks>
/// NOTE: per query; not thread-safe. Memory is bounded: a slot per outlet (the source facet's values), or <c>perOutlet</c>
/// when more are asked, the best <c>maxUnnamed</c> articles of no outlet, and two bits per document of a segment with such hits.
/// </remarks>
internal sealed class OutletBestCollector(FacetOrdinals ordinals, int maxUnnamed, int perOutlet = 1) : ICollector
{
    /// <summary>A group's best passage (a global document and its score) and, for an outlet, how many of its passages match.</summary>
    public readonly record struct Best(int Doc, float Score, int Passages);

    // Best first; a tie goes to the lower document, as in Lucene's own ranking.
    private static readonly Comparer<Best> WorstFirst = Comparer<Best>.Create((a, b) =>
        a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Doc.CompareTo(a.Doc));

    private readonly Dictionary<int, Best> _named = []; // by the outlet's global ordinal
    private readonly Dictionary<int, List<Best>> _ranked = []; // the best perOutlet hits of each outlet, when more than one is kept
    private readonly Dictionary<int, Best> _unnamed = []; // by article (a global document): the best maxUnnamed of them
    private readonly SortedSet<(Best Hit, int Article)> _unnamedRanking = new(Comparer<(Best Hit, int Article)>.Create((a, b) => WorstFirst.Compare(a.Hit, b.Hit)));
    private readonly List<(int Base, FixedBitSet Passages, FixedBitSet Articles)> _unnamedHits = [];
    private readonly SegmentFacetValues _values = new();
    private readonly int _sourcePosition = FacetDimension.Source.Position;
    private Scorer _scorer = null!;
    private int _segment, _docBase, _start, _end;
    private FixedBitSet? _passages, _articles;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _values.Start(context);
        (_segment, _docBase) = (context.Ord, context.DocBase);
        (_start, _end) = _values.RangeOf(_sourcePosition);
        (_passages, _articles) = (null, null);
    }

    public void Collect(int doc)
    {
        var hit = new Best(_docBase + doc, _scorer.GetScore(), 1);
        foreach (int ord in _values.Of(doc))
        {
            if (ord < _start || ord >= _end) continue;
            int outlet = ordinals.ToGlobal(_segment, ord);
            _named[outlet] = _named.TryGetValue(outlet, out var known)
                ? (WorstFirst.Compare(hit, known) > 0 ? hit : known) with { Passages = known.Passages + 1 }
                : hit;
            if (perOutlet > 1) KeepRanked(outlet, hit);
            return;
        }
        CollectUnnamed(doc, hit);
    }

    private void KeepRanked(int outlet, Best hit)
    {
        if (!_ranked.TryGetValue(outlet, out var best)) _ranked[outlet] = best = [];
        int at = best.FindIndex(b => WorstFirst.Compare(hit, b) > 0);
        if (at < 0) at = best.Count;
        if (at >= perOutlet) return;
        best.Insert(at, hit);
        if (best.Count > perOutlet) best.RemoveAt(best.Count - 1);
    }

    /// <summary>Each outlet's best hits, best first: as many as the collector keeps per outlet (one, unless asked for more).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Best>> Ranked()
    {
        var source = ordinals[FacetDimension.Source];
        return _named.ToDictionary(n => source.Labels[n.Key - source.Start],
            n => _ranked.TryGetValue(n.Key, out var best) ? (IReadOnlyList<Best>)best : [n.Value], StringComparer.Ordinal);
    }

    private void CollectUnnamed(int doc, Best hit)
    {
        int article = _values.ArticleOf(doc);
        if (_passages == null)
        {
            int size = _values.Reader.MaxDoc;
            (_passages, _articles) = (new FixedBitSet(size), new FixedBitSet(size));
            _unnamedHits.Add((_docBase, _passages, _articles!));
        }
        _passages.Set(doc);
        _articles!.Set(article);

        // The best articles of no outlet, each by its best passage: an article pushed out may come back with a better passage.
        article += _docBase;
        if (_unnamed.TryGetValue(article, out var known))
        {
            if (WorstFirst.Compare(hit, known) <= 0) return;
            _unnamedRanking.Remove((known, article));
        }
        else if (_unnamedRanking.Count >= maxUnnamed)
        {
            var worst = _unnamedRanking.Min;
            if (WorstFirst.Compare(hit, worst.Hit) <= 0) return;
            _unnamedRanking.Remove(worst);
            _unnamed.Remove(worst.Article);
        }
        _unnamed[article] = hit;
        _unnamedRanking.Add((hit, article));
    }

    /// <summary>Each outlet that has a matching passage, by its name (the source facet's label), with its best passage.</summary>
    public IReadOnlyDictionary<string, Best> Named()
    {
        var source = ordinals[FacetDimension.Source];
        return _named.ToDictionary(n => source.Labels[n.Key - source.Start], n => n.Value, StringComparer.Ordinal);
    }

    /// <summary>The best articles of no outlet (at most <c>maxUnnamed</c>), each by its best passage.</summary>
    public IReadOnlyList<Best> Unnamed() => [.. _unnamedRanking.Reverse().Select(u => u.Hit)];

    /// <summary>How many articles of no outlet have a matching passage.</summary>
    public int UnnamedArticles => _unnamedHits.Sum(h => h.Articles.Cardinality);

    /// <summary>How many of an article's passages (the documents after it, one per paragraph) match; for an article of no outlet.</summary>
    public int PassagesOf(int article, int paragraphs)
    {
        foreach (var (docBase, passages, _) in _unnamedHits)
        {
            if (article < docBase || article >= docBase + passages.Length) continue;
            int count = 0;
            for (int doc = article - docBase + 1; doc <= Math.Min(article - docBase + paragraphs, passages.Length - 1); doc++)
                if (passages.Get(doc)) count++;
            return count;
        }
        return 0;
    }
}
