using Lucene.Net.Search;
using Search.Core.Analysis;
using Search.Core.Highlighting;
using Search.Core.Indexing.Documents;
using Search.Core.Search;

namespace Search.Core.Linking.Passages;

/// <summary>
/// A passage hit found in its article: a passage document stores only its article's id, and its number is its place after
/// the article; its text is cut from the article's body and its anchor made from it as at index time.
/// </summary>
internal sealed record LocatedPassage(ScoreDoc Hit, string ArticleId, PassageArticles.Article? Article, int Number)
{
    public bool Found => Article != null && Number >= 1 && Number <= Article.Paragraphs.Count;

    public string Anchor => Found ? Article!.Anchors[Number - 1] : "";

    /// <summary>The same for every copy of one paragraph: its anchor, made from its words, without the suffix of a repeat within its article.</summary>
    public string CopyKey => Found ? PassageAnchor.Unrepeated(Anchor) : "#" + Hit.Doc;

    public PassageCopy Copy() => new(ArticleId, Article?.Source, Article?.Date, Number, Anchor);
}

/// <summary>
/// The articles of one search's passage hits, each read once. An article keeps its paragraphs' spans and anchors, not its body,
/// and the characters read are counted: grouping copies may read thousands of hits, and its cost must stay bounded.
/// </summary>
internal sealed class PassageArticles(IndexSearcher searcher)
{
    private static readonly HashSet<string> Listed = [ArticleFields.Body, ArticleFields.Title, ArticleFields.Source, ArticleFields.Day];
    private static readonly HashSet<string> BodyOnly = [ArticleFields.Body];

    /// <summary>An article of a passage hit: its document, its paragraphs and their anchors, its title, outlet and day.</summary>
    public sealed record Article(int Doc, IReadOnlyList<TextSpan> Paragraphs, IReadOnlyList<string> Anchors, string Title, string? Source, DateOnly? Date)
    {
        /// <summary>The moment of publication, when the input gave the hour: the side-by-side view orders a day's outlets by it.</summary>
        public DateTimeOffset? Published { get; init; }
    }

    private readonly HitFields _fields = new(searcher);

    private readonly Dictionary<string, Article?> _read = new(StringComparer.Ordinal);
    private readonly Dictionary<int, LocatedPassage> _located = new();

    /// <summary>How many characters of article bodies were read.</summary>
    public long CharsRead { get; private set; }

    /// <summary>The hit in its article; a hit read again when grouping reads further down the ranking is not looked up again.</summary>
    public LocatedPassage Locate(ScoreDoc hit)
    {
        if (_located.TryGetValue(hit.Doc, out var known)) return known;
        string id = searcher.Doc(hit.Doc, PassageFields.StoredFields).Get(PassageFields.Article);
        if (!_read.TryGetValue(id, out var article)) _read[id] = article = Read(id);
        return _located[hit.Doc] = new LocatedPassage(hit, id, article, article == null ? 0 : PassageFields.NumberOf(hit.Doc, article.Doc));
    }

    /// <summary>The article's body, read again for a hit that is shown.</summary>
    public string Body(Article article) => searcher.Doc(article.Doc, BodyOnly).Get(ArticleFields.Body) ?? "";

    private Article? Read(string id)
    {
        if (ArticleIdLookup.DocOf(searcher, id) is not int doc) return null;
        var stored = searcher.Doc(doc, Listed);
        string body = stored.Get(ArticleFields.Body) ?? "";
        CharsRead += body.Length;
        var paragraphs = Highlighter.Paragraphs(body);
        return new Article(doc, paragraphs, PassageAnchor.ForAll(body, paragraphs, PassageAnchor.ParagraphPrefix),
            stored.Get(ArticleFields.Title) ?? "", stored.Get(ArticleFields.Source), IndexedDay.Parse(stored.Get(ArticleFields.Day)))
        {
            Published = _fields.Published(doc),
        };
    }
}
