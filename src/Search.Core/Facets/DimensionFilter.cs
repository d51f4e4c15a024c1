using Search.Core.Indexing;
using Search.Core.Indexing.Documents;

namespace Search.Core.Facets;

/// <summary>
/// A filter on one facet dimension, tested per document from doc values so that drill-sideways
/// counting can tell which dimension a document fails.
/// </summary>
internal abstract class DimensionFilter(FacetDimension dimension)
{
    public FacetDimension Dimension { get; } = dimension;

    /// <summary>A per-segment test; called once per segment per query.</summary>
    public abstract Func<int, bool> Bind(SegmentFacetValues segment);
}

/// <summary>
/// Keeps documents having any of the selected values (OR within a dimension), and none of the excluded
/// ones. <see cref="FacetValue.MissingValue"/> among either stands for "no value in the dimension".
/// </summary>
internal sealed class ValueFilter(FacetDimension dimension, IReadOnlyList<string> selected, IReadOnlyList<string> excluded) : DimensionFilter(dimension)
{
    public IReadOnlyList<string> Selected { get; } = selected;
    public IReadOnlyList<string> Excluded { get; } = excluded;

    public override Func<int, bool> Bind(SegmentFacetValues segment)
    {
        bool selectMissing = Selected.Contains(FacetValue.MissingValue), excludeMissing = Excluded.Contains(FacetValue.MissingValue);
        bool selects = Selected.Count > 0;
        var (start, end) = segment.RangeOf(Dimension.Position);
        var wanted = Ordinals(segment, Selected);
        var unwanted = Ordinals(segment, Excluded);
        return doc =>
        {
            bool any = false, selectedHit = false, excludedHit = false;
            foreach (int ord in segment.Of(doc))
            {
                if (ord < start || ord >= end) continue;
                any = true;
                selectedHit |= wanted.Contains(ord);
                excludedHit |= unwanted.Contains(ord);
            }
            if (excludedHit || (excludeMissing && !any)) return false;
            return !selects || selectedHit || (selectMissing && !any);
        };
    }

    private HashSet<int> Ordinals(SegmentFacetValues segment, IReadOnlyList<string> values)
    {
        var ordinals = new HashSet<int>();
        foreach (string value in values)
        {
            int ord = segment.OrdinalOf(Dimension, value);
            if (ord >= 0) ordinals.Add(ord);
        }
        return ordinals;
    }
}

/// <summary>
/// Keeps documents dated within [From, To] (either bound optional), or on one of the days selected as the facet's values
/// (<c>date=2022-01-06</c>), or undated ones when those are selected (OR, as within any dimension); leaves out the days and
/// the undated ones that are excluded.
/// </summary>
internal sealed class DateFilter(DateOnly? from, DateOnly? to, bool selectUndated, bool excludeUndated) : DimensionFilter(FacetDimension.Date)
{
    public DateOnly? From { get; } = from;
    public DateOnly? To { get; } = to;

    /// <summary>Days selected by value, as any facet's values are: the date facet lists days, so a client filters by them.</summary>
    public IReadOnlySet<DateOnly> Days { get; init; } = new HashSet<DateOnly>();

    /// <summary>Days left out by value (<c>exclude.date=2022-01-06</c>).</summary>
    public IReadOnlySet<DateOnly> ExcludedDays { get; init; } = new HashSet<DateOnly>();

    public override Func<int, bool> Bind(SegmentFacetValues segment)
    {
        var dates = segment.Reader.GetNumericDocValues(ArticleFields.Date);
        var dated = segment.Reader.GetDocsWithField(ArticleFields.Date);
        bool ranged = From != null || To != null;
        long low = From is { } f ? ArticleDocumentBuilder.DateNumber(f) : long.MinValue;
        long high = To is { } t ? ArticleDocumentBuilder.DateNumber(t) : long.MaxValue;
        var days = Days.Select(d => (long)ArticleDocumentBuilder.DateNumber(d)).ToHashSet();
        var excludedDays = ExcludedDays.Select(d => (long)ArticleDocumentBuilder.DateNumber(d)).ToHashSet();
        bool selecting = ranged || days.Count > 0;
        return doc =>
        {
            // A passage has its article's day.
            doc = segment.ArticleOf(doc);
            bool hasDate = dated != null && dates != null && dated.Get(doc);
            if (!hasDate) return !excludeUndated && (selectUndated || !selecting);
            long value = dates!.Get(doc);
            if (excludedDays.Contains(value)) return false;
            if (!selecting) return !selectUndated;
            return ranged && value >= low && value <= high || days.Contains(value);
        };
    }
}
