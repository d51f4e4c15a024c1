using System.Text.RegularExpressions;
using Lucene.Net.Index;

namespace Search.Core.Indexing.Writer;

/// <summary>
/// Keeps a writer off a folder whose other files it would delete. Lucene.NET's writer deletes every file of its folder that
/// it takes for an index file no commit refers to, and it tests names with a pattern found anywhere in them
/// (<see cref="IndexFileNames.CODEC_FILE_PATTERN"/>, which Lucene anchors): "my_notes.txt", "photo_1.jpg" and the seed
/// articles ("000_f93588ad3d61e761.txt") were deleted from an index folder without a word, and an index written into its
/// articles folder deleted the articles.
/// </summary>
internal static partial class IndexFolderFiles
{
    /// <summary>At most this many of the files at risk are named.</summary>
    private const int Named = 3;

    /// <summary>
    /// Why a writer may not open <paramref name="indexPath"/>, or null: it is one of the run's inputs, or it holds files, not
    /// Lucene's, that Lucene would take for its own.
    /// </summary>
    public static string? Refusal(string indexPath, IEnumerable<string> inputs)
    {
        string folder = Path.GetFullPath(indexPath).TrimEnd(Path.DirectorySeparatorChar);
        if (File.Exists(folder)) return $"{indexPath}: a file, not a folder; give the index a folder of its own";
        if (inputs.Any(i => Path.GetFullPath(i).TrimEnd(Path.DirectorySeparatorChar) == folder))
            return $"{indexPath}: the index folder is also an input; writing an index there would delete articles (give the index a folder of its own)";
        if (!Directory.Exists(folder)) return null;
        var atRisk = Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>()
            .Where(AtRisk).Order(StringComparer.Ordinal).ToList();
        if (atRisk.Count == 0) return null;
        string named = string.Join(", ", atRisk.Take(Named)) + (atRisk.Count > Named ? $" and {atRisk.Count - Named:N0} more" : "");
        return $"{indexPath}: the folder holds files that are not the index's ({named}), which Lucene would delete as its own; "
            + "give the index a folder of its own, or move those files";
    }

    // A file the writer would delete that is none of Lucene's: its name holds Lucene's pattern, or starts as a commit's does.
    private static bool AtRisk(string name) =>
        (IndexFileNames.CODEC_FILE_PATTERN.IsMatch(name) || name.StartsWith(IndexFileNames.SEGMENTS, StringComparison.Ordinal))
        && !LuceneFile().IsMatch(name) && name != IndexFileNames.SEGMENTS_GEN && !CommitFile().IsMatch(name);

    // A segment's files: "_0.cfs", "_3_Lucene41_0.doc", "_a_1.del", with the extensions Lucene 4.8 writes.
    [GeneratedRegex(@"^_[a-z0-9]+(?:_[A-Za-z0-9]+)*\.(?:si|cfs|cfe|fnm|fdt|fdx|tim|tip|doc|pos|pay|nvd|nvm|dvd|dvm|del|liv|tvd|tvx|tvf|len|gen|frq|prx|tis|tii|nrm)$")]
    private static partial Regex LuceneFile();

    [GeneratedRegex(@"^segments_[a-z0-9]+$")]
    private static partial Regex CommitFile();
}

/// <summary>The index folder may not be written: it is an input, or it holds files the writer would delete.</summary>
public sealed class IndexFolderRefusedException(string problem) : Exception(problem);
