namespace Search.Core.Linking.Passages;

/// <summary>
/// Anchors derived from a passage's own text, so a link to a paragraph or a sentence survives a paragraph
/// added above it and any re-indexing: <c>p-</c> or <c>s-</c> and 8 hex digits of a 32-bit FNV-1a hash of
/// the text's letters and digits, lower-cased (spacing, punctuation and case changes keep the anchor).
/// </summary>
/// <remarks>The hash is fixed here, never <see cref="string.GetHashCode()"/>, which changes from run to run.</remarks>
public static class PassageAnchor
{
    public const string ParagraphPrefix = "p-";
    public const string SentencePrefix = "s-";

    /// <summary>One anchor per text, in order; a text repeated (or a hash shared) in one article gets <c>-2</c>, <c>-3</c>… on its later copies.</summary>
    public static IReadOnlyList<string> ForAll(IEnumerable<string> texts, string prefix)
    {
        var seen = new Dictionary<uint, int>();
        return texts.Select(text => Numbered(Hash(text), prefix, seen)).ToList();
    }

    /// <summary><see cref="ForAll(IEnumerable{string}, string)"/> over spans of one text, without copying them out of it (snippets do this for every hit).</summary>
    public static IReadOnlyList<string> ForAll(string text, IEnumerable<Analysis.TextSpan> spans, string prefix)
    {
        var seen = new Dictionary<uint, int>();
        return spans.Select(s => Numbered(Hash(text.AsSpan(s.Start, s.End - s.Start)), prefix, seen)).ToList();
    }

    public static string Of(ReadOnlySpan<char> text, string prefix) => Format(Hash(text), prefix);

    /// <summary>The anchor without the <c>-2</c>, <c>-3</c>… of a repeat within its article: the same for every copy of one text.</summary>
    public static string Unrepeated(string anchor) => anchor.Length > HashedLength && anchor[HashedLength] == '-' ? anchor[..HashedLength] : anchor;

    private const int HashedLength = 10; // "p-" and 8 hex digits

    private static string Numbered(uint hash, string prefix, Dictionary<uint, int> seen)
    {
        int copies = seen.TryGetValue(hash, out int n) ? n + 1 : 1;
        seen[hash] = copies;
        string anchor = Format(hash, prefix);
        return copies == 1 ? anchor : $"{anchor}-{copies}";
    }

    private static string Format(uint hash, string prefix) => prefix + hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);

    private static uint Hash(ReadOnlySpan<char> text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            if (!char.IsLetterOrDigit(c)) continue;
            char lower = char.ToLowerInvariant(c);
            hash = (hash ^ (byte)lower) * 16777619;
            hash = (hash ^ (byte)(lower >> 8)) * 16777619;
        }
        return hash;
    }

    /// <summary>True for an anchor this type makes (or the old positional <c>p{n}</c>): safe to put in a URL fragment and an HTML id.</summary>
    public static bool IsWellFormed(string anchor) =>
        anchor.Length is > 2 and <= 16 && anchor.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
