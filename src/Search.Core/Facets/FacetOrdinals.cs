using Lucene.Net.Index;

namespace Search.Core.Facets;

/// <summary>
/// The facet state of one top-level reader, the counterpart of Lucene's
/// <c>SortedSetDocValuesReaderState</c>: global ordinals and labels for every <see cref="FacetDimension"/>.
/// </summary>
/// <remarks>
/// NOTE: building it reads every facet value of the index (tens of ms at a million articles), so it is
/// built once per reader when the searcher is opened and reused by every query on that reader.
/// Using it with another reader gives wrong counts; <see cref="Indexing.IndexHost"/> keeps the pairing.
/// </remarks>
internal sealed class FacetOrdinals
{
    private readonly Dictionary<string, DimensionOrdinals> _dimensions;

    private FacetOrdinals(IndexReader reader, Dictionary<string, DimensionOrdinals> dimensions)
    {
        Reader = reader;
        _dimensions = dimensions;
    }

    public IndexReader Reader { get; }

    public DimensionOrdinals this[FacetDimension dimension] => _dimensions[dimension.Name];

    public static FacetOrdinals Build(IndexReader reader) =>
        new(reader, FacetDimension.All.ToDictionary(d => d.Name, d => DimensionOrdinals.Build(reader, d.Field)));
}
