using System.Text;
using Search.Core.Ingestion.Files;
using Search.Core.Ingestion.JsonLines;

namespace Search.Core.Ingestion.Reuters;

/// <summary>
/// Reads the Reuters-21578 SGML files (<c>reut2-*.sgm</c>) directly, so the whole corpus indexes with one
/// command: each story with a body is one article, exactly as <see cref="ReutersConverter"/> writes it
/// (dateline kept, date, places, people and orgs given, source Reuters), read through the JSON Lines rules.
/// Stories without a body (briefs, unprocessed text) are not articles and are passed over.
/// </summary>
public sealed class ReutersArticleReader : IArticleReader
{
    public string Format => "Reuters-21578 SGML";

    public IReadOnlyList<string> Extensions { get; } = [".sgm"];

    public IEnumerable<ReadOutcome> Read(string path, ReadLimits limits)
    {
        var (bytes, problem) = InputFile.ReadAllBytes(path, limits.MaxFileBytes);
        if (bytes == null) return [ReadOutcome.Fail(path, 0, problem!)];
        // ASCII but for one stray byte in the distribution: Latin-1 reads every byte as itself.
        var stories = ReutersConverter.Stories(Encoding.Latin1.GetString(bytes), withTags: true).ToList();
        // A file of no story (a program named .sgm, another SGML) was read as "0 added, 0 failed" without a word.
        if (stories.Count == 0) return [ReadOutcome.Fail(path, 0, "no Reuters story in the file (expected <REUTERS …> elements, as in reut2-000.sgm)")];
        return stories.Where(story => story.Record != null)
            .Select(story => JsonLinesArticleReader.ParseLine(Encoding.UTF8.GetBytes(ReutersConverter.ToJson(story.Record!)), path, story.Line, limits)!);
    }
}
