using Search.Core.Ingestion;

namespace Search.Core.Indexing;

/// <summary>
/// What one indexing run did: articles added, updated, unchanged and removed, inputs that failed and
/// why, warnings (truncated articles, repeated ids), what was recovered, and the index's size after.
/// </summary>
public sealed record IndexSummary(
    int FilesRead,
    int Added,
    int Updated,
    int Unchanged,
    int Removed,
    IReadOnlyList<ReadProblem> Problems,
    int TotalArticles,
    TimeSpan Elapsed)
{
    /// <summary>What was done to the folder before writing (an unfinished commit cleared), or null.</summary>
    public string? Recovery { get; init; }

    /// <summary>True when the run was cancelled before it read every input; what it did is committed, unless <see cref="Committed"/> says not.</summary>
    public bool Stopped { get; init; }

    /// <summary>Why nothing of the run was committed (a rebuild refused), or null: the index is then as it was, whatever was read.</summary>
    public string? NotCommitted { get; init; }

    /// <summary>False when nothing of the run was committed.</summary>
    public bool Committed => NotCommitted == null;

    /// <summary>Inputs (files or lines) that could not be indexed.</summary>
    public int Failed => Problems.Count(p => !p.IsWarning);

    public IEnumerable<ReadProblem> Errors => Problems.Where(p => !p.IsWarning);

    public override string ToString() =>
        $"read {FilesRead} files: {Added} added, {Updated} updated, {Unchanged} unchanged, {Removed} removed, {Failed} failed; " +
        $"{TotalArticles} articles in the index ({Elapsed.TotalSeconds:0.00} s)";
}
