using System.Numerics;

namespace Search.Core.Linking.Related;

/// <summary>
/// A 64-bit SimHash of a text's word 3-shingles: near-identical texts (an agency story republished with
/// another headline, a paragraph cut or added) differ in a few bits, different stories in about half.
/// Computed once at indexing and kept in doc values, so grouping copies costs one long per hit.
/// </summary>
public static class SimHash
{
    /// <summary>Texts whose fingerprints differ in at most this many bits are copies of one story.</summary>
    public const int CopyDistance = 6;

    /// <summary>Texts shorter than this many words are not fingerprinted: a short text is a copy of too many others.</summary>
    public const int MinWords = 40;

    /// <summary>The fingerprint, or 0 for a text too short to have one.</summary>
    public static long Of(string text)
    {
        var words = WordHashes(text);
        if (words.Count < MinWords) return 0;
        // Each bit of the fingerprint is the majority vote of that bit over the shingles' hashes; counting the ones alone
        // visits only the set bits of each hash.
        Span<int> ones = stackalloc int[64];
        int shingles = words.Count - 2;
        for (int i = 0; i < shingles; i++)
        {
            ulong hash = Mix(words[i] ^ BitOperations.RotateLeft(words[i + 1], 21) ^ BitOperations.RotateLeft(words[i + 2], 42));
            for (; hash != 0; hash &= hash - 1) ones[BitOperations.TrailingZeroCount(hash)]++;
        }
        ulong fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) if (2 * ones[bit] > shingles) fingerprint |= 1UL << bit;
        return fingerprint == 0 ? 1 : (long)fingerprint;
    }

    /// <summary>The number of bits two fingerprints differ in; <see cref="int.MaxValue"/> when either text had none.</summary>
    public static int Distance(long a, long b) => a == 0 || b == 0 ? int.MaxValue : BitOperations.PopCount((ulong)(a ^ b));

    public static bool AreCopies(long a, long b) => Distance(a, b) <= CopyDistance;

    // Each word's hash (FNV-1a over its lower-cased letters and digits, then mixed), without making the word as a string:
    // this runs over every article's body at indexing.
    private static List<ulong> WordHashes(string text)
    {
        var words = new List<ulong>(text.Length / 6);
        ulong hash = Offset;
        bool inWord = false;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * Prime;
                inWord = true;
            }
            else if (inWord)
            {
                words.Add(Mix(hash));
                (hash, inWord) = (Offset, false);
            }
        }
        if (inWord) words.Add(Mix(hash));
        return words;
    }

    private const ulong Offset = 14695981039346656037UL, Prime = 1099511628211UL;

    // A finalizer that spreads every input bit over all 64 output bits.
    private static ulong Mix(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53UL;
        hash ^= hash >> 33;
        return hash;
    }
}
