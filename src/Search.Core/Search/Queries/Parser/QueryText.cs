using System.Text;

namespace Search.Core.Search;

/// <summary>
/// A query's text as the analyzer should see it, whatever produced it: composed accents (macOS pastes "á" as "a" and a
/// combining mark, which matched nothing), no invisible joiners or soft hyphens ("to­kayev" pasted from a web page), and
/// typographic double quotes read as quotes (“security forces killed” pasted from an article is a phrase).
/// </summary>
internal static class QueryText
{
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        // A lone surrogate is no character (normalising text that holds one throws): it is dropped, as articles drop it.
        if (HasLoneSurrogate(text)) text = new string(text.Where((c, i) => !IsLone(text, i)).ToArray());
        if (!text.IsNormalized(NormalizationForm.FormC)) text = text.Normalize(NormalizationForm.FormC);
        if (text.AsSpan().IndexOfAny(Replaced) < 0 && !HasOtherSpace(text)) return text;
        var result = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (Invisible.Contains(c)) continue;
            // A no-break, thin or em space between words is a space: the parser split words at plain spaces only.
            result.Append(DoubleQuotes.Contains(c) ? '"' : c != ' ' && char.IsWhiteSpace(c) ? ' ' : c);
        }
        return result.ToString();
    }

    private static bool HasOtherSpace(string text)
    {
        foreach (char c in text)
            if (c != ' ' && char.IsWhiteSpace(c)) return true;
        return false;
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
            if (IsLone(text, i)) return true;
        return false;
    }

    private static bool IsLone(string text, int i) =>
        char.IsHighSurrogate(text[i]) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
        : char.IsLowSurrogate(text[i]) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));

    // Soft hyphen, zero-width space and joiner, word joiner, byte-order mark. The zero-width non-joiner stays: Persian writes it.
    private const string Invisible = "\u00AD\u200B\u200D\u2060\uFEFF";

    // “ ” „ ‟ « » and the CJK double primes: typographic quotes a phrase is pasted with. Single quotes stay: they are apostrophes too.
    private const string DoubleQuotes = "\u201C\u201D\u201E\u201F\u00AB\u00BB\u301D\u301E\u301F";

    private static readonly System.Buffers.SearchValues<char> Replaced = System.Buffers.SearchValues.Create(Invisible + DoubleQuotes);
}
