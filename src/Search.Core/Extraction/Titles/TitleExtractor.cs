using Search.Core.Analysis;

namespace Search.Core.Extraction;

/// <summary>
/// Chooses an article's title: its headline when the first paragraph is one (a short line of several
/// words that is not a sentence), otherwise the lead sentence shortened at a word boundary.
/// </summary>
public static class TitleExtractor
{
    /// <summary>Titles longer than this are shortened at a word boundary.</summary>
    public const int MaxTitleLength = 110;
    private const int MaxHeadlineLength = 200;

    /// <summary>
    /// The article's title, taking it out of <paramref name="text"/> when it is a headline, or a given title's
    /// repeat as the first paragraph (its words would count twice); and whether the title is the text's own lead
    /// sentence, which stays in the text. An article left with no text keeps its title as its one paragraph.
    /// </summary>
    public static (string Title, bool InText) Take(List<string> text, string? givenTitle)
    {
        string title;
        bool inText;
        if (givenTitle is { Length: > 0 })
        {
            title = givenTitle;
            if (text.Count > 1 && string.Equals(text[0].Trim(), givenTitle, StringComparison.OrdinalIgnoreCase)) text.RemoveAt(0);
            inText = false;
        }
        else
        {
            (title, bool isHeadline) = Find(text);
            if (isHeadline) text.RemoveAt(0);
            inText = !isHeadline;
        }
        if (text.Count == 0) text.Add(title);
        return (title, inText);
    }

    /// <summary>The title, and whether it is the first paragraph (a headline, to show as the title rather than as text).</summary>
    public static (string Title, bool IsHeadline) Find(IReadOnlyList<string> paragraphs)
    {
        if (paragraphs.Count == 0) return ("(untitled)", false);
        if (paragraphs.Count > 1 && IsHeadline(paragraphs[0])) return (paragraphs[0].Trim(), true);

        string lead = paragraphs.FirstOrDefault(p => WordCount(p) >= 5) ?? paragraphs[0];
        var sentences = SentenceSplitter.Split(lead);
        string sentence = sentences.Count > 0 ? lead[sentences[0].Start..sentences[0].End] : lead;
        return (Shorten(sentence.TrimEnd('.')), false);
    }

    internal static bool IsHeadline(string paragraph)
    {
        string text = paragraph.Trim();
        if (text.Length > MaxHeadlineLength || WordCount(text) < 3) return false;
        if (".!?…:;,".Contains(text[^1])) return false;
        return SentenceSplitter.Split(text).Count == 1;
    }

    internal static string Shorten(string text)
    {
        if (text.Length <= MaxTitleLength) return text;
        int cut = text.LastIndexOf(' ', MaxTitleLength - 1);
        if (cut < MaxTitleLength / 2) cut = MaxTitleLength - 1;
        return text[..cut].TrimEnd(' ', ',', ';', ':', '-', '–') + "…";
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
