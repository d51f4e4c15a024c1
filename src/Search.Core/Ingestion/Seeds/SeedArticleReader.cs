using System.Globalization;
using System.Text.RegularExpressions;
using Search.Core.Ingestion.Files;
using Search.Core.Ingestion.Text;

namespace Search.Core.Ingestion.Seeds;

/// <summary>
/// Reads the seed format: a text file whose name (without extension) is the article id, that may
/// begin with an inline header <c>date YYYY-MM-DD</c> on the same line as the text, and whose paragraphs
/// are separated by blank lines or stand one per line. Page chrome lines are dropped.
/// </summary>
public sealed partial class SeedArticleReader : IArticleReader
{
    /// <summary>The origin named in the evidence of a header date.</summary>
    public const string HeaderOrigin = "seed header";

    public string Format => "seed text";

    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    // "date" and a number-like token; "date palms grow..." is text, "date 2022-13-45" a malformed header.
    [GeneratedRegex(@"^\s*date\s+(\d[\d/.-]*)(?=\s|$)\s*")]
    private static partial Regex DateHeader();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDay();

    public IEnumerable<ReadOutcome> Read(string path, ReadLimits limits)
    {
        var (bytes, problem) = InputFile.ReadAllBytes(path, limits.MaxFileBytes);
        if (bytes == null) return [ReadOutcome.Fail(path, 0, problem!)];
        var (text, line, decodeProblem) = TextDecoder.Decode(bytes);
        if (text == null) return [ReadOutcome.Fail(path, line, decodeProblem!)];
        return [Parse(Path.GetFileNameWithoutExtension(path), path, text, limits)];
    }

    /// <summary>Parses the text of an article file.</summary>
    public static ReadOutcome Parse(string id, string sourcePath, string text, ReadLimits? limits = null)
    {
        limits ??= ReadLimits.Default;
        text = TextCleaner.Clean(text);
        string[] lines = text.Split('\n');
        var given = GivenMetadata.None;

        var header = lines.Length > 0 ? DateHeader().Match(lines[0]) : Match.Empty;
        if (header.Success)
        {
            string value = header.Groups[1].Value;
            if (!IsoDay().IsMatch(value) ||
                !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return ReadOutcome.Fail(sourcePath, 1, $"the header date '{value}' is not a valid yyyy-MM-dd date");
            }
            given = new GivenMetadata { Origin = HeaderOrigin, Date = day };
            lines[0] = lines[0][header.Length..];
        }

        var (paragraphs, truncated) = ArticleLength.Limit(ParagraphSplitter.Split(lines), limits.MaxArticleChars);
        if (paragraphs.Count == 0) return ReadOutcome.Fail(sourcePath, 1, "the file holds no article text");

        var article = new RawArticle(ArticleIds.From(id), sourcePath, 1, paragraphs, given)
        {
            ContentHash = ContentHash.Of(text, given),
            Truncated = truncated,
        };
        return truncated ? ReadOutcome.Warn(article, ArticleLength.Warning(limits.MaxArticleChars)) : ReadOutcome.Of(article);
    }
}
