using System.Globalization;
using System.Text;

namespace Search.Core.Extraction;

/// <summary>
/// The comparison form of a name: diacritics removed (and the letters no decomposition takes apart, "ı", "ł", "ø", written
/// plain), case folded, hyphens and curly apostrophes
/// made plain, dots dropped ("U.S." = "US"), whitespace collapsed, and British "-isation" spelled "-ization".
/// "Kassym-Jomart Tokayev" and "Kassym Jomart Tokayev" share a key, and so do "International Coffee Organisation" and
/// "International Coffee Organization", which Reuters writes both ways.
/// </summary>
internal static class NameKey
{
    public static string Of(string name)
    {
        // Most words of a text are plain ASCII letters: fold their case without the decomposition and builder below.
        if (IsPlainWord(name)) return Spelled(name.ToLowerInvariant());
        // Most names are ASCII ("Bernardo Arevalo"): keyed without the decomposition and builder below, as facet state
        // keys every entity value of the index each time a reader opens (Facets.ValueSpellings).
        if (name.Length <= 256)
        {
            Span<char> ascii = stackalloc char[name.Length];
            if (Write(name, ascii) is >= 0 and var length) return new string(ascii[..length]);
        }
        var sb = new StringBuilder(name.Length);
        bool space = false;
        // Normalising refuses a noncharacter (a filter value "CNN\uFFFE" was a 500): no name holds one.
        if (name.Any(Ingestion.Text.TextCleaner.IsNoncharacter)) name = new string(name.Where(c => !Ingestion.Text.TextCleaner.IsNoncharacter(c)).ToArray());
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
            if (Unaccented(c) is { } plain) sb.Append(plain);
            else sb.Append(c == '’' ? '\'' : char.ToLowerInvariant(c));
        }
        return Spelled(sb.ToString());
    }

    // Letters that no decomposition takes apart, written plain as English reports write them: "Bartın" is "Bartin", "Łódź"
    // is "Lodz", "Tromsø" is "Tromso".
    private static string? Unaccented(char c) => c switch
    {
        'ı' => "i", 'ł' or 'Ł' => "l", 'ø' or 'Ø' => "o", 'đ' or 'Đ' => "d", 'ß' => "ss",
        _ => null,
    };

    private const string British = "isation";

    private static string Spelled(string key) => key.Contains(British, StringComparison.Ordinal) ? key.Replace(British, "ization", StringComparison.Ordinal) : key;

    // The same in place: the two spellings are of one length.
    private static void Spelled(Span<char> key)
    {
        for (int i = key.IndexOf(British); i >= 0; i = key.IndexOf(British))
        {
            key[i + 1] = 'z';
            key = key[(i + British.Length)..];
        }
    }

    /// <summary>
    /// Writes the key of <paramref name="name"/> into <paramref name="key"/> and returns its length, or -1 when the name
    /// holds a letter beyond ASCII (whose diacritics need <see cref="Of"/>) or does not fit. Same key as <see cref="Of"/>;
    /// lets the per-word gazetteer look-ups allocate nothing.
    /// </summary>
    public static int Write(ReadOnlySpan<char> name, Span<char> key)
    {
        int length = 0;
        bool space = false;
        foreach (char c in name)
        {
            if (c == '.') continue;
            if (char.IsWhiteSpace(c) || c is '-' or '‐' or '–')
            {
                space = length > 0;
                continue;
            }
            if (!char.IsAscii(c) && c != '’') return -1;
            if (length + (space ? 2 : 1) > key.Length) return -1;
            if (space) key[length++] = ' ';
            space = false;
            key[length++] = c == '’' ? '\'' : char.ToLowerInvariant(c);
        }
        Spelled(key[..length]);
        return length;
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
