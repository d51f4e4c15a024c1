namespace Search.Core.Ingestion;

/// <summary>An article file that cannot be read; the message names the file and the line.</summary>
public sealed class ArticleFormatException(string path, int line, string problem)
    : Exception($"{path}:{line}: {problem}")
{
    public int Line { get; } = line;
}
