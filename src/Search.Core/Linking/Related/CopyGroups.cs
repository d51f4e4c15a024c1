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
    private static readonly HashSet<string> Listed = [ArticleFields.Id, ArticleFields.Source];

    /// <summary>The requested page of group leaders, and each leader's copies by document number.</summary>
    public static (ScoreDoc[] Page, Dictionary<int, IReadOnlyList<CopyOfHit>> Copies) Page(IndexSearcher searcher, ScoreDoc[] ranked, int page, int size)
    {
        var fingerprints = Fingerprints.Of(searcher.IndexReader);
        var leaders = new List<(ScoreDoc Hit, long Fingerprint, List<int> Copies)>();
        foreach (var hit in ranked)
        {
            long fingerprint = fingerprints.Get(hit.Doc);
            var leader = fingerprint == 0 ? default : leaders.FirstOrDefault(l => SimHash.AreCopies(l.Fingerprint, fingerprint));
            if (leader.Hit != null) leader.Copies.Add(hit.Doc);
            else leaders.Add((hit, fingerprint, []));
        }
        var shown = leaders.Skip((page - 1) * size).Take(size).ToList();
        var copies = shown.Where(l => l.Copies.Count > 0).ToDictionary(l => l.Hit.Doc, l => (IReadOnlyList<CopyOfHit>)l.Copies
            .Select(doc => searcher.Doc(doc, Listed)).Select(d => new CopyOfHit(d.Get(ArticleFields.Id), d.Get(ArticleFields.Source))).ToList());
        return (shown.Select(l => l.Hit).ToArray(), copies);
    }
}
