using Search.Core.Ingestion;

namespace Search.Core.Extraction;

/// <summary>
/// An <see cref="Article"/> made only of what the input states (extraction off): the given title, date,
/// source and entities, exactly as written, and the text's paragraphs untouched. Nothing is looked up in
/// the gazetteer, so no by-line is dropped and no alias is folded into a canonical name.
/// </summary>
/// <remarks>
/// For inputs whose metadata is already curated (JSON Lines exports, the benchmark kit's corpora), where
/// extraction would only cost time; <see cref="ArticleExtractor"/> is the default.
/// </remarks>
public static class GivenArticle
{
    public static Article From(RawArticle raw)
    {
        var given = raw.Given;
        var text = raw.Paragraphs.Select(p => p.Text).ToList();
        var (title, titleInText) = TitleExtractor.Take(text, given.Title);

        var date = given.Date is { } day ? new Extracted<DateOnly>(day, ArticleExtractor.Given(given, "date", $"{day:yyyy-MM-dd}")) : null;
        var source = given.Source is { Length: > 0 } s ? new Extracted<string>(s, ArticleExtractor.Given(given, "source", s)) : null;
        return new Article(raw.Id, title, text, date, source, Entities(given))
        {
            ContentHash = raw.ContentHash,
            TitleGiven = given.Title is { Length: > 0 },
            TitleInText = titleInText,
            Url = given.Url,
            Authors = given.Authors,
            Language = given.Language,
            SourcePath = raw.SourcePath,
            Published = given.Date != null ? given.Published : null,
        };
    }

    private static List<Entity> Entities(GivenMetadata given)
    {
        var all = new List<Entity>();
        foreach (var (type, names) in new[] { (EntityType.Person, given.People), (EntityType.Organization, given.Organizations), (EntityType.Place, given.Places) })
            foreach (string name in names.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal))
                all.Add(new Entity(type, name, [name]) { Given = true });
        return all;
    }
}
