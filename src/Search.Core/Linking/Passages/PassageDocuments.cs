using Lucene.Net.Documents;
using Search.Core.Analysis;
using Search.Core.Extraction;
using Search.Core.Indexing.Documents;

namespace Search.Core.Linking.Passages;

/// <summary>
/// Builds the passage documents of an article: each paragraph's tokens (indexed, the text not stored), its number and
/// the article's id (stored, to find the article of a hit), and the article's facet values (doc values only,
/// so a passage search takes the same filters; the entities' alias fields stay on the article alone).
/// Everything else a hit shows (text, anchor, outlet, day) is read from the article's document.
/// </summary>
internal static class PassageDocuments
{
    /// <summary>The passage documents of an article body's <paramref name="paragraphs"/>, each indexed with its paragraph's <paramref name="tokens"/>.</summary>
    public static IEnumerable<Document> Build(Article article, IReadOnlyList<TextSpan> paragraphs, ParagraphTokens tokens)
    {
        for (int i = 0; i < paragraphs.Count; i++)
        {
            var doc = new Document
            {
                new StringField(PassageFields.Kind, PassageFields.PassageKind, Field.Store.NO),
                new StringField(PassageFields.Article, article.Id, Field.Store.YES),
                new StoredField(PassageFields.Number, i + 1),
                new Field(PassageFields.Text, tokens.Paragraph(i), PassageFields.TextType),
            };
            ArticleDocumentBuilder.AddFilterValues(doc, article);
            yield return doc;
        }
    }
}
