using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Core.Extraction;

/// <summary>What the reporters' lines of an article say: who wrote it, the outlet a by-line names, and which paragraphs are those lines.</summary>
public sealed record AuthorLines(IReadOnlyList<string> Authors, Extracted<string>? Outlet, int? ByLine, IReadOnlyList<int> ContributorLines)
{
    public static readonly AuthorLines None = new([], null, null, []);
}

/// <summary>
/// Reads the reporters of an article from its by-line ("By Rob Picheta and Helen Regan, CNN", "BY JOHN SMITH, Associated
/// Press Writer") and its contributor lines ("CNN's Rob Picheta and Ivan Watson contributed to this report.",
/// "Reporting by John Smith in London; Editing by Jane Doe", "Contributing: Ann Lee"). Reporters are the article's
/// authors, not the story's people, so these lines are kept out of entity recognition. Stateless apart from the shared gazetteer.
/// </summary>
public sealed partial class AuthorExtractor(Gazetteer gazetteer)
{
    private const int EdgeParagraphs = 3;
    private const int MaxLineLength = 300;
    private const int MaxNameWords = 4;
    private const int MaxByLinePart = 7; // "for The New York Times Magazine", "Associated Press Writer"
    private const string ListSeparators = @"\s*(?:,|;|\band\b|&)\s*";

    // "By ..." up to what follows the names: a time or date, "Updated", "Published", a bar or a dash. The names start with a
    // capital: "By contrast, Rudolph Penner, Director of the Congressional Budget Office, said …" is the story, not a by-line.
    [GeneratedRegex(@"^(?i:By)\s+(?<names>\p{Lu}.*?)(?=\s*(?:\||\s[-–—]\s|\b(?i:Updated|Published|Posted)\b|\d|$))")]
    private static partial Regex ByLinePattern();

    // Reporters credited at the end: "<Outlet>'s A, B and C contributed to this report", "A contributed reporting".
    [GeneratedRegex(@"^(?:(?<outlet>\p{Lu}[\p{L}\p{N}&.-]*(?: \p{Lu}[\p{L}\p{N}&.-]*){0,3})[’']s?\s+)?(?<names>.{3,300}?)\s+contributed(?:\s+(?:to\s+this\s+(?:report|story|article)|reporting))")]
    private static partial Regex ContributedPattern();

    // Wire credits: "Reporting by A in London; Additional reporting by B; Writing by C; Editing by D", "Contributing: A, B".
    [GeneratedRegex(@"(?:^|[;(]\s*)(?:(?:Additional\s+)?[Rr]eporting|Writing|Compiled|Contributing)(?:\s+by|:)\s+(?<names>[^;)]+)")]
    private static partial Regex CreditPattern();

    private static readonly SearchValues<string> CreditWords =
        SearchValues.Create(["contributed", "reporting", "writing", "compiled", "contributing"], StringComparison.OrdinalIgnoreCase);

    // Words that describe a reporter's post, never part of a name ("Associated Press Writer", "Staff Writer").
    private static readonly HashSet<string> PostWords = new(
        ["Writer", "Writers", "Correspondent", "Correspondents", "Reporter", "Reporters", "Editor", "Editors", "Staff", "Columnist", "Contributor"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly Regex PostSuffix = new(@"(?:\s*\b(?:" + string.Join('|', PostWords) + @"))+$", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private static readonly HashSet<string> Particles = new(["de", "da", "van", "von", "der", "den", "del", "la", "le", "al", "bin", "du", "dos"], StringComparer.Ordinal);

    public AuthorLines Find(IReadOnlyList<string> paragraphs)
    {
        var authors = new List<string>();
        Extracted<string>? outlet = null;
        int? byLine = null;
        for (int i = 0; i < Math.Min(EdgeParagraphs, paragraphs.Count); i++)
        {
            string line = paragraphs[i].Trim();
            if (line.Length > MaxLineLength || ByLinePattern().Match(line) is not { Success: true } m) continue;
            // A by-line lists names, outlets and posts; a clause of more words than any of them is a sentence of the story.
            if (Regex.Split(m.Groups["names"].Value, ListSeparators).Any(part => part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxByLinePart)) continue;
            var (names, named) = Names(m.Groups["names"].Value);
            if (names.Count == 0 && named == null) continue;
            authors.AddRange(names);
            if (named != null) outlet = new Extracted<string>(named, new Evidence("by-line", line));
            byLine = i;
            break;
        }
        var contributorLines = new List<int>();
        for (int i = Math.Max(byLine + 1 ?? 0, paragraphs.Count - EdgeParagraphs - 2); i < paragraphs.Count; i++)
        {
            string line = paragraphs[i].Trim();
            // A cheap scan first: the patterns below backtrack over the whole line, and almost no line credits anyone.
            if (line.Length > MaxLineLength || line.AsSpan().IndexOfAny(CreditWords) < 0) continue;
            var credited = ContributedPattern().Match(line) is { Success: true } c ? [c.Groups["names"].Value]
                : CreditPattern().Matches(line).Select(x => x.Groups["names"].Value).ToList();
            var names = credited.SelectMany(n => Names(n).Names).ToList();
            if (names.Count == 0) continue;
            authors.AddRange(names.Where(n => !authors.Contains(n)));
            contributorLines.Add(i);
        }
        return authors.Count == 0 && outlet == null ? AuthorLines.None : new AuthorLines(authors, outlet, byLine, contributorLines);
    }

    // The reporters named in a list ("Rob Picheta, Helen Regan and Ivan Watson", "JOHN SMITH, Associated Press Writer")
    // and the outlet it names, if any; a part that is neither a name nor an outlet (a post, "for CNN") is skipped.
    private (List<string> Names, string? Outlet) Names(string list)
    {
        var names = new List<string>();
        string? outlet = null;
        foreach (string raw in Regex.Split(list, ListSeparators))
        {
            string part = Regex.Replace(raw.Trim().TrimEnd('.'), @"^(?:for|of)\s+", "", RegexOptions.IgnoreCase);
            // "John Smith in London": where the reporter was is not part of the name.
            part = Regex.Replace(part, @"\s+(?:in|from|at)\s+\p{Lu}.*$", "");
            // "Associated Press Writer", "Staff Writer": the post is no name; the outlet before it still counts.
            part = PostSuffix.Replace(part, "");
            if (part.Length == 0) continue;
            if (gazetteer.FindOutletLine(part) is { } known)
            {
                outlet ??= known.Name;
                continue;
            }
            if (PersonName(part) is { } name) names.Add(name);
        }
        return (names, outlet);
    }

    // Two to four capitalized words (particles and initials allowed), written in capitals or not; never a post or an organization.
    private string? PersonName(string part)
    {
        string[] words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > MaxNameWords) return null;
        foreach (string word in words)
            if (!(char.IsUpper(word[0]) || Particles.Contains(word)) || PostWords.Contains(word) || !word.All(c => char.IsLetter(c) || c is '.' or '-' or '\'' or '’')) return null;
        if (gazetteer.Find(part) is { Type: not EntityType.Person }) return null;
        bool shouted = part.Any(char.IsLetter) && !part.Any(char.IsLower);
        return shouted ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(part.ToLowerInvariant()) : part;
    }
}
