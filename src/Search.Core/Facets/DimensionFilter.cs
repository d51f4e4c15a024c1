using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Indexing;

namespace Search.Core.Facets;

/// <summary>
/// A filter on one facet dimension, tested per document from doc values so that drill-sideways
/// counting can tell which dimension a document fails.
/// </summary>
internal abstract class DimensionFilter(FacetDimension dimension)
{
    public FacetDimension Dimension { get; } = dimension;

    /// <summary>A per-segment test; called once per segment per query.</summary>
    public abstract Func<int, bool> Bind(AtomicReader segment);
}

/// <summary>Keeps documents having any of the given values in the dimension (OR within a dimension).</summary>
internal sealed class ValueFilter(FacetDimension dimension, IReadOnlyList<string> values) : DimensionFilter(dimension)
{
    public IReadOnlyList<string> Values { get; } = values;

    public override Func<int, bool> Bind(AtomicReader segment)
    {
        var docValues = segment.GetSortedSetDocValues(Dimension.Field);
        if (docValues == null) return static _ => false;
        var wanted = new HashSet<long>();
        foreach (string value in Values)
        {
            long ord = docValues.LookupTerm(new BytesRef(value));
            if (ord >= 0) wanted.Add(ord);
        }
        if (wanted.Count == 0) return static _ => false;
        return doc =>
        {
            docValues.SetDocument(doc);
            for (long ord = docValues.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = docValues.NextOrd())
                if (wanted.Contains(ord)) return true;
            return false;
        };
    }
}

/// <summary>Keeps documents dated within [From, To] (either bound optional); undated documents fail.</summary>
internal sealed class DateRangeFilter(DateOnly? from, DateOnly? to) : DimensionFilter(FacetDimension.Date)
{
    public DateOnly? From { get; } = from;
    public DateOnly? To { get; } = to;

    public override Func<int, bool> Bind(AtomicReader segment)
    {
        var dates = segment.GetNumericDocValues(ArticleFields.Date);
        var dated = segment.GetDocsWithField(ArticleFields.Date);
        if (dates == null || dated == null) return static _ => false;
        long low = From is { } f ? ArticleDocumentBuilder.DateNumber(f) : long.MinValue;
        long high = To is { } t ? ArticleDocumentBuilder.DateNumber(t) : long.MaxValue;
        return doc =>
        {
            if (!dated.Get(doc)) return false;
            long value = dates.Get(doc);
            return value >= low && value <= high;
        };
    }
}
