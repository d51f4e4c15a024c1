using System.Text.RegularExpressions;
using Search.Core.Ingestion.Text;

namespace Search.Core.Extraction;

/// <summary>
/// Finds the outlet that published an article from the places outlets sign their work: a by-line
/// (a line that is only an outlet's name near the top), a sign-off (the same at the end, or the last
/// words of the text: "... in late 1988. Reuter", "... in 1988. reuter", "... (AFP)"), a dateline credit
/// ("MOSCOW (Reuters) -", "SAN FRANCISCO/WASHINGTON (Reuters) -", "(Reuters) -", "Washington (CNN)President ..."),
/// a copyright footer (<see cref="CopyrightLine"/>) or a contributor line ("CNN's ... contributed to this report").
/// An outlet that is only quoted or cited is never the source, nor is a photo credit ("Getty Images",
/// "Photo: EFE/EPA/..."); with no such evidence there is none.
/// </summary>
public sealed partial class SourceExtractor(Gazetteer gazetteer)
{
    private const int EdgeParagraphs = 3;

    // Places (none, one, or several joined by '/') and perhaps the day, the outlet in brackets, then a dash or straight
    // into the story: "MOSCOW, Jan. 7, 2022 (AP) —", "(Reuters) -", "Washington (CNN)President ...".
    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}\p{N} ,.'/-]{1,60}?\s*)?\((?<outlet>[^()]{2,40})\)\s*(?:[-–—]+\s*)?(?=[\p{Lu}\p{N}""“‘']|$)")]
    private static partial Regex DatelineCredit();

    [GeneratedRegex(@"(?<outlet>\p{Lu}[\p{L}\p{N}&.-]*(?: \p{Lu}[\p{L}\p{N}&.-]*){0,3})[’']s? .{3,400}? contributed to this (?:report|story|article)")]
    private static partial Regex ContributorLine();

    // The last words of a paragraph after a sentence end, a bracket or a table's last figure, in brackets or not, in any
    // case: "... in 1988. reuter", "... NV <NTNN.AS> REUTER", "SANTA FE ... 22 ... 0 REUTER".
    [GeneratedRegex(@"[.!?""”)>\d]\s+[(\[]?(?<name>\p{L}[\p{L} -]{0,38}?)[)\]]?[.…]*\s*$")]
    private static partial Regex LastWords();

    /// <summary>
    /// The source with its evidence, and the text without its signatures: paragraphs that are only a
    /// by-line or sign-off are dropped, and so is a sign-off closing the last paragraph.
    /// </summary>
    public (Extracted<string>? Source, IReadOnlyList<string> Text) Find(IReadOnlyList<string> paragraphs)
    {
        var text = new List<string>(paragraphs.Count);
        Extracted<string>? source = null, copyright = null;
        for (int i = 0; i < paragraphs.Count; i++)
        {
            // A copyright footer is no story text; its holder is evidence when nothing better signs the text.
            if (i >= paragraphs.Count - EdgeParagraphs - 2 && CopyrightLine.Is(paragraphs[i]))
            {
                if (CopyrightLine.Outlet(paragraphs[i], gazetteer) is { } holder)
                    copyright ??= new Extracted<string>(holder, new Evidence("copyright line", paragraphs[i].Trim()));
                continue;
            }
            // A photo credit names who supplied the picture, not who published the story.
            if (PhotoCaption.IsCaptionOrCredit(paragraphs[i]))
            {
                text.Add(paragraphs[i]);
                continue;
            }
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
        return (DatelineCreditIn(text) ?? copyright ?? ContributorIn(text), text);
    }

    private Extracted<string>? DatelineCreditIn(IReadOnlyList<string> paragraphs)
    {
        // The lead opens the story after a headline, a by-line, a date line or photo captions.
        var leads = paragraphs.Where(p => !PhotoCaption.IsCaptionOrCredit(p)).Take(EdgeParagraphs + 1);
        foreach (string paragraph in leads)
        {
            var m = DatelineCredit().Match(paragraph);
            if (m.Success && gazetteer.FindOutlet(m.Groups["outlet"].Value.Trim()) is { } outlet)
                return new Extracted<string>(outlet.Name, new Evidence("dateline credit", m.Value.Trim()));
        }
        return null;
    }

    private Extracted<string>? ContributorIn(IReadOnlyList<string> paragraphs)
    {
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

    // The last words of the text are nothing but an outlet's name, perhaps in brackets or after a dash; a wire's
    // sign-off is read whatever its case ("... in 1988. reuter"), as on a line of its own.
    private (Extracted<string> Source, int Start)? TrailingSignOff(string lastParagraph)
    {
        var m = LastWords().Match(lastParagraph);
        if (!m.Success) return null;
        string name = m.Groups["name"].Value.Trim(' ', '-', '–', '—', '.');
        int start = m.Index + 1;
        return name.Length is > 1 and <= 40 && gazetteer.FindOutletLine(name) is { } outlet
            ? (new Extracted<string>(outlet.Name, new Evidence("sign-off", lastParagraph[start..].Trim())), start)
            : null;
    }
}
