using System.Text.RegularExpressions;

namespace Search.Core.Extraction;

/// <summary>
/// The outlet's credit in a story's dateline: "VARANASI, India, Feb 15 (Reuters) - ", "LIMA, Peru (AP) — ", "Athens (AFP) - ".
/// It says who filed the story, not who is in it.
/// </summary>
internal static partial class DatelineCredit
{
    // A bracketed credit and a dash after a place and a date, words that open on a capital or a digit ("Rio de Janeiro" aside):
    // a bracket after a sentence's words ("reported by a news agency (Reuters) -") is the sentence's.
    // Each word whole (atomic) and followed by a space or a comma or slash, so a line in capitals is not split every way. A
    // country may follow the town in brackets ("Santaluz (Brazil) (AFP) -").
    [GeneratedRegex(@"^(?:(?>[\p{Lu}\d][\p{L}\d.'’-]*|de|del|da|do|dos|la|el|al|von|van)(?:[,/]\s*|\s+)){1,8}(?:\([\p{Lu}][^()\n]{1,30}\)\s+)?\((?<credit>[^()\n]{2,40})\)\s*[-–—]\s")]
    private static partial Regex Credit();

    /// <summary>Where the credit's closing bracket is, or 0 when the paragraph opens on no credited dateline.</summary>
    public static int End(string paragraph) => Credit().Match(paragraph) is { Success: true } m ? m.Groups["credit"].Index + m.Groups["credit"].Length : 0;
}
