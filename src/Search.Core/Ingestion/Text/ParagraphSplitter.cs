using System.Text;

namespace Search.Core.Ingestion.Text;

/// <summary>
/// Splits plain text into paragraphs: blank lines separate them, and so does a new line unless the
/// previous line runs on (no sentence end, next line in lower case: hard-wrapped text). Wire copy that
/// is hard-wrapped and marks each paragraph with an indent (Reuters, agency feeds in plain text) is split
/// at its indents alone. Page chrome lines are dropped, and so is a bare number closing the text (a view counter).
/// </summary>
public static class ParagraphSplitter
{
    /// <summary>The paragraphs of <paramref name="lines"/>; <paramref name="firstLine"/> is the file line of <c>lines[0]</c>.</summary>
    public static List<RawParagraph> Split(IReadOnlyList<string> lines, int firstLine = 1)
    {
        var paragraphs = new List<RawParagraph>();
        bool indented = IndentsParagraphs(lines);
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
            if (current != null && (indented ? Indented(lines[i]) : !ContinuesPreviousLine(current, line))) Flush();
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

    /// <summary>Lines of wire copy are no longer than this; a text with longer lines has a paragraph to a line.</summary>
    public const int WireWidth = 100;

    // Wire copy: lines wrapped at a fixed width, some of them indented, and some lines running on from the one before. There a
    // line that starts in upper case continues its paragraph ("Saxon\nOil Development Partners") unless it is indented; read
    // by the rule below, each such line would be a paragraph of its own ("Oil.").
    private static bool IndentsParagraphs(IReadOnlyList<string> lines)
    {
        bool indent = false, runOn = false;
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i].TrimEnd();
            if (line.Length > WireWidth) return false;
            if (line.Length == 0) continue;
            if (Indented(line)) indent = true;
            else if (i > 0 && lines[i - 1].Trim().Length > 0) runOn = true;
        }
        return indent && runOn;
    }

    private static bool Indented(string line) => line.Length > 0 && (line[0] == '\t' || line.StartsWith("  ", StringComparison.Ordinal)) && line.Trim().Length > 0;

    // A hard-wrapped paragraph continues on the next line: the line does not end a sentence and the next starts in lower case.
    private static bool ContinuesPreviousLine(StringBuilder previous, string next) =>
        previous.Length > 0 && !".!?:;”\"')]…".Contains(previous[^1]) && char.IsLower(next[0]);
}
