using System.Text.RegularExpressions;

namespace Search.Core.Extraction;

/// <summary>
/// Finds the outlet that published an article from the places outlets sign their work: a by-line
/// (a line that is only an outlet's name near the top), a sign-off (the same at the end, or the last
/// words of the text: "... in late 1988. Reuter", "... (AFP)"), a dateline credit ("MOSCOW (Reuters) -")
/// or a contributor line ("CNN's ... contributed to this report").
/// An outlet that is only quoted or cited is never the source, and with no such evidence there is none.
/// </summary>
public sealed partial class SourceExtractor(Gazetteer gazetteer)
{
    private const int EdgeParagraphs = 3;

    [GeneratedRegex(@"^[\p{Lu}][\p{Lu}\p{L} ,.'-]{1,40}\((?<outlet>[^)]{2,40})\)\s*[-–—]")]
    private static partial Regex DatelineCredit();

    [GeneratedRegex(@"(?<outlet>\p{Lu}[\p{L}\p{N}&.-]*(?: \p{Lu}[\p{L}\p{N}&.-]*){0,3})[’']s? .{3,400}? contributed to this (?:report|story|article)")]
    private static partial Regex ContributorLine();

    /// <summary>
    /// The source with its evidence, and the text without its signatures: paragraphs that are only a
    /// by-line or sign-off are dropped, and so is a sign-off closing the last paragraph.
    /// </summary>
    public (Extracted<string>? Source, IReadOnlyList<string> Text) Find(IReadOnlyList<string> paragraphs)
    {
        var text = new List<string>(paragraphs.Count);
        Extracted<string>? source = null;
        for (int i = 0; i < paragraphs.Count; i++)
        {
            bool atEdge = i < EdgeParagraphs || i >= paragraphs.Count - EdgeParagraphs;
            if (atEdge && paragraphs[i].Length <= 60 && gazetteer.FindOutletLine(paragraphs[i]) is { } outlet)
            {
                string rule = i < EdgeParagraphs && i < paragraphs.Count - 1 ? "by-line" : "sign-off";
                source ??= new Extracted<string>(outlet.Name, new Evidence(rule, paragraphs[i].Trim()));
                continue;
            }
            text.Add(paragraphs[i]);
        }
        if (source != null || text.Count == 0) return (source, text);

        if (TrailingSignOff(text[^1]) is { } trailing)
        {
            text[^1] = text[^1][..trailing.Start].TrimEnd();
            return (trailing.Source, text);
        }
        return (CreditOrContributor(text), text);
    }

    private Extracted<string>? CreditOrContributor(IReadOnlyList<string> paragraphs)
    {
        for (int i = 0; i < Math.Min(EdgeParagraphs, paragraphs.Count); i++)
        {
            var m = DatelineCredit().Match(paragraphs[i]);
            if (m.Success && gazetteer.FindOutlet(m.Groups["outlet"].Value.Trim()) is { } outlet)
                return new Extracted<string>(outlet.Name, new Evidence("dateline credit", m.Value));
        }
        for (int i = paragraphs.Count - 1; i >= Math.Max(0, paragraphs.Count - EdgeParagraphs - 2); i--)
        {
            var m = ContributorLine().Match(paragraphs[i]);
            if (!m.Success) continue;
            string named = m.Groups["outlet"].Value.Trim();
            string name = gazetteer.FindOutlet(named)?.Name ?? named;
            return new Extracted<string>(name, new Evidence("contributor line", m.Value));
        }
        return null;
    }

    // The last sentence of the text is nothing but an outlet's name, perhaps in brackets or after a dash.
    private (Extracted<string> Source, int Start)? TrailingSignOff(string lastParagraph)
    {
        var sentences = Analysis.SentenceSplitter.Split(lastParagraph);
        if (sentences.Count < 2) return null;
        string last = lastParagraph[sentences[^1].Start..sentences[^1].End];
        string name = last.Trim(' ', '(', ')', '[', ']', '-', '–', '—', '.');
        return name.Length is > 1 and <= 40 && gazetteer.FindOutlet(name) is { } outlet
            ? (new Extracted<string>(outlet.Name, new Evidence("sign-off", last)), sentences[^1].Start)
            : null;
    }
}
