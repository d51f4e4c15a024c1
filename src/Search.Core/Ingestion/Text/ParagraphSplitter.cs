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

    // Wire copy: lines wrapped at a fixed width, some of them indented, and the lines that break off a sentence mostly full
    // to that width. There a line that starts in upper case continues its paragraph ("Saxon\nOil Development Partners")
    // unless it is indented; read by the rule below, each such line would be a paragraph of its own ("Oil."). Only a line
    // that ends no sentence tells a wrap from a paragraph to a line: short ones ("Dear all,\nThe meeting moved") are a
    // paragraph to a line. The first line is never counted short, as a dateline cut from it leaves it short; full, it is a
    // wrap like any other, so a story of two or three lines is read as wire copy too.
    private static bool IndentsParagraphs(IReadOnlyList<string> lines)
    {
        int width = 0;
        foreach (string line in lines)
        {
            int length = line.TrimEnd().Length;
            if (length > WireWidth) return false;
            width = Math.Max(width, length);
        }
        bool indent = lines.Count > 0 && Indented(lines[0]);
        int full = 0, shortLines = 0;
        for (int i = 1; i < lines.Count; i++)
        {
            if (Indented(lines[i])) indent = true;
            string previous = lines[i - 1].TrimEnd();
            if (lines[i].Trim().Length == 0 || Indented(lines[i]) || previous.Trim().Length == 0 || EndsSentence(previous)) continue;
            if (previous.Length >= width * 0.6) full++;
            else if (i > 1) shortLines++;
        }
        return indent && full >= 1 && full >= 2 * shortLines;
    }

    // An indent of any width: the wire's sign-off (" Reuter") has one space.
    private static bool Indented(string line) => line.Length > 0 && char.IsWhiteSpace(line[0]) && line.Trim().Length > 0;

    // A hard-wrapped paragraph continues on the next line: the line does not end a sentence and the next starts in lower case.
    private static bool ContinuesPreviousLine(StringBuilder previous, string next) =>
        previous.Length > 0 && !EndsSentence(previous[^1]) && char.IsLower(next[0]);

    private static bool EndsSentence(string line) => EndsSentence(line[^1]);

    private static bool EndsSentence(char last) => ".!?:;”\"')]…".Contains(last);
}
