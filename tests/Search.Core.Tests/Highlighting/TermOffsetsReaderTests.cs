using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Search.Core.Analysis;
using Search.Core.Highlighting;
using Search.Core.Indexing.Documents;
using Search.Core.Linking.Passages;

namespace Search.Core.Tests.Highlighting;

/// <summary>Matches read from the body within a paragraph are those of the paragraph's text indexed alone, offsets included.</summary>
public sealed class TermOffsetsReaderTests
{
    // The last paragraph's "city" and the next one's "Almaty" meet across the blank line in the body only.
    private const string Body = "The troops arrived in Almaty at dawn, and the state of emergency began in the city\n\n"
        + "Almaty state of emergency: troops of the alliance left the city. The state of the emergency ended.\n\n"
        + "emergency state; troops, troops and the city of Almaty";

    private static readonly string[] Queries = ["troops", "city almaty", "\"city almaty\"", "\"state of emergency\"", "\"troops\" emergency", "\"almaty state\" troops"];

    [Fact]
    public void ReadingWithinAParagraphOfTheBodyMatchesReadingTheParagraphIndexedAlone()
    {
        using var analyzer = ArticleAnalyzer.Create();
        var paragraphs = Core.Highlighting.Highlighter.Paragraphs(Body);
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(NewsAnalyzer.Version, analyzer)))
        {
            writer.AddDocument(new Document { new Field(ArticleFields.Body, Body, ArticleFields.TextWithOffsets) });
            var withOffsets = new FieldType(PassageFields.TextType) { IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS };
            foreach (var span in paragraphs) writer.AddDocument(new Document { new Field(PassageFields.Text, Body[span.Start..span.End], withOffsets) });
        }
        using var reader = DirectoryReader.Open(directory);

        int phraseMatches = 0;
        foreach (string text in Queries)
        {
            var terms = QueryTerms.Extract(Query(analyzer, text), reader, [PassageFields.Text], PassageFields.Text);
            for (int p = 0; p < paragraphs.Count; p++)
            {
                var alone = TermOffsetsReader.Read(reader, p + 1, PassageFields.Text, terms);
                var within = TermOffsetsReader.ReadWithin(reader, 0, ArticleFields.Body, terms, paragraphs[p]);
                Assert.Equal(alone, within);
                phraseMatches += alone.Count(m => m.Phrase >= 0);
            }
        }
        Assert.True(phraseMatches > 0, "some phrases match inside a paragraph");
        // The phrase across the blank line matches in the body as a whole, and in no paragraph.
        var across = QueryTerms.Extract(Query(analyzer, "\"city almaty\""), reader, [PassageFields.Text], PassageFields.Text);
        Assert.Contains(TermOffsetsReader.Read(reader, 0, ArticleFields.Body, across), m => m.Phrase >= 0);
    }

    // Words, or a phrase in quotes, on the passage field, with the index's analysis.
    private static Query Query(Lucene.Net.Analysis.Analyzer analyzer, string text)
    {
        var query = new BooleanQuery();
        foreach (string part in text.Split('"', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select((p, i) => (text.StartsWith('"') ? i % 2 == 0 : i % 2 == 1) ? "\"" + p : p))
        {
            var phrase = new PhraseQuery();
            using var stream = analyzer.GetTokenStream(PassageFields.Text, part.TrimStart('"'));
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            int position = -1;
            while (stream.IncrementToken())
            {
                position += increment.PositionIncrement;
                if (part.StartsWith('"')) phrase.Add(new Term(PassageFields.Text, term.ToString()), position);
                else query.Add(new TermQuery(new Term(PassageFields.Text, term.ToString())), Occur.SHOULD);
            }
            stream.End();
            if (part.StartsWith('"')) query.Add(phrase, Occur.SHOULD);
        }
        return query;
    }
}
