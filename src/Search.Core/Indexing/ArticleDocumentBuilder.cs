using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Search.Core.Extraction;
using Search.Core.Facets;

namespace Search.Core.Indexing;

/// <summary>Builds the Lucene <see cref="Document"/> of an <see cref="Article"/> (see <see cref="ArticleFields"/>).</summary>
internal sealed class ArticleDocumentBuilder(Gazetteer gazetteer)
{
    public Document Build(Article article)
    {
        var doc = new Document
        {
            new StringField(ArticleFields.Id, article.Id, Field.Store.YES),
            new BinaryDocValuesField(ArticleFields.Id, new BytesRef(article.Id)),
            new BinaryDocValuesField(ArticleFields.Hash, new BytesRef(article.ContentHash)),
            new BinaryDocValuesField(ArticleFields.SourcePath, new BytesRef(article.SourcePath)),
            // A title that is the text's own lead sentence is shown but not indexed: its words would count twice.
            article.TitleInText ? new StoredField(ArticleFields.Title, article.Title) : new Field(ArticleFields.Title, article.Title, ArticleFields.TextWithOffsets),
            new Field(ArticleFields.Body, string.Join(ArticleFields.ParagraphSeparator, article.Paragraphs), ArticleFields.TextWithOffsets),
            new StoredField(ArticleFields.Metadata, ArticleMetadata.Of(article).ToJson()),
        };

        foreach (string author in article.Authors)
            doc.Add(new TextField(ArticleFields.Author, author, Field.Store.NO));

        if (article.Source is { } source)
        {
            doc.Add(new StoredField(ArticleFields.Source, source.Value));
            // Searchable by every name the outlet goes by, as the facets' canonical name is: source:afp finds Agence France-Presse.
            foreach (string name in gazetteer.NamesOf(EntityType.Organization, source.Value).Append(source.Value).Distinct())
                doc.Add(new TextField(ArticleFields.Source, name, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(FacetDimension.Source.Field, new BytesRef(source.Value)));
        }

        if (article.Date is { } date)
        {
            int number = DateNumber(date.Value);
            doc.Add(new Int32Field(ArticleFields.Date, number, ArticleFields.DateType));
            doc.Add(new NumericDocValuesField(ArticleFields.Date, number));
            string day = date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            doc.Add(new StoredField(ArticleFields.Day, day));
            doc.Add(new SortedSetDocValuesField(FacetDimension.Date.Field, new BytesRef(day)));
        }

        foreach (var entity in article.Entities)
        {
            var dimension = FacetDimension.For(entity.Type);
            // Search by any name the entity goes by: its canonical name, gazetteer aliases and the article's own spellings.
            foreach (string name in gazetteer.NamesOf(entity.Type, entity.Name).Concat(entity.Mentions).Distinct())
                doc.Add(new TextField(dimension.Field, name, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(dimension.Field, new BytesRef(entity.Name)));
        }
        return doc;
    }

    /// <summary>The numeric form of a day, yyyyMMdd: ordered like the dates and readable in a debugger.</summary>
    public static int DateNumber(DateOnly day) => day.Year * 10000 + day.Month * 100 + day.Day;
}
