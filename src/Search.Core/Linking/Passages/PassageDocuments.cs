using Lucene.Net.Documents;
using Search.Core.Extraction;
using Search.Core.Indexing;
using Search.Core.Indexing.Documents;

namespace Search.Core.Linking.Passages;

/// <summary>
/// Builds the passage documents of an article: each paragraph with its anchor and number, the article's
/// id, source and day (stored, to show a passage hit), and the article's facet values (doc values only,
/// so a passage search takes the same filters; the entities' alias fields stay on the article alone).
/// The paragraph's text is indexed but not stored: the article's stored body holds it already
/// (<see cref="PassageText"/> cuts it out), and storing it twice doubled the index.
/// </summary>
internal static class PassageDocuments
{
    public static IEnumerable<Document> Build(Article article, string body)
    {
        foreach (var passage in ArticlePassages.Of(body))
        {
            var doc = new Document
            {
                new StringField(PassageFields.Kind, PassageFields.PassageKind, Field.Store.NO),
                new StringField(PassageFields.Article, article.Id, Field.Store.YES),
                new StoredField(PassageFields.Anchor, passage.Anchor),
                new StoredField(PassageFields.Number, passage.Number),
                new Field(PassageFields.Text, passage.Text, PassageFields.TextType),
            };
            if (article.Source is { } source) doc.Add(new StoredField(ArticleFields.Source, source.Value));
            if (article.Date is { } date) doc.Add(new StoredField(ArticleFields.Day, date.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            ArticleDocumentBuilder.AddFilterValues(doc, article);
            yield return doc;
        }
    }
}
