namespace Search.Core.Ingestion;

/// <summary>A paragraph of article text and the line of the source file it starts on.</summary>
public sealed record RawParagraph(string Text, int Line);

/// <summary>
/// An article as read from its source, before extraction: its id, where it came from (file and line),
/// its paragraphs with page chrome removed, and any metadata the source states outright.
/// </summary>
public sealed record RawArticle(string Id, string SourcePath, int Line, IReadOnlyList<RawParagraph> Paragraphs, GivenMetadata Given)
{
    /// <summary>A hash of everything read, so re-indexing can tell unchanged articles from changed ones.</summary>
    public string ContentHash { get; init; } = "";

    /// <summary>Set when the text was cut to <see cref="ReadLimits.MaxArticleChars"/>.</summary>
    public bool Truncated { get; init; }
}
