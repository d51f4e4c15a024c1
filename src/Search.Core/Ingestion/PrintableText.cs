using System.Globalization;
using System.Text;

namespace Search.Core.Ingestion;

/// <summary>
/// Text from a file or its name made safe for a one-line terminal message: a control character, a line or paragraph
/// separator or a direction override is written as an escape (a newline in a file name would split its <c>path:line</c>
/// message, and bytes of a binary file would reach the terminal as they are), and a long value is cut.
/// </summary>
public static class PrintableText
{
    public static string Of(string text, int maxChars = int.MaxValue)
    {
        if (!NeedsEscape(text) && text.Length <= maxChars) return text;
        var shown = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (shown.Length >= maxChars) { shown.Append('…'); break; }
            switch (rune.Value)
            {
                case '\n': shown.Append("\\n"); break;
                case '\r': shown.Append("\\r"); break;
                case '\t': shown.Append("\\t"); break;
                case var c when Hidden(c): shown.Append("\\u").Append(c.ToString("X4", CultureInfo.InvariantCulture)); break;
                default: shown.Append(rune.ToString()); break;
            }
        }
        return shown.ToString();
    }

    private static bool NeedsEscape(string text)
    {
        foreach (char c in text)
            if (c is '\n' or '\r' or '\t' || Hidden(c) || char.IsSurrogate(c)) return true;
        return false;
    }

    // C0 and C1 controls, DEL, the Unicode line and paragraph separators, the bidirectional marks and overrides, and the
    // replacement character a lone surrogate or an invalid byte reads as.
    private static bool Hidden(int c) =>
        c < 0x20 || c is >= 0x7F and < 0xA0 || c is 0x2028 or 0x2029 || c is >= 0x202A and <= 0x202E || c is >= 0x2066 and <= 0x2069
        || c is 0x200E or 0x200F or 0xFFFD;
}
