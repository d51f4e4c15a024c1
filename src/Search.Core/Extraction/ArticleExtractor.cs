using Search.Core.Ingestion;
using Search.Core.Ingestion.Text;

namespace Search.Core.Extraction;

/// <summary>
/// Turns a <see cref="RawArticle"/> into an <see cref="Article"/>: finds the source and publication
/// date (dropping the by-line, sign-off or date lines they were read from), the title, and the named entities.
/// Values the input gives outright win over extracted ones and carry the evidence rule <c>given</c>;
/// given entities are added to the extracted ones. Stateless apart from the shared gazetteer; safe to use from several threads.
/// </summary>
public sealed class ArticleExtractor(Gazetteer gazetteer)
{
    /// <summary>The evidence rule of a value the input stated.</summary>
    public const string GivenRule = "given";

    private readonly SourceExtractor _sources = new(gazetteer);
    private readonly EntityRecognizer _entities = new(gazetteer);
    private readonly AuthorExtractor _authors = new(gazetteer);

    public Article Extract(RawArticle raw)
    {
        var given = raw.Given;
        var (source, paragraphs) = _sources.Find(raw.Paragraphs.Select(p => p.Text).ToList());
        if (given.Source is { } givenSource)
            source = new Extracted<string>(GivenOutlet.Canonical(gazetteer, givenSource), Given(given, "source", givenSource));

        Extracted<DateOnly>? date = given.Date is { } day ? new Extracted<DateOnly>(day, Given(given, "date", $"{day:yyyy-MM-dd}")) : null;
        int? dateParagraph = null;
        if (date == null) (date, dateParagraph) = PublicationDateExtractor.Find(paragraphs);

        var text = CaptionsLast(paragraphs.Where((_, i) => i != dateParagraph));
        // Reporters are the article's authors, not its people: their lines stay out of entity recognition, a by-line out of the text.
        var reporters = _authors.Find(text);
        var credits = new HashSet<string>(reporters.ContributorLines.Select(i => text[i]), ReferenceEqualityComparer.Instance);
        if (reporters.ByLine is int byLine) text.RemoveAt(byLine);
        source ??= reporters.Outlet;
        var (title, titleInText) = TitleExtractor.Take(text, given.Title);

        var story = text.Where(p => !credits.Contains(p));
        var entities = _entities.Recognize(titleInText ? story : story.Prepend(title), date?.Value);
        return new Article(raw.Id, title, text, date, source, WithGiven(entities, given))
        {
            ContentHash = raw.ContentHash,
            TitleGiven = given.Title is { Length: > 0 },
            TitleInText = titleInText,
            Url = given.Url,
            Authors = given.Authors.Count > 0 ? given.Authors : reporters.Authors,
            Language = given.Language,
            SourcePath = raw.SourcePath,
            Published = given.Date != null ? given.Published : null,
        };
    }

    // A photo caption is no title and no lead ("... | Photo: EFE/EPA/..." above the story): captions follow the story text,
    // where they stay searchable. An article of nothing but captions keeps them in order.
    private static List<string> CaptionsLast(IEnumerable<string> paragraphs)
    {
        var story = new List<string>();
        var captions = new List<string>();
        foreach (string paragraph in paragraphs) (PhotoCaption.IsCaptionOrCredit(paragraph) ? captions : story).Add(paragraph);
        return [.. story, .. captions];
    }

    /// <summary>The evidence of a value the input stated: the rule <c>given</c> and where the input said it.</summary>
    internal static Evidence Given(GivenMetadata given, string field, string value) => new(GivenRule, $"{given.Origin} {field}: {value}".Trim());

    // Given entities come first and are marked; an extracted entity of the same name is merged into the given one.
    private IReadOnlyList<Entity> WithGiven(IReadOnlyList<Entity> extracted, GivenMetadata given)
    {
        var all = new List<Entity>();
        foreach (var (type, names) in new[] { (EntityType.Person, given.People), (EntityType.Organization, given.Organizations), (EntityType.Place, given.Places) })
            foreach (string name in names)
            {
                string canonical = gazetteer.Canonical(type, name);
                if (all.Any(e => e.Type == type && e.Name == canonical)) continue;
                var found = extracted.FirstOrDefault(e => e.Type == type && e.Name == canonical);
                var mentions = found?.Mentions ?? [];
                all.Add(new Entity(type, canonical, mentions.Contains(name) ? mentions : [name, .. mentions]) { Given = true });
            }
        all.AddRange(extracted.Where(e => !all.Any(g => g.Type == e.Type && g.Name == e.Name)));
        return all;
    }
}
