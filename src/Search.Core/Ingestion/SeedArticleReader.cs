using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Search.Core.Ingestion;

/// <summary>
/// Reads the seed format: a UTF-8 text file whose name (without extension) is the article id, that may
/// begin with an inline header <c>date YYYY-MM-DD</c> on the same line as the text, and whose paragraphs
/// are separated by blank lines or stand one per line. Page chrome lines are dropped.
/// </summary>
public static partial class SeedArticleReader
{
    /// <summary>The file extension of seed articles.</summary>
    public const string Extension = ".txt";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // "date" and a number-like token; "date palms grow..." is text, "date 2022-13-45" a malformed header.
    [GeneratedRegex(@"^\s*date\s+(\d[\d/.-]*)(?=\s|$)\s*")]
    private static partial Regex DateHeader();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDay();

    /// <summary>Reads one article file.</summary>
    /// <exception cref="ArticleFormatException">The file is not valid UTF-8, is empty, or has a malformed header.</exception>
    public static RawArticle ReadFile(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            int line = 1 + bytes.Take(Math.Max(0, e.Index)).Count(b => b == (byte)'\n');
            throw new ArticleFormatException(path, line, "the file is not valid UTF-8 text");
        }
        return Parse(Path.GetFileNameWithoutExtension(path), path, text);
    }

    /// <summary>Parses the text of an article file.</summary>
    public static RawArticle Parse(string id, string sourcePath, string text)
    {
        text = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n');
        string[] lines = text.Split('\n');
        DateOnly? headerDate = null;

        var header = lines.Length > 0 ? DateHeader().Match(lines[0]) : Match.Empty;
        if (header.Success)
        {
            string value = header.Groups[1].Value;
            if (!IsoDay().IsMatch(value) ||
                !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                throw new ArticleFormatException(sourcePath, 1, $"the header date '{value}' is not a valid yyyy-MM-dd date");
            }
            headerDate = day;
            lines[0] = lines[0][header.Length..];
        }

        var paragraphs = SplitParagraphs(lines);
        if (paragraphs.Count == 0)
            throw new ArticleFormatException(sourcePath, 1, "the file holds no article text");

        string hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
        return new RawArticle(id, sourcePath, paragraphs, headerDate) { ContentHash = hash };
    }

    private static List<RawParagraph> SplitParagraphs(string[] lines)
    {
        var paragraphs = new List<RawParagraph>();
        StringBuilder? current = null;
        int currentLine = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            bool ends = line.Length == 0 || PageChromeFilter.IsChrome(line);
            if (ends)
            {
                Flush();
                continue;
            }
            if (current != null && !ContinuesPreviousLine(current, line)) Flush();
            if (current == null)
            {
                current = new StringBuilder(line);
                currentLine = i + 1;
            }
            else
            {
                current.Append(' ').Append(line);
            }
        }
        Flush();

        // A bare number closing the page is a view or comment counter, not text.
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

    // A hard-wrapped paragraph continues on the next line: the line does not end a sentence and the next starts in lower case.
    private static bool ContinuesPreviousLine(StringBuilder previous, string next) =>
        previous.Length > 0 && !".!?:;”\"')]…".Contains(previous[^1]) && char.IsLower(next[0]);
}
