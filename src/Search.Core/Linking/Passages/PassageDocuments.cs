using Lucene.Net.Documents;
using Search.Core.Analysis;
using Search.Core.Extraction;
using Search.Core.Indexing.Documents;

namespace Search.Core.Linking.Passages;

/// <summary>
/// Builds the passage documents of an article: each paragraph's tokens (indexed, the text not stored) and the
/// article's id (stored, to find the article of a hit; the paragraph's number is its place after the article). A passage's
/// facet values and day are its article's, read from the article's document (<see cref="Facets.FacetColumn"/>), so a passage
/// search takes the same filters; the entities' alias fields stay on the article alone.
/// Everything else a hit shows (text, anchor, outlet, day) is read from the article's document.
/// </summary>
internal static class PassageDocuments
{
    /// <summary>The passage documents of an article body's <paramref name="paragraphs"/>, each indexed with its paragraph's <paramref name="tokens"/>.</summary>
    public static IEnumerable<Document> Build(Article article, IReadOnlyList<TextSpan> paragraphs, ParagraphTokens tokens)
    {
        // The fields every passage of the article shares are made once and added to each of its documents, as Lucene
        // allows: a block's documents are indexed one after another, each field read in full before the next.
        var shared = new Document
        {
            DirectStreamFields.Keyword(PassageFields.Kind, PassageFields.PassageKind, Field.Store.NO),
            DirectStreamFields.Keyword(PassageFields.Article, article.Id, Field.Store.YES),
        };
        for (int i = 0; i < paragraphs.Count; i++)
        {
            var doc = new Document();
            foreach (var field in shared.Fields) doc.Add(field);
            doc.Add(tokens.ParagraphField(PassageFields.Text, PassageFields.TextType, i));
            yield return doc;
        }
    }
}
