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

    /// <summary>
    /// What a passage document stores: its article's id. Its number is its place after the article (<see cref="NumberOf"/>);
    /// its text, anchor, outlet and day are read from the article's document (<see cref="PassageText"/>,
    /// <see cref="ArticlePassages.ParagraphAnchors"/>): stored once per passage they made a quarter of the index's stored fields.
    /// </summary>
    public static readonly HashSet<string> StoredFields = [Article];

    /// <summary>
    /// The 1-based paragraph number of the passage document <paramref name="passageDoc"/> of the article document
    /// <paramref name="articleDoc"/> (both top-level or both in one segment): an article and its passages, in paragraph
    /// order, are written as one block (<c>AddDocuments</c>/<c>UpdateDocuments</c>), which Lucene keeps contiguous and in
    /// order through merges, and are deleted together. Storing the number instead cost 0.7 MB at Reuters 19k.
    /// </summary>
    public static int NumberOf(int passageDoc, int articleDoc) => passageDoc - articleDoc;

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
