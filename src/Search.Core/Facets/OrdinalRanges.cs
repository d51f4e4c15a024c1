using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Search.Core.Facets;

/// <summary>
/// The range of ordinals each dimension holds in one segment's <see cref="FacetDimension.ValuesField"/>,
/// in the order of <see cref="FacetDimension.All"/>; a dimension the segment lacks has an empty range.
/// </summary>
/// <remarks>NOTE: found once per segment with its <see cref="FacetColumn"/> (two look-ups per dimension) and shared by every query.</remarks>
internal sealed class OrdinalRanges
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    private OrdinalRanges(int[] starts, int[] ends)
    {
        _starts = starts;
        _ends = ends;
    }

    public (int Start, int End) Of(int dimension) => (_starts[dimension], _ends[dimension]);

    /// <summary>The place in <see cref="FacetDimension.All"/> of the dimension an ordinal belongs to, or -1 for a value of none.</summary>
    public int DimensionOf(int ord)
    {
        for (int d = 0; d < _starts.Length; d++)
            if (ord >= _starts[d] && ord < _ends[d]) return d;
        return -1;
    }

    public static OrdinalRanges Of(SortedSetDocValues? values)
    {
        int count = FacetDimension.All.Count;
        var starts = new int[count];
        var ends = new int[count];
        if (values == null) return new OrdinalRanges(starts, ends);
        for (int d = 0; d < count; d++)
        {
            starts[d] = Ceiling(values, FacetDimension.All[d].LowestKey);
            ends[d] = Ceiling(values, FacetDimension.All[d].KeyAfterAll);
        }
        return new OrdinalRanges(starts, ends);
    }

    // The first ordinal at or after the key (LookupTerm gives -(insertion point) - 1 for a key it lacks).
    private static int Ceiling(SortedSetDocValues values, string key)
    {
        long found = values.LookupTerm(new BytesRef(key));
        return checked((int)(found >= 0 ? found : -found - 1));
    }
}
