namespace Search.Core.Ingestion;

/// <summary>A paragraph of article text and the line of the source file it starts on.</summary>
public sealed record RawParagraph(string Text, int Line);

/// <summary>
/// An article as read from its source, before extraction: its id, its paragraphs with page chrome
/// removed, and any metadata the source states outright (the seed header's date).
/// </summary>
public sealed record RawArticle(string Id, string SourcePath, IReadOnlyList<RawParagraph> Paragraphs, DateOnly? HeaderDate)
{
    /// <summary>A hash of the content, so re-indexing can tell unchanged articles from changed ones.</summary>
    public string ContentHash { get; init; } = "";
}
