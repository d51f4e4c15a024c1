using Search.Core.Extraction;

namespace Search.Core.Search;

/// <summary>
/// A paragraph of an article: its 1-based number (the old anchor <c>#p{Number}</c>), its text-derived
/// anchor (<see cref="Linking.Passages.PassageAnchor"/>), its text, and its text as HTML: encoded, each
/// sentence in a <c>span</c> with its own anchor as id, and the query's words marked.
/// </summary>
public sealed record ArticleParagraph(int Number, string Anchor, string Text, string Html);

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

    /// <summary>The moment of publication as the input wrote it (with its offset from UTC), when it gave the time of day.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The title as HTML: encoded, with the query's words marked as in the search's results.</summary>
    public string TitleHtml { get; init; } = "";

    /// <summary>Why the query's words are not marked, when its syntax could not be read (the article is shown all the same).</summary>
    public string? QueryProblem { get; init; }
}
