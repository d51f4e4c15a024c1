using Lucene.Net.Index;

namespace Search.Core.Indexing.Writer;

/// <summary>
/// Whether the site's first-start build of an index finished, kept in each commit's user data. The site built only an empty
/// index, so one stopped after a commit (a restart, a kill) stayed partial for good: 2,048 of 10,000 articles on every later
/// start, without a word; and a mistyped articles folder left it empty after the folder was put right.
/// </summary>
public static class FirstBuildMark
{
    private const string Key = "search.firstBuild";

    /// <summary>Marks the writer's next commits as those of a first build, finished or not.</summary>
    internal static void Set(IndexWriter writer, bool finished)
    {
        var data = new Dictionary<string, string>(writer.CommitData) { [Key] = finished ? "finished" : "unfinished" };
        writer.SetCommitData(data);
    }

    /// <summary>Whether the last commit in <paramref name="indexPath"/> is of a first build that did not finish.</summary>
    public static bool Unfinished(string indexPath)
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(indexPath);
        var infos = new SegmentInfos();
        try
        {
            infos.Read(directory);
        }
        catch (IOException)
        {
            return false; // no commit now (the folder being replaced): no build of it to finish
        }
        return infos.UserData.TryGetValue(Key, out string? state) && state == "unfinished";
    }
}
