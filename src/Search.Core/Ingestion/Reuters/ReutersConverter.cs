using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Search.Core.Ingestion.Text;

namespace Search.Core.Ingestion.Reuters;

/// <summary>
/// Converts Reuters-21578 (the <c>reut2-*.sgm</c> files) into the JSON Lines the indexer reads: one
/// article per story with a body, its dateline kept at the start of the body as the story began on the
/// wire (<c>NEW YORK, March 3 - …</c>) and its closing "Reuter" sign-off kept. With tags, the story's
/// date, PLACES, PEOPLE and ORGS become the given <c>date</c>, <c>place</c>, <c>person</c> and <c>org</c>, the tags as
/// names (<see cref="ReutersTagNames"/>), and the source is Reuters; without, only id, title and body are written, so extraction can be
/// measured on its own.
/// </summary>
public static partial class ReutersConverter
{
    [GeneratedRegex(@"<REUTERS\b([^>]*)>(.*?)</REUTERS>", RegexOptions.Singleline)]
    private static partial Regex Story();

    [GeneratedRegex(@"NEWID=""(\d+)""")]
    private static partial Regex NewId();

    [GeneratedRegex(@"(\d{1,2})-([A-Za-z]{3})-(\d{4})(?:\s+(\d{2}:\d{2}:\d{2}))?")]
    private static partial Regex StoryDate();

    [GeneratedRegex(@"<D>(.*?)</D>", RegexOptions.Singleline)]
    private static partial Regex Value();

    private static readonly JsonSerializerOptions Json = new()
    {
        // A data file, not HTML: keep accents and '<' readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>What a conversion wrote.</summary>
    public sealed record Result(int Files, int Written, int WithoutBody);

    /// <summary>Converts every <c>reut2-*.sgm</c> of <paramref name="folder"/> into <paramref name="output"/>.</summary>
    /// <exception cref="FileNotFoundException">The folder holds no <c>reut2-*.sgm</c> files.</exception>
    public static Result Convert(string folder, TextWriter output, bool withTags)
    {
        var files = Directory.GetFiles(folder, "reut2-*.sgm").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new FileNotFoundException($"{folder}: no reut2-*.sgm files (the Reuters-21578 distribution)");
        int written = 0, withoutBody = 0;
        foreach (string file in files)
        {
            // ASCII but for one stray byte (0xFC in reut2-017.sgm): Latin-1 reads every byte as itself.
            foreach (var (_, record) in Stories(File.ReadAllText(file, Encoding.Latin1), withTags))
            {
                if (record == null)
                {
                    withoutBody++;
                    continue;
                }
                output.WriteLine(ToJson(record));
                written++;
            }
        }
        return new Result(files.Count, written, withoutBody);
    }

    /// <summary>Each story of one SGML file with the line it starts on, as a JSON Lines record, or null for a story without a body.</summary>
    internal static IEnumerable<(int Line, Dictionary<string, object?>? Record)> Stories(string sgml, bool withTags)
    {
        int line = 1, counted = 0;
        foreach (Match story in Story().Matches(sgml))
        {
            for (; counted < story.Index; counted++)
                if (sgml[counted] == '\n') line++;
            yield return (line, Record(story.Groups[1].Value, story.Groups[2].Value, withTags));
        }
    }

    internal static string ToJson(Dictionary<string, object?> record) => JsonSerializer.Serialize(record, Json);

    private static Dictionary<string, object?>? Record(string attributes, string story, bool withTags)
    {
        string body = Paragraphs(Clean(Tag(story, "BODY")));
        if (body.Length == 0) return null;
        string dateline = Clean(Tag(story, "DATELINE"));
        if (dateline.Length > 0) body = $"{dateline.TrimEnd(' ', '-')} - {body}";

        var record = new Dictionary<string, object?>
        {
            ["id"] = NewId().Match(attributes).Groups[1].Value,
            ["title"] = Clean(Tag(story, "TITLE")),
            ["body"] = body,
        };
        if (!withTags) return record;
        record["date"] = Day(Tag(story, "DATE"));
        record["source"] = "Reuters";
        // Tags are codes ("ico-coffee", "worldbank"); as names they join what extraction finds in the text.
        record["place"] = Values(story, "PLACES").Select(tag => ReutersTagNames.Shipped.Canonical("place", tag)).ToList();
        record["person"] = Values(story, "PEOPLE").Select(tag => ReutersTagNames.Shipped.Canonical("person", tag)).ToList();
        record["org"] = Values(story, "ORGS").Select(tag => ReutersTagNames.Shipped.Canonical("org", tag)).ToList();
        return record;
    }

    private static string Tag(string story, string name)
    {
        int start = story.IndexOf($"<{name}>", StringComparison.Ordinal);
        if (start < 0) return "";
        start += name.Length + 2;
        int end = story.IndexOf($"</{name}>", start, StringComparison.Ordinal);
        return end < 0 ? "" : story[start..end];
    }

    private static List<string> Values(string story, string tag) =>
        Value().Matches(Tag(story, tag)).Select(m => Clean(m.Groups[1].Value)).Where(v => v.Length > 0).ToList();

    // The wire hard-wraps lines at about 65 characters and starts each paragraph with an indent.
    private static string Paragraphs(string body)
    {
        var text = new StringBuilder(body.Length);
        foreach (string line in body.Split('\n'))
        {
            if (line.Trim().Length == 0) continue;
            if (text.Length > 0) text.Append(char.IsWhiteSpace(line[0]) ? "\n\n" : " ");
            text.Append(line.Trim());
        }
        return text.ToString();
    }

    // Entities decoded (&lt; &amp;), then the control characters they stood for (&#3; ends every body) dropped.
    private static string Clean(string text) => TextCleaner.Clean(WebUtility.HtmlDecode(text)).Trim();

    // "26-FEB-1987 15:01:01.79", sometimes with a leading space or trailing junk; null when unreadable. The time of day, to the
    // second, orders a day's stories (about 900 a day); the collection names no zone, so it is written without one (read as UTC).
    private static string? Day(string text)
    {
        var match = StoryDate().Match(text);
        if (!match.Success) return null;
        if (!DateOnly.TryParseExact($"{match.Groups[1].Value.PadLeft(2, '0')}-{match.Groups[2].Value}-{match.Groups[3].Value}", "dd-MMM-yyyy",
            CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return null;
        string written = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return match.Groups[4].Success && TimeOnly.TryParseExact(match.Groups[4].Value, "HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? written + "T" + match.Groups[4].Value : written;
    }
}
