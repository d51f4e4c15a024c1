using System.Text;

namespace Search.Core.Ingestion.Text;

/// <summary>
/// Makes decoded text safe to index and show: line ends become <c>\n</c>, and control characters
/// (NUL and the like, which some archives carry, such as Reuters' <c>&amp;#3;</c>) and lone surrogates are
/// dropped. Tabs become spaces. Soft hyphens, which web pages put inside words ("Regierungs&amp;shy;sprecher") and which
/// made the word unsearchable, are dropped, and accents are composed (NFC), as the query's are. The noncharacters U+FFFE, U+FFFF
/// and U+FDD0–U+FDEF, which are no text and which normalising refuses (U+FFFE in a query was a 500), are dropped too. So are
/// the direction embeddings and overrides U+202A–U+202E: an override left open in a title showed the rest of its line reversed
/// on the page, and Unicode has isolates for what they did. Right-to-left text, its marks and isolates are kept.
/// Nothing else is changed.
/// </summary>
public static class TextCleaner
{
    public static string Clean(string text)
    {
        StringBuilder? clean = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            string? replacement = c switch
            {
                '\r' => i + 1 < text.Length && text[i + 1] == '\n' ? "" : "\n",
                '\t' => " ",
                '\n' => null,
                '\uFEFF' or '\u00AD' => "",
                >= '\u202A' and <= '\u202E' => "",
                _ when IsNoncharacter(c) => "",
                _ when char.IsControl(c) => "",
                _ when char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) => null,
                _ when char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]) => null,
                _ when char.IsSurrogate(c) => "",
                _ => null,
            };
            if (replacement == null)
            {
                clean?.Append(c);
                continue;
            }
            clean ??= new StringBuilder(text, 0, i, text.Length);
            clean.Append(replacement);
        }
        string cleaned = clean?.ToString() ?? text;
        // After the lone surrogates are gone: normalising text that holds one throws.
        return cleaned.IsNormalized(NormalizationForm.FormC) ? cleaned : cleaned.Normalize(NormalizationForm.FormC);
    }

    /// <summary>A noncharacter of the Basic Multilingual Plane: U+FFFE, U+FFFF or U+FDD0–U+FDEF.</summary>
    public static bool IsNoncharacter(char c) => c is '\uFFFE' or '\uFFFF' or (>= '\uFDD0' and <= '\uFDEF');
}
