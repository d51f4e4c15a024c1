using System.Text;

namespace Search.Core.Ingestion.Text;

/// <summary>
/// Splits plain text into paragraphs: blank lines separate them, and so does a new line unless the
/// previous line runs on (no sentence end, next line in lower case: hard-wrapped text). Page chrome
/// lines are dropped, and so is a bare number closing the text (a view counter).
/// </summary>
public static class ParagraphSplitter
{
    /// <summary>The paragraphs of <paramref name="lines"/>; <paramref name="firstLine"/> is the file line of <c>lines[0]</c>.</summary>
    public static List<RawParagraph> Split(IReadOnlyList<string> lines, int firstLine = 1)
    {
        var paragraphs = new List<RawParagraph>();
        StringBuilder? current = null;
        int currentLine = 0;
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || PageChromeFilter.IsChrome(line))
            {
                Flush();
                continue;
            }
            if (current != null && !ContinuesPreviousLine(current, line)) Flush();
            if (current == null)
            {
                current = new StringBuilder(line);
                currentLine = firstLine + i;
            }
            else
            {
                current.Append(' ').Append(line);
            }
        }
        Flush();

        while (paragraphs.Count > 1 && PageChromeFilter.IsTrailingCount(paragraphs[^1].Text))
            paragraphs.RemoveAt(paragraphs.Count - 1);
        return paragraphs;

        void Flush()
        {
            if (current == null) return;
            string paragraph = current.ToString().Trim();
            if (paragraph.Length > 0) paragraphs.Add(new RawParagraph(paragraph, currentLine));
            current = null;
        }
    }

    /// <summary>Splits text with any line ends into paragraphs.</summary>
    public static List<RawParagraph> Split(string text, int firstLine = 1) => Split(text.Split('\n'), firstLine);

    // A hard-wrapped paragraph continues on the next line: the line does not end a sentence and the next starts in lower case.
    private static bool ContinuesPreviousLine(StringBuilder previous, string next) =>
        previous.Length > 0 && !".!?:;”\"')]…".Contains(previous[^1]) && char.IsLower(next[0]);
}
