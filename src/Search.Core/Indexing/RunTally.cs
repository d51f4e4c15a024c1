using System.Diagnostics;
using Search.Core.Ingestion;
using Search.Core.Ingestion.Files;

namespace Search.Core.Indexing;

/// <summary>
/// The counts of one indexing run, the ids it has seen, the inputs that had errors (whose articles
/// pruning must keep), and its progress reports.
/// </summary>
internal sealed class RunTally(InputSelection selection, IReadOnlyList<string> toRead, Stopwatch clock, IProgress<IndexProgress>? progress)
{
    private readonly HashSet<string> _selected = new(selection.Files, StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Path, string? Hash)> _seenFiles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ArticleChange> _changes = new(StringComparer.Ordinal);
    private readonly List<ReadProblem> _problems = [.. selection.Problems];
    private readonly HashSet<string> _failedPaths = new(selection.Problems.Where(p => !p.IsWarning).Select(p => p.Path), StringComparer.Ordinal);
    private readonly long _bytesTotal = toRead.Sum(SizeOf);
    // Input folders in which no article file was found. An unmounted share or a fresh mount point reads as a folder emptied of
    // its articles: a prune or a rebuild removed every article of it with exit 0.
    private readonly List<string> _emptyRoots = [.. selection.Roots.Where(r => Directory.Exists(r) && !selection.Files.Any(f => IsAtOrUnder(f, r)))];
    private long _bytesDone, _position;
    private int _files, _unreadable, _articles, _added, _updated, _unchanged;
    private long _lastReport;

    /// <summary>False, with a warning, when an article with this id was already read in this run (the later one replaces it).</summary>
    public bool FirstSighting(RawArticle raw, out ReadProblem? duplicate)
    {
        string here = raw.Line > 0 ? $"{raw.SourcePath}:{raw.Line}" : raw.SourcePath;
        duplicate = _seen.TryGetValue(raw.Id, out string? before)
            ? new ReadProblem(raw.SourcePath, raw.Line, $"the id '{raw.Id}' was already read from {before}; this article replaces it", IsWarning: true)
            : null;
        _seen[raw.Id] = here;
        _seenFiles.TryAdd(raw.Id, (raw.SourcePath, raw.ContentHash));
        return duplicate == null;
    }

    /// <summary>The file this run first read an article with this id from; else null.</summary>
    public string? FileOf(string id) => _seenFiles.TryGetValue(id, out var seen) ? seen.Path : null;

    /// <summary>The file this run first read an article with this id from, when that article's content differs from <paramref name="hash"/>; else null.</summary>
    public string? OtherFileOf(string id, string? hash) =>
        _seenFiles.TryGetValue(id, out var seen) && seen.Hash != hash ? seen.Path : null;

    /// <summary>
    /// True when pruning should remove this indexed article: its id was not read in this run, it came
    /// from under an input given, neither its file nor a folder above it failed to read (their
    /// articles are kept), and its file either left the selection or was read without it.
    /// </summary>
    public bool ShouldPrune(string id, string sourcePath) =>
        !_seen.ContainsKey(id) &&
        sourcePath.Length > 0 &&
        selection.Roots.Any(root => IsAtOrUnder(sourcePath, root)) &&
        !Failed(sourcePath) &&
        (!_selected.Contains(sourcePath) || _read.Contains(sourcePath));

    /// <summary>
    /// The input folder, holding no article file in this run, that <paramref name="sourcePath"/> is under; else null. An empty
    /// folder inside an input is not one: deleting a folder's last file must prune its article, and a share's mount point
    /// is protected when it is given as an input of its own.
    /// </summary>
    public string? EmptyRootOf(string sourcePath) => sourcePath.Length == 0 ? null : _emptyRoots.FirstOrDefault(root => IsAtOrUnder(sourcePath, root));

    /// <summary>Whether this run read any article.</summary>
    public bool ReadAny => _seen.Count > 0;

    /// <summary>Whether this run read an article with this id.</summary>
    public bool WasRead(string id) => _seen.ContainsKey(id);

    /// <summary>Whether an input given could not be listed (a mistyped path, a folder that cannot be read).</summary>
    public bool InputFailed => selection.Problems.Any(p => !p.IsWarning);

    /// <summary>
    /// True when a rebuild would drop this indexed article for a failure, not for its absence: its id was not read in this run,
    /// and its file or a folder above it failed to read.
    /// </summary>
    public bool LostByFailure(string id, string sourcePath) =>
        !_seen.ContainsKey(id) && sourcePath.Length > 0 && Failed(sourcePath);

    // The file, or a folder above it, failed to read in this run.
    private bool Failed(string sourcePath) => _failedPaths.Any(failed => IsAtOrUnder(sourcePath, failed));

    public void Problem(ReadProblem problem, string file)
    {
        _problems.Add(problem);
        if (!problem.IsWarning) _failedPaths.Add(file);
    }

    /// <summary>
    /// Counts what the run did to this id: added, updated or left as the index holds it. A later copy of an id read in the
    /// same run (a feed's repeated guid) decides instead of the first: counted by the first, a feed whose later copy was
    /// the index's said "updated: 1" on every run.
    /// </summary>
    public void Counted(string id, ArticleChange change)
    {
        if (_changes.Remove(id, out var before))
        {
            CounterOf(before)--;
            _articles--;
        }
        _changes[id] = change;
        Count(ref CounterOf(change));
    }

    /// <summary>What the run has counted for this id so far, or null when it has not read it.</summary>
    public ArticleChange? ChangeOf(string id) => _changes.TryGetValue(id, out var change) ? change : null;

    private ref int CounterOf(ArticleChange change)
    {
        if (change == ArticleChange.Added) return ref _added;
        if (change == ArticleChange.Updated) return ref _updated;
        return ref _unchanged;
    }

    /// <summary>How far into the current file the reader is, in bytes (0 when the reader does not say).</summary>
    public void At(long position) => _position = position;

    /// <summary>A file done with; an unreadable one is not counted as read, though the progress counts it as done.</summary>
    public void FileDone(string file, bool unreadable = false)
    {
        _read.Add(file);
        _files++;
        if (unreadable) _unreadable++;
        _bytesDone += SizeOf(file);
        _position = 0;
        Report(force: _files == toRead.Count);
    }

    public IndexSummary Summary(int removed, int total) =>
        new(_files - _unreadable, _added, _updated, _unchanged, removed, _problems, total, clock.Elapsed);

    private void Count(ref int counter)
    {
        counter++;
        _articles++;
        Report(force: false);
    }

    // Reports at most about five times a second, so a fast run is not slowed by its progress bar.
    private void Report(bool force)
    {
        if (progress == null) return;
        long now = clock.ElapsedMilliseconds;
        if (!force && now - _lastReport < 200) return;
        _lastReport = now;
        progress.Report(new IndexProgress(_files, toRead.Count, _bytesDone + _position, _bytesTotal, _articles, clock.Elapsed));
    }

    private static bool IsAtOrUnder(string path, string folder) =>
        path == folder || path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static long SizeOf(string file)
    {
        try
        {
            return new FileInfo(file).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}

/// <summary>What one run did to an article of the index.</summary>
internal enum ArticleChange { Added, Updated, Unchanged }
