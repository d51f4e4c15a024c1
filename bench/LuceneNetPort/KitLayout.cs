using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace LuceneNetPort;

/// <summary>The kit's fields, as its Lucene 4.10.4 harness lays them out.</summary>
internal static class KitLayout
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
    public static readonly string[] Dimensions = ["source", "day", "person", "org", "place"];
    public static readonly string[] MultiValued = ["person", "org", "place"];

    /// <summary>The facet module's default field, and its separator between dimension and value.</summary>
    public const string FacetField = "$facets";
    public const char FacetSeparator = '\u001f';

    /// <summary>PORT_NORMS=0 leaves out the title's and body's norms, to measure what reading them costs a query (scores change).</summary>
    private static readonly bool Norms = Environment.GetEnvironmentVariable("PORT_NORMS") != "0";

    public static readonly FieldType Title = Frozen(new FieldType(TextField.TYPE_STORED) { OmitNorms = !Norms });

    public static readonly FieldType Body = Frozen(new FieldType(TextField.TYPE_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
        OmitNorms = !Norms,
    });

    /// <summary>A passage's text as the product indexes it: positions, not stored.</summary>
    public static readonly FieldType Passage = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
    });

    public static Analyzer Analyzer() => new EnglishAnalyzer(Version);

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
