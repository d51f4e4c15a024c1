using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Search.Core.Analysis;
using Search.Core.Extraction;
using Search.Core.Facets;

namespace Search.Core.Indexing.Documents;

/// <summary>Builds the Lucene <see cref="Document"/> of an <see cref="Article"/> (see <see cref="ArticleFields"/>).</summary>
internal sealed class ArticleDocumentBuilder(Gazetteer gazetteer)
{
    /// <summary>
    /// The article's document followed by its passages' (<see cref="Linking.Passages.PassageDocuments"/>), to be written
    /// as one block. The body is analysed once, with <paramref name="analyzer"/> (the writer's), paragraph by paragraph,
    /// and its tokens are replayed into the body field and into each passage (<see cref="ParagraphTokens"/>).
    /// </summary>
    public IReadOnlyList<Document> BuildWithPassages(Article article, Lucene.Net.Analysis.Analyzer analyzer)
    {
        var doc = Build(article);
        var body = (Field)doc.GetField(ArticleFields.Body);
        string text = body.GetStringValue() ?? "";
        var paragraphs = Highlighting.Highlighter.Paragraphs(text);
        var tokens = ParagraphTokens.Analyse(analyzer, ArticleFields.Body, text, paragraphs);
        body.SetTokenStream(tokens.Body());
        var documents = new List<Document>(paragraphs.Count + 1) { doc };
        documents.AddRange(Linking.Passages.PassageDocuments.Build(article, paragraphs, tokens));
        return documents;
    }

    public Document Build(Article article)
    {
        string body = string.Join(ArticleFields.ParagraphSeparator, article.Paragraphs);
        var doc = new Document
        {
            DirectStreamFields.Keyword(ArticleFields.Id, article.Id, Field.Store.YES),
            new BinaryDocValuesField(ArticleFields.Id, new BytesRef(article.Id)),
            new BinaryDocValuesField(ArticleFields.Hash, new BytesRef(article.ContentHash)),
            // Sorted: one value per input file, each article holding only its number.
            new SortedDocValuesField(ArticleFields.SourcePath, new BytesRef(article.SourcePath)),
            // A title that is the text's own lead sentence is shown but not indexed: its words would count twice.
            article.TitleInText ? new StoredField(ArticleFields.Title, article.Title) : new Field(ArticleFields.Title, article.Title, ArticleFields.TextWithOffsets),
            // The result list reads the title from doc values (HitFields); a title too long for them is read from the stored fields.
            new BinaryDocValuesField(ArticleFields.Title, new BytesRef(article.Title.Length <= ArticleFields.MaxTitleInDocValues ? article.Title : "")),
            new Field(ArticleFields.Body, body, ArticleFields.TextWithOffsets),
            new StoredField(ArticleFields.Metadata, ArticleMetadata.Of(article).ToJson()),
        };

        if (Linking.Related.Fingerprints.FieldFor(body) is { } fingerprint) doc.Add(fingerprint);

        foreach (string author in article.Authors)
            doc.Add(new TextField(ArticleFields.Author, author, Field.Store.NO));

        if (article.Source is { } source)
        {
            doc.Add(new StoredField(ArticleFields.Source, source.Value));
            // Searchable by every name the outlet goes by, as the facets' canonical name is: source:afp finds Agence France-Presse.
            foreach (string name in gazetteer.NamesOf(EntityType.Organization, source.Value).Append(source.Value).Distinct())
                doc.Add(new TextField(ArticleFields.Source, name, Field.Store.NO));
        }
        if (article.Date is { } date)
        {
            doc.Add(DirectStreamFields.Day(DateNumber(date.Value)));
            doc.Add(new StoredField(ArticleFields.Day, Day(date.Value)));
        }
        foreach (var entity in article.Entities)
        {
            var dimension = FacetDimension.For(entity.Type);
            // Search by any name the entity goes by: its canonical name, gazetteer aliases and the article's own spellings.
            foreach (string name in gazetteer.NamesOf(entity.Type, entity.Name).Concat(entity.Mentions).Distinct())
                doc.Add(new TextField(dimension.Field, name, Field.Store.NO));
        }
        AddFilterValues(doc, article);
        return doc;
    }

    /// <summary>
    /// The doc values that facets, filters and the date sort read. Every dimension's values go in one field
    /// (<see cref="FacetDimension.ValuesField"/>). Passages repeat none of them: a passage's filters read its
    /// article's values (<see cref="FacetColumn"/>), which also spares the writer's per-value costs for every passage.
    /// </summary>
    private static void AddFilterValues(Document doc, Article article)
    {
        if (article.Source is { } source)
            doc.Add(FacetValue(FacetDimension.Source, source.Value));
        if (article.Date is { } date)
        {
            doc.Add(new NumericDocValuesField(ArticleFields.Date, DateNumber(date.Value)));
            doc.Add(FacetValue(FacetDimension.Date, Day(date.Value)));
        }
        if (article.Published is { } published)
            doc.Add(new NumericDocValuesField(ArticleFields.Published, PublishedValue.Encode(published)));
        foreach (var entity in article.Entities)
            doc.Add(FacetValue(FacetDimension.For(entity.Type), entity.Name));
    }

    private static SortedSetDocValuesField FacetValue(FacetDimension dimension, string value) =>
        new(FacetDimension.ValuesField, new BytesRef(dimension.Encode(value)));

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The numeric form of a day, yyyyMMdd: ordered like the dates and readable in a debugger.</summary>
    public static int DateNumber(DateOnly day) => day.Year * 10000 + day.Month * 100 + day.Day;
}
