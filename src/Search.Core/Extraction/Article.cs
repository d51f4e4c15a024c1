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

/// <summary>A named entity of an article: its canonical name and the forms the article used for it.</summary>
public sealed record Entity(EntityType Type, string Name, IReadOnlyList<string> Mentions);

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

    public IEnumerable<string> EntityNames(EntityType type) => Entities.Where(e => e.Type == type).Select(e => e.Name);
}
