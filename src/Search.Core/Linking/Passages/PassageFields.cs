using Lucene.Net.Index;

namespace Search.Core.Linking.Passages;

/// <summary>
/// The fields of a passage document: one per paragraph of an article, beside the article's own document
/// in the same index. A passage has no title or body field, so no article query can rank one; and
/// every article search is restricted to article documents anyway (<see cref="Search.ArticlesOnly"/>).
/// </summary>
internal static class PassageFields
{
    /// <summary>Marks the document as a passage (<see cref="PassageKind"/>); article documents have no kind.</summary>
    public const string Kind = "kind";

    public const string PassageKind = "passage";

    /// <summary>The article's id: indexed untokenized so re-indexing or pruning an article removes its passages, and stored.</summary>
    public const string Article = "article";

    /// <summary>The paragraph's 1-based number in its article, stored.</summary>
    public const string Number = "number";

    /// <summary>
    /// What a passage document stores: its article's id and its paragraph number. Its text, anchor, outlet and day
    /// are read from the article's document (<see cref="PassageText"/>, <see cref="ArticlePassages.ParagraphAnchors"/>):
    /// stored once per passage they made a quarter of the index's stored fields.
    /// </summary>
    public static readonly HashSet<string> StoredFields = [Article, Number];

    /// <summary>
    /// The paragraph's text: analyzed like the body, with positions for phrases; not stored (<see cref="PassageText"/>).
    /// No offsets: a passage hit marks its words from the body's postings within its paragraph, which hold the same tokens.
    /// </summary>
    public const string Text = "passage";

    public static readonly Lucene.Net.Documents.FieldType TextType = Indexing.Documents.ArticleFields.Frozen(
        new Lucene.Net.Documents.FieldType(Lucene.Net.Documents.TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS });

    public static Term KindTerm { get; } = new(Kind, PassageKind);

    public static Term ArticleTerm(string id) => new(Article, id);
}
