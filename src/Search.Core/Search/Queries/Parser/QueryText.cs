using System.Text;

namespace Search.Core.Search;

/// <summary>
/// A query's text as the analyzer should see it, whatever produced it: composed accents (macOS pastes "á" as "a" and a
/// combining mark, which matched nothing), no invisible joiners or soft hyphens ("to­kayev" pasted from a web page), and
/// typographic double quotes read as quotes (“security forces killed” pasted from an article is a phrase), and
/// mathematical bold or italic letters read as the letters they are.
/// </summary>
internal static class QueryText
{
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        // A control character parts words ("a\0b" was searched as "ab", a ninth QA pass); then, as an article's text is cleaned:
        // lone surrogates dropped, soft hyphens too, accents composed.
        if (text.Any(char.IsControl)) text = string.Concat(text.Select(c => char.IsControl(c) ? ' ' : c));
        text = FoldMathLetters(Ingestion.Text.TextCleaner.Clean(text));
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

    // The mathematical letters and digits (U+1D400–U+1D7FF, all under the high surrogate D835) that posts use for bold or italic
    // ("𝐨𝐢𝐥") are their letters, as NFKC reads them: the analyzer folds full-width "ＯＩＬ" and the ligature "ﬁ", not these.
    private static string FoldMathLetters(string text)
    {
        if (!text.Contains('\uD835')) return text;
        var folded = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\uD835' && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                folded.Append(text.Substring(i, 2).Normalize(NormalizationForm.FormKC));
                i++;
            }
            else folded.Append(text[i]);
        }
        return folded.ToString();
    }

    private static bool HasOtherSpace(string text)
    {
        foreach (char c in text)
            if (c != ' ' && char.IsWhiteSpace(c)) return true;
        return false;
    }

    // Zero-width space and joiner, word joiner (the cleaner drops soft hyphens and byte-order marks). The zero-width
    // non-joiner stays: Persian writes it.
    private const string Invisible = "\u200B\u200D\u2060";

    // “ ” „ ‟ « » and the CJK double primes: typographic quotes a phrase is pasted with. Single quotes stay: they are apostrophes too.
    private const string DoubleQuotes = "\u201C\u201D\u201E\u201F\u00AB\u00BB\u301D\u301E\u301F";

    private static readonly System.Buffers.SearchValues<char> Replaced = System.Buffers.SearchValues.Create(Invisible + DoubleQuotes);
}
