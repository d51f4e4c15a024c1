using Lucene.Net.Documents;
using Search.Core.Extraction;
using Search.Core.Indexing.Documents;

namespace Search.Core.Linking.Passages;

/// <summary>
/// Builds the passage documents of an article: each paragraph's text (indexed, not stored), its number and
/// the article's id (stored, to find the article of a hit), and the article's facet values (doc values only,
/// so a passage search takes the same filters; the entities' alias fields stay on the article alone).
/// Everything else a hit shows (text, anchor, outlet, day) is read from the article's document.
/// </summary>
internal static class PassageDocuments
{
    public static IEnumerable<Document> Build(Article article, string body)
    {
        var paragraphs = Highlighting.Highlighter.Paragraphs(body);
        for (int i = 0; i < paragraphs.Count; i++)
        {
            var doc = new Document
            {
                new StringField(PassageFields.Kind, PassageFields.PassageKind, Field.Store.NO),
                new StringField(PassageFields.Article, article.Id, Field.Store.YES),
                new StoredField(PassageFields.Number, i + 1),
                new Field(PassageFields.Text, PassageText.Of(body, paragraphs, i + 1), PassageFields.TextType),
            };
            ArticleDocumentBuilder.AddFilterValues(doc, article);
            yield return doc;
        }
    }
}
