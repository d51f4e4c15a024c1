using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Search.Core.Indexing.Documents;

/// <summary>
/// The one home of the index's field names and how each is indexed. The facet values of every dimension
/// share one doc-values field, <see cref="Facets.FacetDimension.ValuesField"/>; the entity and source fields
/// below carry the dimensions' names for their searchable text.
/// </summary>
internal static class ArticleFields
{
    /// <summary>Article id: indexed untokenized so an update replaces the old version, stored, and binary doc values (re-indexing reads ids without loading documents).</summary>
    public const string Id = "id";

    /// <summary>Headline or lead: analyzed with <see cref="Analysis.NewsAnalyzer"/>, stored, offsets in the postings; also in binary doc values for the result list.</summary>
    public const string Title = "title";

    /// <summary>Titles up to this many characters are also kept in doc values, for the result list; Lucene caps a value at 32,766 bytes.</summary>
    public const int MaxTitleInDocValues = 1_000;

    /// <summary>Paragraphs joined by <see cref="ParagraphSeparator"/>: analyzed, stored, offsets in the postings for highlighting.</summary>
    public const string Body = "body";

    /// <summary>Source outlet: searchable by name (<c>source:afp</c>) and stored.</summary>
    public const string Source = "source";

    /// <summary>Publication day as yyyyMMdd: an indexed Int32 for ranges and numeric doc values for sorting and filtering.</summary>
    public const string Date = "date";

    /// <summary>Publication day as yyyy-MM-dd: stored.</summary>
    public const string Day = "day";

    /// <summary>
    /// The moment of publication with its offset from UTC (<see cref="PublishedValue"/>), as numeric doc values, when the
    /// input gave the time of day: the date sort's second key, so one day's articles are ordered by the hour.
    /// </summary>
    public const string Published = "published";

    /// <summary>Entity fields: names and aliases searchable (<c>org:otsc</c>).</summary>
    public const string Person = "person", Organization = "org", Place = "place";

    /// <summary>The three entity fields, each indexed under every name of its entities.</summary>
    public static readonly string[] EntityFields = [Person, Organization, Place];

    /// <summary>Stored JSON with the evidence for date and source and each entity's mentions.</summary>
    public const string Metadata = "meta";

    /// <summary>Content hash in binary doc values, so re-indexing skips unchanged articles without loading stored documents.</summary>
    public const string Hash = "hash";

    /// <summary>The file the article was read from, in sorted doc values, so <c>--prune</c> can find articles whose file is gone.</summary>
    /// <remarks>Named anew when it moved from binary to sorted doc values: Lucene refuses a field whose doc-values type changes.</remarks>
    public const string SourcePath = "origin-file";

    /// <summary>Reporters as the input named them: searchable (<c>author:smith</c>); listed from the stored metadata.</summary>
    public const string Author = "author";

    /// <summary>The body's <see cref="Linking.Related.SimHash"/> in binary doc values (<see cref="Linking.Related.Fingerprints"/>): copies of one story are grouped by it.</summary>
    /// <remarks>Named anew when it moved from numeric to binary doc values: Lucene refuses a field whose doc-values type changes.</remarks>
    public const string Fingerprint = "fingerprint";

    /// <summary>Fields searched by plain query words.</summary>
    public static readonly string[] DefaultSearchFields = [Title, Body];

    /// <summary>Separates paragraphs in the stored body; highlight offsets map back to paragraphs through it.</summary>
    public const string ParagraphSeparator = "\n\n";

    /// <summary>Analyzed, stored text with positions and offsets, so snippets are made from the postings without re-analysis.</summary>
    public static readonly FieldType TextWithOffsets = Frozen(new FieldType(TextField.TYPE_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    /// <summary>Precision step of the numeric date: 8 bits keeps range queries over days fast with few extra terms.</summary>
    public const int DatePrecisionStep = 8;

    /// <summary>The numeric date field; queries must use the same <see cref="DatePrecisionStep"/>.</summary>
    public static readonly FieldType DateType = Frozen(new FieldType(Int32Field.TYPE_NOT_STORED) { NumericPrecisionStep = DatePrecisionStep });

    internal static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
