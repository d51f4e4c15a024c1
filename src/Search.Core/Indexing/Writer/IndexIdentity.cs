using Lucene.Net.Index;

namespace Search.Core.Indexing.Writer;

/// <summary>
/// Which index a commit belongs to, kept in its user data: a new index gets a new id, and every commit of it carries it on.
/// Lucene names segments by a counter, so an index made anew in the same folder (deleted and indexed again, a backup put
/// back) reuses names such as "_0", and a reader refreshed onto it kept its old segment readers under those names: the site
/// served 3,146 articles of an index that was gone, and none of the new one, until restarted.
/// </summary>
internal static class IndexIdentity
{
    private const string Key = "search.indexId";

    /// <summary>Gives the writer's next commits an id, unless its index has one.</summary>
    public static void Ensure(IndexWriter writer)
    {
        if (writer.CommitData.ContainsKey(Key)) return;
        writer.SetCommitData(new Dictionary<string, string>(writer.CommitData) { [Key] = Guid.NewGuid().ToString("N") });
    }

    /// <summary>The id a commit's user data holds, or null (an index written before ids were kept).</summary>
    public static string? Of(IDictionary<string, string> userData) => userData.TryGetValue(Key, out string? id) ? id : null;

    /// <summary>
    /// Whether the folder's last commit is of another index than <paramref name="open"/>, or older: then a reader cannot be
    /// refreshed onto it, only opened afresh. False when the folder holds no commit now (it is being replaced).
    /// </summary>
    public static bool Replaced(Lucene.Net.Store.Directory directory, IndexCommit open)
    {
        var latest = new SegmentInfos();
        try
        {
            latest.Read(directory);
        }
        catch (IOException)
        {
            return false;
        }
        return latest.Generation < open.Generation || Of(latest.UserData) != Of(open.UserData);
    }
}
