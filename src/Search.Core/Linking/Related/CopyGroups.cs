using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Indexing;
using Search.Core.Search;
using Search.Core.Indexing.Documents;

namespace Search.Core.Linking.Related;

/// <summary>
/// Groups copies of one story in a ranked list: going down the ranking, a hit whose fingerprint is a
/// copy of a better hit's (<see cref="SimHash.AreCopies"/>) folds under it. Pages are cut from the
/// groups, so the copies of an agency story take one place on a page, not ten.
/// </summary>
internal static class CopyGroups
{
    /// <summary>Copies listed under one hit: a story republished by hundreds of outlets is not read hundreds of times for one page.</summary>
    public const int MaxListed = 20;

    /// <summary>
    /// The ranked hits folded into groups, reading further down the ranking (<paramref name="rankedTo"/>: the first n hits) until
    /// there are <paramref name="needed"/> groups or every one of the <paramref name="total"/> hits is read (<see cref="FurtherReading"/>).
    /// </summary>
    public static Groups Fill(IndexSearcher searcher, ScoreDoc[] ranked, int total, int needed, int window, Func<int, ScoreDoc[]> rankedTo) =>
        FurtherReading.Until(ranked, total, window, rankedTo, r => Of(searcher, r), (g, _) => g.Count >= needed, g => (double)g.Count / needed);

    /// <summary>The ranked hits folded into groups, best first: each group's leader and its copies by document number.</summary>
    public static Groups Of(IndexSearcher searcher, ScoreDoc[] ranked)
    {
        var fingerprints = new Fingerprints(searcher.IndexReader);
        var leaders = new List<(ScoreDoc Hit, List<int> Copies)>();
        // The leaders with a fingerprint, in rank order: an exact copy is found at once, a near one through its bands.
        var bands = new FingerprintBands();
        var fingerprinted = new List<int>();
        var exact = new Dictionary<long, int>();
        foreach (var hit in ranked)
        {
            long fingerprint = fingerprints.Of(hit.Doc);
            int leader = fingerprint == 0 ? -1 : exact.GetValueOrDefault(fingerprint, -1);
            if (leader < 0 && fingerprint != 0 && bands.FirstCopyOf(fingerprint) is >= 0 and var place) leader = fingerprinted[place];
            if (leader >= 0)
            {
                leaders[leader].Copies.Add(hit.Doc);
                exact.TryAdd(fingerprint, leader);
            }
            else
            {
                if (fingerprint != 0)
                {
                    exact.TryAdd(fingerprint, leaders.Count);
                    bands.Add(fingerprint);
                    fingerprinted.Add(leaders.Count);
                }
                leaders.Add((hit, []));
            }
        }
        return new Groups(leaders, ranked.Length);
    }

    /// <summary>Groups of copies over the first <see cref="Read"/> hits of a ranking.</summary>
    internal sealed class Groups(List<(ScoreDoc Hit, List<int> Copies)> leaders, int read)
    {
        /// <summary>How many groups (stories) the hits read make.</summary>
        public int Count => leaders.Count;

        /// <summary>How many hits of the ranking were read.</summary>
        public int Read { get; } = read;

        /// <summary>How many stories all <paramref name="total"/> hits make, or null when not every hit was read.</summary>
        public int? Stories(int total) => Read >= total ? Count : null;

        /// <summary>The notice for a page past the last one: with copies grouped, the last page is known once every hit was read.</summary>
        public string PastTheLastPage(int page, int size, int total) => Count == total
            ? $"Page {page} is past the last page of these {total:N0} results (page {(total + size - 1) / size})."
            : Read >= total
                ? $"Page {page} is past the last page of these {total:N0} results (page {(Count + size - 1) / size}: the copies of one story are grouped)."
                : $"Page {page} is past the last page the first {Read:N0} results make once the copies of one story are grouped (page {Math.Max(1, (Count + size - 1) / size)}); only that many are grouped into pages, so narrow the search to see further.";

        /// <summary>The requested page of group leaders, and each leader's copies (the first <see cref="MaxListed"/>, and how many) by document number.</summary>
        public (ScoreDoc[] Page, Dictionary<int, (IReadOnlyList<CopyOfHit> Listed, int Count)> Copies) Page(IndexSearcher searcher, int page, int size)
        {
            var shown = leaders.Skip((page - 1) * size).Take(size).ToList();
            // From doc values, as the result list reads its hits: a page of ten stories with twenty copies each would
            // otherwise decompress two hundred stored documents.
            var fields = new HitFields(searcher);
            var copies = shown.Where(l => l.Copies.Count > 0).ToDictionary(l => l.Hit.Doc, l => ((IReadOnlyList<CopyOfHit>)l.Copies.Take(MaxListed)
                .Select(fields.Of).Select(f => new CopyOfHit(f.Id, f.Source) { Date = IndexedDay.Parse(f.Day) }).ToList(), l.Copies.Count));
            return (shown.Select(l => l.Hit).ToArray(), copies);
        }
    }
}
