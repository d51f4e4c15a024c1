namespace Search.Core.Linking.Related;

/// <summary>
/// Finds, among fingerprints added in order, the first that is a copy of a given one (<see cref="SimHash.AreCopies"/>) without
/// comparing it with every one: the 64 bits are cut into seven bands, and two fingerprints at most
/// <see cref="SimHash.CopyDistance"/> (6) bits apart differ in at most six bands, so they agree on one band at least. Only the
/// fingerprints that share a band are compared. Grouping a thousand hits of a ranking took half a million comparisons otherwise.
/// </summary>
internal sealed class FingerprintBands
{
    private const int Bands = SimHash.CopyDistance + 1;
    private readonly Dictionary<(int Band, long Bits), List<int>> _byBand = [];
    private readonly List<long> _added = [];

    /// <summary>The place (in the order added) of the first fingerprint that <paramref name="fingerprint"/> is a copy of, or -1.</summary>
    public int FirstCopyOf(long fingerprint)
    {
        int first = int.MaxValue;
        for (int band = 0; band < Bands; band++)
        {
            if (!_byBand.TryGetValue((band, Bits(fingerprint, band)), out var places)) continue;
            foreach (int place in places)
            {
                if (place >= first) break; // places are in the order added
                if (SimHash.AreCopies(_added[place], fingerprint)) first = place;
            }
        }
        return first == int.MaxValue ? -1 : first;
    }

    /// <summary>Adds a fingerprint at the next place.</summary>
    public void Add(long fingerprint)
    {
        int place = _added.Count;
        _added.Add(fingerprint);
        for (int band = 0; band < Bands; band++)
        {
            var key = (band, Bits(fingerprint, band));
            if (!_byBand.TryGetValue(key, out var places)) _byBand[key] = places = [];
            places.Add(place);
        }
    }

    // Bands of 9 bits, the last of 10.
    private static long Bits(long fingerprint, int band)
    {
        int from = band * 9, width = band == Bands - 1 ? 64 - from : 9;
        return (long)(((ulong)fingerprint >> from) & ((1UL << width) - 1));
    }
}
