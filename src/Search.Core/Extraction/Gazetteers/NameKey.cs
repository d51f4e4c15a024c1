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

    /// <summary>Short all-capital names (US, WHO, AP) match only when written in capitals, not "us" or "who".</summary>
    public static bool IsCaseSensitive(string name)
    {
        string letters = new(name.Where(char.IsLetter).ToArray());
        return letters.Length is > 0 and <= 5 && letters.All(char.IsUpper);
    }
}
