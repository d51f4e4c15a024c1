using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Extraction;
using Search.Core.Indexing;
using Search.Core.Indexing.Documents;

namespace Search.Core.Linking.Corroboration;

/// <summary>What linking needs of an indexed article: its document number (top-level), id, outlet, day, body and entities, and its title.</summary>
internal sealed record StoredArticle(int Doc, string Id, string? Source, DateOnly? Date, string Body, IReadOnlyList<Entity> Entities)
{
    public string Title { get; init; } = "";

    private IReadOnlyList<Analysis.TextSpan>? _paragraphs;

    /// <summary>The text of paragraph <paramref name="number"/> (1-based); the body is split once however many of its passages are candidates.</summary>
    public string Paragraph(int number) => Passages.PassageText.Of(Body, Paragraphs, number);

    private IReadOnlyList<Analysis.TextSpan> Paragraphs => _paragraphs ??= Highlighting.Highlighter.Paragraphs(Body);

    /// <summary>How many paragraphs the body has.</summary>
    public int ParagraphCount => Paragraphs.Count;

    private IReadOnlyList<string>? _anchors;

    /// <summary>The anchor of paragraph <paramref name="number"/> (1-based), made from the body as at index time (passage documents do not store it), or "" past the last.</summary>
    public string Anchor(int number)
    {
        _anchors ??= Passages.PassageAnchor.ForAll(Body, Paragraphs, Passages.PassageAnchor.ParagraphPrefix);
        return number >= 1 && number <= _anchors.Count ? _anchors[number - 1] : "";
    }
}

/// <summary>Articles read by id from one searcher, each once per call.</summary>
internal sealed class ArticleCache(IndexSearcher searcher)
{
    private static readonly HashSet<string> Fields = [ArticleFields.Id, ArticleFields.Title, ArticleFields.Source, ArticleFields.Day, ArticleFields.Body, ArticleFields.Metadata];
    private readonly Dictionary<string, StoredArticle?> _articles = new(StringComparer.Ordinal);

    public StoredArticle? Get(string id)
    {
        if (_articles.TryGetValue(id, out var known)) return known;
        StoredArticle? article = null;
        if (ArticleIdLookup.DocOf(searcher, id) is int doc)
        {
            var stored = searcher.Doc(doc, Fields);
            article = new StoredArticle(doc, id, stored.Get(ArticleFields.Source), Search.IndexedDay.Parse(stored.Get(ArticleFields.Day)),
                stored.Get(ArticleFields.Body) ?? "", ArticleMetadata.FromJson(stored.Get(ArticleFields.Metadata)).Entities)
            {
                Title = stored.Get(ArticleFields.Title) ?? "",
            };
        }
        return _articles[id] = article;
    }
}
