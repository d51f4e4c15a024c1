using Search.Core.Linking.Related;

namespace Search.Core.Tests.Linking.Related;

public sealed class FingerprintBandsTests
{
    [Fact]
    public void FindsTheSameFirstCopyAsComparingWithEveryFingerprint()
    {
        var random = new Random(17);
        var bands = new FingerprintBands();
        var added = new List<long>();
        int copiesFound = 0;
        for (int i = 0; i < 3_000; i++)
        {
            // Half are near copies of an earlier one (0 to 8 bits flipped: within 6 they are copies, beyond not), half new.
            long fingerprint = added.Count > 0 && random.Next(2) == 0
                ? Flip(added[random.Next(added.Count)], random.Next(9), random)
                : random.NextInt64(long.MinValue, long.MaxValue);
            int expected = added.FindIndex(a => SimHash.AreCopies(a, fingerprint));
            Assert.Equal(expected, bands.FirstCopyOf(fingerprint));
            if (expected >= 0) copiesFound++;
            bands.Add(fingerprint);
            added.Add(fingerprint);
        }
        Assert.InRange(copiesFound, 1_000, 1_500); // the near copies within 6 bits were looked up and found
    }

    private static long Flip(long fingerprint, int bits, Random random)
    {
        var chosen = new HashSet<int>();
        while (chosen.Count < bits) chosen.Add(random.Next(64));
        foreach (int bit in chosen) fingerprint ^= 1L << bit;
        return fingerprint;
    }
}
