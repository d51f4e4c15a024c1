namespace Search.Core.Extraction;

/// <summary>Why an extracted value was chosen: the rule that fired and the text it fired on.</summary>
public sealed record Evidence(string Rule, string Text);

/// <summary>A value taken from an article's text, with the evidence for it.</summary>
public sealed record Extracted<T>(T Value, Evidence Evidence);

/// <summary>The kinds of named entity the extractor recognises; each feeds one facet.</summary>
public enum EntityType
{
    Person,
    Organization,
    Place,
}

/// <summary>
/// A named entity of an article: its canonical name and the forms the article used for it. <see cref="Given"/>
/// is set when the input named it (a JSON Lines <c>person</c> field, say) rather than extraction finding it.
/// </summary>
public sealed record Entity(EntityType Type, string Name, IReadOnlyList<string> Mentions)
{
    public bool Given { get; init; }
}

/// <summary>An article after extraction: clean paragraphs, title and the metadata found in its text.</summary>
public sealed record Article(
    string Id,
    string Title,
    IReadOnlyList<string> Paragraphs,
    Extracted<DateOnly>? Date,
    Extracted<string>? Source,
    IReadOnlyList<Entity> Entities)
{
    public string ContentHash { get; init; } = "";

    /// <summary>True when the title was given by the input rather than found in the text.</summary>
    public bool TitleGiven { get; init; }

    /// <summary>
    /// True when the title is the lead sentence, which stays in the text: it is shown as the title but
    /// not indexed as one, so its words do not count twice.
    /// </summary>
    public bool TitleInText { get; init; }

    /// <summary>The article's web address, when the input gave one (a feed item's link, a page's canonical URL).</summary>
    public string? Url { get; init; }

    /// <summary>The reporters, as the input named them.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The moment of publication, when the input gave the date with its time of day; it orders a day's articles.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The language code the input gave (<c>en</c>), or null.</summary>
    public string? Language { get; init; }

    /// <summary>The file the article was read from, so pruning can tell which articles' files are gone.</summary>
    public string SourcePath { get; init; } = "";

    public IEnumerable<string> EntityNames(EntityType type) => Entities.Where(e => e.Type == type).Select(e => e.Name);
}
