using Search.Core.Extraction;

namespace Search.Core.Search;

/// <summary>A paragraph of an article: its 1-based number (the page anchor is <c>#p{Number}</c>), its text, and its text as HTML with the query's words marked.</summary>
public sealed record ArticleParagraph(int Number, string Text, string Html);

/// <summary>
/// An indexed article with its metadata, the evidence behind it, its entities and its paragraphs, and
/// what the input gave outright: web address, authors, language, and whether the title was given.
/// </summary>
public sealed record ArticleDetails(
    string Id,
    string Title,
    Extracted<string>? Source,
    Extracted<DateOnly>? Date,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<ArticleParagraph> Paragraphs)
{
    public bool TitleGiven { get; init; }
    public string? Url { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Language { get; init; }
}
