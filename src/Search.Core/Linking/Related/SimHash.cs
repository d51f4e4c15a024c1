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
        var words = Words(text);
        if (words.Count < MinWords) return 0;
        Span<int> votes = stackalloc int[64];
        for (int i = 0; i + 2 < words.Count; i++)
        {
            ulong hash = Hash(words[i], Hash(words[i + 1], Hash(words[i + 2], 14695981039346656037UL)));
            for (int bit = 0; bit < 64; bit++) votes[bit] += ((hash >> bit) & 1) == 1 ? 1 : -1;
        }
        ulong fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) if (votes[bit] > 0) fingerprint |= 1UL << bit;
        return fingerprint == 0 ? 1 : (long)fingerprint;
    }

    /// <summary>The number of bits two fingerprints differ in; <see cref="int.MaxValue"/> when either text had none.</summary>
    public static int Distance(long a, long b) => a == 0 || b == 0 ? int.MaxValue : System.Numerics.BitOperations.PopCount((ulong)(a ^ b));

    public static bool AreCopies(long a, long b) => Distance(a, b) <= CopyDistance;

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        return words;
    }

    // FNV-1a over the word's characters, then mixed, so shingles spread over all 64 bits.
    private static ulong Hash(string word, ulong seed)
    {
        ulong hash = seed;
        foreach (char c in word) hash = (hash ^ c) * 1099511628211UL;
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        return hash;
    }
}
