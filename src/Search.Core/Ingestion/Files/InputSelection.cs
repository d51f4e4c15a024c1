using Microsoft.Extensions.FileSystemGlobbing;

namespace Search.Core.Ingestion.Files;

/// <summary>
/// The files one run reads: the files named, and the files under the folders named (recursively,
/// following links to folders once, skipping hidden entries), whose names match the include globs
/// (by default, every known format's extension) and none of the exclude globs. Folders that cannot be
/// listed, broken links and special files are reported, not fatal.
/// </summary>
public sealed class InputSelection
{
    private InputSelection(IReadOnlyList<string> roots, IReadOnlyList<string> files, IReadOnlyList<ReadProblem> problems)
    {
        Roots = roots;
        Files = files;
        Problems = problems;
    }

    /// <summary>The absolute paths given (folders and files), so pruning knows which articles this run answers for.</summary>
    public IReadOnlyList<string> Roots { get; }

    /// <summary>Absolute paths of the files to read, in a stable order.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>What was found but cannot be read.</summary>
    public IReadOnlyList<ReadProblem> Problems { get; }

    /// <param name="paths">Files and folders.</param>
    /// <param name="extensions">Endings of the known formats, used when no include glob is given.</param>
    /// <param name="include">Globs relative to each folder given (<c>**/*.html</c>); empty for every known format.</param>
    /// <param name="exclude">Globs relative to each folder given (<c>drafts/**</c>).</param>
    public static InputSelection Find(IEnumerable<string> paths, IReadOnlyList<string> extensions, IReadOnlyList<string>? include = null, IReadOnlyList<string>? exclude = null)
    {
        // The known endings in any case (STORY.HTML, a.JSONL), as a file named on the command line is read; include globs given
        // are exact (and then the exclude globs too).
        var matcher = new Matcher(include is { Count: > 0 } ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
        if (include is { Count: > 0 }) matcher.AddIncludePatterns(include);
        else matcher.AddIncludePatterns(extensions.Select(e => "**/*" + e));
        if (exclude is { Count: > 0 }) matcher.AddExcludePatterns(exclude);

        var roots = new List<string>();
        var files = new List<string>();
        var problems = new List<ReadProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string given in paths)
        {
            string root = Path.GetFullPath(given);
            roots.Add(root);
            string target = root;
            if (FileKinds.Of(root) == FileKind.SymbolicLink)
            {
                var (resolved, problem) = InputFile.ResolveLink(root);
                if (problem != null)
                {
                    problems.Add(new ReadProblem(root, 0, problem));
                    continue;
                }
                target = resolved!;
            }
            if (Directory.Exists(target))
            {
                new Walk(root, matcher, files, problems, seen).Folder(target, root);
                // Said, not silent: a mistyped --include ('[') or a folder of other files read as "0 added". A warning, since
                // a folder watched for files to come starts empty. Files an earlier input took count: the same folder given
                // twice, or a folder inside another, was said to hold none.
                string under = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
                if (!files.Any(f => f.StartsWith(under, StringComparison.Ordinal)) && !problems.Any(p => p.Path.StartsWith(root, StringComparison.Ordinal)))
                    problems.Add(new ReadProblem(root, 0, include is { Count: > 0 }
                        ? $"no file here matches --include {string.Join(", ", include.Select(g => $"'{g}'"))}"
                        : $"no file here of a known format ({string.Join(", ", extensions)})", IsWarning: true));
            }
            else if (File.Exists(target) || FileKinds.Of(target) != FileKind.Missing) AddFile(root, files, seen);
            else problems.Add(new ReadProblem(root, 0, "no such file or folder"));
        }
        return new InputSelection(roots, files, problems);
    }

    private static void AddFile(string path, List<string> files, HashSet<string> seen)
    {
        if (seen.Add(path)) files.Add(path);
    }

    private sealed class Walk(string root, Matcher matcher, List<string> files, List<ReadProblem> problems, HashSet<string> seen)
    {
        private readonly HashSet<string> _visitedFolders = new(StringComparer.Ordinal);

        /// <param name="real">The folder's real path (links resolved), to visit each folder once.</param>
        /// <param name="shown">The path under the root as the user sees it.</param>
        public void Folder(string real, string shown)
        {
            if (!_visitedFolders.Add(real)) return;
            string[] entries;
            try
            {
                entries = Directory.GetFileSystemEntries(shown);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new ReadProblem(shown, 0, $"the folder cannot be listed: {InputFile.Describe(e)}"));
                return;
            }
            Array.Sort(entries, StringComparer.Ordinal);
            foreach (string entry in entries)
            {
                if (Path.GetFileName(entry).StartsWith('.')) continue;
                Entry(entry);
            }
        }

        private void Entry(string path)
        {
            var kind = FileKinds.Of(path);
            string real = path;
            if (kind == FileKind.SymbolicLink)
            {
                var (target, problem) = InputFile.ResolveLink(path);
                if (problem != null)
                {
                    if (Matches(path)) problems.Add(new ReadProblem(path, 0, problem));
                    return;
                }
                real = target!;
                kind = FileKinds.Of(real);
            }
            switch (kind)
            {
                case FileKind.Directory:
                    Folder(real, path);
                    break;
                case FileKind.Regular:
                    if (Matches(path)) AddFile(path, files, seen);
                    break;
                case FileKind.Pipe or FileKind.Socket or FileKind.Device or FileKind.Unknown:
                    // Reported whatever its name: a pipe left in an archive folder is worth knowing about.
                    problems.Add(new ReadProblem(path, 0, InputFile.Check(path, null) ?? "not a regular file; skipped"));
                    break;
            }
        }

        private bool Matches(string path) => matcher.Match(root, path).HasMatches;
    }
}
