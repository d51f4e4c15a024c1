namespace Search.Core.Ingestion;

/// <summary>
/// Reads the articles of one input format. A reader never throws for bad input: every problem comes
/// back as a <see cref="ReadOutcome"/> naming the file and line, and the rest of the file is still read.
/// </summary>
public interface IArticleReader
{
    /// <summary>The format's name as the user sees it ("seed text", "JSON Lines", "HTML", "RSS/Atom feed").</summary>
    string Format { get; }

    /// <summary>File name endings this reader takes, lower case with the dot (".txt").</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Reads a file that <see cref="Files.InputFile.Open"/> has checked is a regular, readable file.</summary>
    IEnumerable<ReadOutcome> Read(string path, ReadLimits limits);
}
