using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Search.Core.Analysis;
using Search.Core.Extraction;
using Search.Core.Indexing.Documents;
using Search.Core.Linking.Passages;

namespace Search.Core.Tests.Analysis;

/// <summary>
/// The body analysed once and replayed indexes exactly as analysing the body whole and each paragraph again did, but for the
/// gap of <see cref="ParagraphTokens.ParagraphGap"/> positions the body leaves between paragraphs.
/// </summary>
public sealed class ParagraphTokensTests
{
    // Stop words at a paragraph's edges and a paragraph of stop words alone (positions carried across the blank line),
    // a token too long to keep, possessives, accents, a blank line of three line ends, other scripts and an empty body.
    private static readonly string[] Edges =
    [
        "The troops arrived in the\n\nand of the\n\nof the city at dawn. Tokayev's office said so.",
        "First line\nsecond line of the same paragraph\n\n\nA paragraph after three line ends\n\n" + new string('x', 300) + " after a long word",
        "Zajárova spoke in Almaty; the state-run TASS agency (tass.ru) cited 1,500 troops at 06:30.\n\n北京 報道 Москва 😀 and an end",
        "",
        "the",
    ];

    [Fact]
    public void BodyAndPassagesIndexTheSameTermsPositionsOffsetsAndNormsAsAnalysingEachText()
    {
        var articles = SeedArticles().Concat(Edges.Select((body, i) => TestIndex.Article("edge-" + i, body))).ToList();
        using var analyzer = ArticleAnalyzer.Create();
        var builder = new ArticleDocumentBuilder(Seeds.Gazetteer);

        string before = Postings(analyzer, articles.Select(a => AnalysingEachText(builder.Build(a), a)), gapAdded: true);
        string after = Postings(analyzer, articles.Select(a => builder.BuildWithPassages(a, analyzer)));

        Assert.Contains("passage", after);
        Assert.Equal(before, after);
    }

    [Fact]
    public void AParagraphReplaysWithOffsetsFromItsOwnStart()
    {
        using var analyzer = ArticleAnalyzer.Create();
        var withOffsets = new FieldType(PassageFields.TextType) { IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS };
        foreach (string body in Edges.Concat(SeedArticles().Select(a => string.Join(ArticleFields.ParagraphSeparator, a.Paragraphs))))
        {
            var paragraphs = Core.Highlighting.Highlighter.Paragraphs(body);
            var tokens = ParagraphTokens.Analyse(analyzer, ArticleFields.Body, body, paragraphs);
            for (int i = 0; i < paragraphs.Count; i++)
            {
                string text = body[paragraphs[i].Start..paragraphs[i].End];
                string analysed = Postings(analyzer, [[new Document { new Field(PassageFields.Text, text, withOffsets) }]]);
                string replayed = Postings(analyzer, [[new Document { new Field(PassageFields.Text, tokens.Paragraph(i), withOffsets) }]]);
                Assert.Equal(analysed, replayed);
            }
        }
    }

    private static IEnumerable<Article> SeedArticles() =>
        System.IO.Directory.GetFiles(Seeds.Folder, "*.txt").Order().Select(path => GivenArticle.From(Seeds.Read(Path.GetFileNameWithoutExtension(path))));

    // How the documents were built before: the body field analysed from its text, and each paragraph analysed again.
    private static IEnumerable<Document> AnalysingEachText(Document article, Article source)
    {
        yield return article;
        string body = article.Get(ArticleFields.Body) ?? "";
        foreach (var span in Core.Highlighting.Highlighter.Paragraphs(body))
        {
            var doc = new Document { new StringField(PassageFields.Kind, PassageFields.PassageKind, Field.Store.NO), new Field(PassageFields.Text, body[span.Start..span.End], PassageFields.TextType) };
            yield return doc;
        }
    }

    // Every text field's terms, each with its documents, positions and offsets, then each document's norms and the field's
    // statistics. gapAdded: a body position is moved by the gap times the number of its paragraph, found by its offset.
    private static string Postings(Lucene.Net.Analysis.Analyzer analyzer, IEnumerable<IEnumerable<Document>> blocks, bool gapAdded = false)
    {
        using var directory = new RAMDirectory();
        var paragraphStarts = new List<int[]>(); // per document, its body's paragraph starts
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(NewsAnalyzer.Version, analyzer) { Similarity = new ArticleSimilarity() }))
            foreach (var block in blocks.Select(b => b.ToList()))
            {
                writer.AddDocuments(block);
                paragraphStarts.AddRange(block.Select(d => Core.Highlighting.Highlighter.Paragraphs(d.Get(ArticleFields.Body) ?? "").Select(p => p.Start).ToArray()));
            }
        int Position(string field, int doc, int position, int offset) => !gapAdded || field != ArticleFields.Body ? position
            : position + ParagraphTokens.ParagraphGap * Math.Max(0, paragraphStarts[doc].Count(start => start <= offset) - 1);
        using var reader = DirectoryReader.Open(directory);
        var atomic = SlowCompositeReaderWrapper.Wrap(reader);
        var text = new StringBuilder();
        foreach (string field in new[] { ArticleFields.Title, ArticleFields.Body, PassageFields.Text })
        {
            if (atomic.GetTerms(field) is not { } terms) continue;
            text.Append(field).Append(": docs ").Append(terms.DocCount).Append(", terms ").Append(terms.SumTotalTermFreq).Append('\n');
            var termsEnum = terms.GetEnumerator();
            DocsAndPositionsEnum? postings = null;
            while (termsEnum.MoveNext())
            {
                text.Append(' ').Append(termsEnum.Term.Utf8ToString()).Append(':');
                postings = termsEnum.DocsAndPositions(null, postings, DocsAndPositionsFlags.OFFSETS);
                while (postings!.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    text.Append(" d").Append(postings.DocID).Append('[');
                    for (int i = 0; i < postings.Freq; i++)
                    {
                        int position = postings.NextPosition();
                        text.Append(Position(field, postings.DocID, position, postings.StartOffset)).Append('@').Append(postings.StartOffset).Append('-').Append(postings.EndOffset).Append(' ');
                    }
                    text.Append(']');
                }
                text.Append('\n');
            }
            var norms = atomic.GetNormValues(field);
            for (int doc = 0; doc < atomic.MaxDoc; doc++) text.Append(norms?.Get(doc) ?? -1).Append(' ');
            text.Append('\n');
        }
        return text.ToString();
    }
}
