using Search.Core.Ingestion;

namespace Search.Core.Extraction;

/// <summary>
/// Turns a <see cref="RawArticle"/> into an <see cref="Article"/>: finds the source and publication
/// date (dropping the by-line, sign-off or date lines they were read from), the title, and the named entities.
/// Stateless apart from the shared gazetteer; safe to use from several threads.
/// </summary>
public sealed class ArticleExtractor(Gazetteer gazetteer)
{
    private readonly SourceExtractor _sources = new(gazetteer);
    private readonly EntityRecognizer _entities = new(gazetteer);

    public Article Extract(RawArticle raw)
    {
        var (source, paragraphs) = _sources.Find(raw.Paragraphs.Select(p => p.Text).ToList());

        Extracted<DateOnly>? date = raw.HeaderDate is { } header
            ? new Extracted<DateOnly>(header, new Evidence("header", $"date {header:yyyy-MM-dd}"))
            : null;
        int? dateParagraph = null;
        if (date == null) (date, dateParagraph) = PublicationDateExtractor.Find(paragraphs);

        var text = paragraphs.Where((_, i) => i != dateParagraph).ToList();
        var (title, isHeadline) = TitleExtractor.Find(text);
        if (isHeadline) text.RemoveAt(0);
        if (text.Count == 0) text.Add(title);

        var entities = _entities.Recognize(isHeadline ? text.Prepend(title) : text);
        return new Article(raw.Id, title, text, date, source, entities) { ContentHash = raw.ContentHash };
    }
}
