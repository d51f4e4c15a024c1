using System.Net;
using System.Text;
using Search.Core.Analysis;

namespace Search.Core.Highlighting;

/// <summary>
/// Formats a span of text as HTML: everything HTML-encoded, each match wrapped in <c>&lt;mark&gt;</c>
/// (matches that overlap, are separated only by spaces, or belong to one phrase occurrence merged into one), and "…" where a sentence was cut.
/// </summary>
internal static class SnippetFormatter
{
    public const string Ellipsis = "…";

    public static string Format(string text, TextSpan span, IReadOnlyList<TermMatch> matches, bool cutStart = false, bool cutEnd = false)
    {
        var html = new StringBuilder(span.Length + 32);
        if (cutStart) html.Append(Ellipsis);
        int at = span.Start;
        foreach (var (start, end) in Merge(text, matches, span))
        {
            html.Append(WebUtility.HtmlEncode(text[at..start]));
            html.Append("<mark>").Append(WebUtility.HtmlEncode(text[start..end])).Append("</mark>");
            at = end;
        }
        html.Append(WebUtility.HtmlEncode(text[at..span.End]));
        if (cutEnd) html.Append(Ellipsis);
        return html.ToString();
    }

    private static IEnumerable<(int Start, int End)> Merge(string text, IReadOnlyList<TermMatch> matches, TextSpan span)
    {
        int start = -1, end = -1, phrase = -1;
        foreach (var m in matches.Where(m => m.Start >= span.Start && m.End <= span.End).OrderBy(m => m.Start))
        {
            bool samePhrase = m.Phrase >= 0 && m.Phrase == phrase;
            phrase = m.Phrase;
            if (start >= 0 && (m.Start <= end || samePhrase || string.IsNullOrWhiteSpace(text[end..m.Start])))
            {
                end = Math.Max(end, m.End);
                continue;
            }
            if (start >= 0) yield return (start, end);
            (start, end) = (m.Start, m.End);
        }
        if (start >= 0) yield return (start, end);
    }
}
