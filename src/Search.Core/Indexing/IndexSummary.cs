namespace Search.Core.Indexing;

/// <summary>What one indexing run did: files read, articles added, updated and unchanged, files rejected and why.</summary>
public sealed record IndexSummary(int FilesRead, int Added, int Updated, int Unchanged, IReadOnlyList<string> Errors, int TotalArticles, TimeSpan Elapsed)
{
    public override string ToString() =>
        $"read {FilesRead} files: {Added} added, {Updated} updated, {Unchanged} unchanged, {Errors.Count} rejected; " +
        $"{TotalArticles} articles in the index ({Elapsed.TotalSeconds:0.00} s)";
}
