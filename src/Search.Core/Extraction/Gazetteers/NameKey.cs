using System.Globalization;
using System.Text;

namespace Search.Core.Extraction;

/// <summary>
/// The comparison form of a name: diacritics removed, case folded, hyphens and curly apostrophes
/// made plain, dots dropped ("U.S." = "US"), whitespace collapsed. "Kassym-Jomart Tokayev" and
/// "Kassym Jomart Tokayev" share a key.
/// </summary>
internal static class NameKey
{
    public static string Of(string name)
    {
        // Most words of a text are plain ASCII letters: fold their case without the decomposition and builder below.
        if (IsPlainWord(name)) return name.ToLowerInvariant();
        var sb = new StringBuilder(name.Length);
        bool space = false;
        foreach (char c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '.') continue;
            if (char.IsWhiteSpace(c) || c == '-' || c == '‐' || c == '–')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c == '’' ? '\'' : char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>
    /// Writes the key of a plain ASCII word (letters, digits, an apostrophe) into <paramref name="key"/> and returns its
    /// length, or -1 when the word needs <see cref="Of"/>; lets the per-word gazetteer look-up allocate nothing.
    /// </summary>
    public static int OfPlainWord(ReadOnlySpan<char> word, Span<char> key)
    {
        if (word.Length > key.Length || !IsPlainWord(word)) return -1;
        return word.ToLowerInvariant(key);
    }

    private static bool IsPlainWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return false;
        foreach (char c in word)
            if (!char.IsAsciiLetterOrDigit(c) && c != '\'') return false;
        return true;
    }

    /// <summary>Short all-capital names (US, WHO, AP) match only when written in capitals, not "us" or "who".</summary>
    public static bool IsCaseSensitive(string name)
    {
        string letters = new(name.Where(char.IsLetter).ToArray());
        return letters.Length is > 0 and <= 5 && letters.All(char.IsUpper);
    }
}
