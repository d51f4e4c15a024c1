namespace Search.Core.Ingestion;

/// <summary>
/// A problem with one input: a file or a line that could not be read (an error: the input is skipped)
/// or one that was read with a change the user should know of (a warning: a truncated article).
/// Printed as <c>path:line: problem</c>, or <c>path: problem</c> when no line applies.
/// </summary>
public sealed record ReadProblem(string Path, int Line, string Message, bool IsWarning = false)
{
    public override string ToString()
    {
        string path = PrintableText.Of(Path), message = PrintableText.Of(Message);
        return Line > 0 ? $"{path}:{Line}: {message}" : $"{path}: {message}";
    }
}

/// <summary>What a reader yields for each article of a file: the article, or the problem that stopped it (and sometimes both, for a warning).</summary>
public sealed record ReadOutcome(RawArticle? Article, ReadProblem? Problem)
{
    /// <summary>Bytes of the file read so far, for progress within a large file; 0 when the reader does not track it.</summary>
    public long Position { get; init; }

    public static ReadOutcome Of(RawArticle article) => new(article, null);

    public static ReadOutcome Fail(string path, int line, string message) => new(null, new ReadProblem(path, line, message));

    public static ReadOutcome Warn(RawArticle article, string message) => new(article, new ReadProblem(article.SourcePath, article.Line, message, IsWarning: true));

    /// <summary>The article, with the warnings given (nulls left out) as one problem, or none.</summary>
    public static ReadOutcome WarnOf(RawArticle article, IEnumerable<string?> warnings) =>
        string.Join("; ", warnings.OfType<string>()) is { Length: > 0 } message ? Warn(article, message) : Of(article);
}
