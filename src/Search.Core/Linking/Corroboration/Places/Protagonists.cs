using Search.Core.Extraction;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// The people a story is about: named in its title or lead, and by surname in three of its paragraphs at least (the title
/// counts as one). A spokesman quoted once is no protagonist; the defendant of a trial, named throughout, is.
/// </summary>
internal static class Protagonists
{
    private const int Paragraphs = 3;

    /// <summary>
    /// Whether two stories have protagonists, none in common, and neither story names the other's anywhere: "Andile Zwane"
    /// sentenced in East London and "Xolani Mabaso" in Pretoria are two trials, though the same spokeswoman welcomed both
    /// verdicts. Reports of one event name its protagonist somewhere, even where they lead on another person.
    /// </summary>
    public static bool Apart(StoredArticle a, IReadOnlyList<Entity> ours, StoredArticle b, IReadOnlyList<Entity> theirs) =>
        ours.Count > 0 && theirs.Count > 0 && !ours.Any(o => theirs.Any(t => t.Name == o.Name))
        && !ours.Any(p => NamedIn(p, b)) && !theirs.Any(p => NamedIn(p, a));

    /// <summary>The article's protagonists among the people its lead names (<paramref name="lead"/>, by name).</summary>
    public static List<Entity> Of(StoredArticle article, IReadOnlySet<string> lead)
    {
        if (lead.Count == 0) return [];
        var paragraphs = Enumerable.Range(1, article.ParagraphCount).Select(article.Paragraph).Prepend(article.Title).ToList();
        return article.Entities.Where(e => e.Type == EntityType.Person && lead.Contains(e.Name)
            && Surname(e) is { } surname && paragraphs.Count(p => p.Contains(surname, StringComparison.Ordinal)) >= Paragraphs).ToList();
    }

    // By any of its spellings, or by surname alone ("Mabaso's lawyer").
    private static bool NamedIn(Entity person, StoredArticle article)
    {
        string text = article.Title + "\n" + article.Body;
        return EventPlaces.NamedIn(person, text) || Surname(person) is { } surname && text.Contains(surname, StringComparison.Ordinal);
    }

    private static string? Surname(Entity person) => person.Name.Split(' ')[^1] is { Length: > 2 } surname ? surname : null;
}
