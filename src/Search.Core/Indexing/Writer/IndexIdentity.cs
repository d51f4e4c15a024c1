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
    /// <param name="lengths">The open commit's files and their lengths when it was opened (<see cref="FileLengths"/>).</param>
    public static bool Replaced(Lucene.Net.Store.Directory directory, IndexCommit open, IReadOnlyDictionary<string, long>? lengths)
    {
        var latest = new SegmentInfos();
        try
        {
            latest.Read(directory);
            if (latest.Generation < open.Generation || Of(latest.UserData) != Of(open.UserData)) return true;
            // Another copy of the same index, updated apart, has the same id and may have the same generation: Lucene writes each
            // file once, so a file of the same name with another length is of another copy. Swapped in under the site, such a
            // copy was served as the old one, then mixed with it.
            return lengths != null && latest.GetFiles(directory, includeSegmentsFile: true)
                .Any(name => lengths.TryGetValue(name, out long length) && directory.FileLength(name) != length);
        }
        catch (IOException)
        {
            return false; // being written or replaced just now: looked at again on the next refresh
        }
    }

    /// <summary>The length of each file of a commit, as it is now.</summary>
    public static IReadOnlyDictionary<string, long> FileLengths(IndexCommit commit)
    {
        var lengths = new Dictionary<string, long>(StringComparer.Ordinal);
        try
        {
            foreach (string name in commit.FileNames) lengths[name] = commit.Directory.FileLength(name);
        }
        catch (IOException)
        {
            // A file gone already: what was measured is enough to tell another copy.
        }
        return lengths;
    }
}
