using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Search.Core.Ingestion.Files;
using Search.Core.Ingestion.Text;

namespace Search.Core.Ingestion.JsonLines;

/// <summary>
/// Reads JSON Lines: one JSON object a line, one article an object. <c>id</c>, <c>title</c> and
/// <c>body</c> are required; <c>date</c>, <c>source</c>, <c>url</c>, <c>author</c>, <c>language</c>,
/// <c>person</c>, <c>org</c> and <c>place</c> are optional and, when present, win over extraction.
/// A bad line is reported with its number and skipped; the other lines are still read. Streamed, so
/// a file of any size costs memory for one line at a time.
/// </summary>
public sealed class JsonLinesArticleReader : IArticleReader
{
    /// <summary>The origin named in the evidence of given values.</summary>
    public const string Origin = "JSON Lines";

    public string Format => "JSON Lines";

    public IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson"];

    public IEnumerable<ReadOutcome> Read(string path, ReadLimits limits)
    {
        string? problem = InputFile.Check(path, maxBytes: null);
        if (problem != null)
        {
            yield return ReadOutcome.Fail(path, 0, problem);
            yield break;
        }
        FileStream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stream = null!;
            problem = InputFile.Describe(e);
        }
        if (problem != null)
        {
            yield return ReadOutcome.Fail(path, 0, problem);
            yield break;
        }
        using (stream)
        {
            if (NotUtf8Text(stream) is { } notText)
            {
                yield return ReadOutcome.Fail(path, 0, notText);
                yield break;
            }
            var lines = new BoundedLineReader(stream, limits.MaxFileBytes);
            int number = 0, read = 0;
            while (true)
            {
                ReadOutcome? outcome;
                bool stop = false;
                try
                {
                    if (!lines.Next(out byte[]? line, out bool tooLong))
                    {
                        // Only blank lines read as no article without a word, where an empty file is reported.
                        outcome = read == 0 ? ReadOutcome.Fail(path, 0, "the file holds only blank lines, so no article") : null;
                        stop = true;
                    }
                    else
                    {
                        number++;
                        outcome = tooLong
                            ? ReadOutcome.Fail(path, number, $"the line is longer than {InputFile.Megabytes(limits.MaxFileBytes)} (--max-file-bytes, or the site's Search:Ingestion:MaxFileBytes); skipped")
                            : ParseLine(line!, path, number, limits);
                    }
                }
                catch (IOException e)
                {
                    outcome = ReadOutcome.Fail(path, number, $"reading stopped: {e.Message}");
                    stop = true;
                }
                if (outcome != null)
                {
                    read++;
                    yield return outcome with { Position = lines.Consumed };
                }
                if (stop) yield break;
            }
        }
    }

    /// <summary>
    /// Why the file is no UTF-8 text, from its first 4 KB, or null: JSON Lines is UTF-8 by definition, and a UTF-16 file or a
    /// binary one misnamed .jsonl gave an error on every line (494 for a program file), echoing its bytes to the terminal.
    /// </summary>
    private static string? NotUtf8Text(FileStream stream)
    {
        Span<byte> head = stackalloc byte[4096];
        int read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        head = head[..read];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || head.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
            return "the file is UTF-16 or UTF-32 (by its byte-order mark); JSON Lines must be UTF-8: save it as UTF-8";
        return head.Contains((byte)0) ? "the file is not text (it holds NUL bytes); JSON Lines is UTF-8 text, one JSON object a line" : null;
    }

    /// <summary>One line's article or problem; null for a blank line.</summary>
    internal static ReadOutcome? ParseLine(ReadOnlySpan<byte> line, string path, int number, ReadLimits limits)
    {
        if (number == 1 && line.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) line = line[3..];
        if (line.Trim((ReadOnlySpan<byte>)" \t"u8).IsEmpty) return null;
        if (!System.Text.Unicode.Utf8.IsValid(line))
            return ReadOutcome.Fail(path, number, "the line is not valid UTF-8 (a Latin-1 or Windows-1252 file?); save the file as UTF-8");
        try
        {
            return Parse(line.ToArray(), path, number, limits);
        }
        catch (InvalidOperationException)
        {
            // A string holds half of a surrogate pair ("\ud800"), which no .NET string can take: dropped, as in the other formats.
            return Parse(Encoding.UTF8.GetBytes(LoneSurrogates.Replace(Encoding.UTF8.GetString(line), "")), path, number, limits);
        }
    }

    private static ReadOutcome Parse(byte[] line, string path, int number, ReadLimits limits)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            return ReadOutcome.Fail(path, number, $"invalid JSON: {FirstSentence(e.Message)}");
        }
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object)
                return ReadOutcome.Fail(path, number, "the line is not a JSON object");
            try
            {
                return Article(json.RootElement, path, number, limits);
            }
            catch (FieldException e)
            {
                return ReadOutcome.Fail(path, number, e.Message);
            }
        }
    }

    // A high surrogate escape not followed by a low one, or a low one not after a high one.
    private static readonly Regex LoneSurrogates = new(
        @"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}",
        RegexOptions.CultureInvariant);

    private static ReadOutcome Article(JsonElement root, string path, int number, ReadLimits limits)
    {
        var fields = new JsonFields(root, []);
        string id = fields.RequiredText("id", allowNumber: true);
        string title = fields.RequiredText("title", allowEmpty: true);
        string body = TextCleaner.Clean(fields.RequiredText("body"));
        var date = fields.Date("date");
        var given = new GivenMetadata
        {
            Origin = Origin,
            Title = title.Length > 0 ? TextCleaner.Clean(title).Trim() : null,
            Date = date?.Day,
            Published = PublishedMoment.Of(date?.Text),
            Source = fields.OptionalText("source"),
            Url = fields.OptionalText("url"),
            Authors = fields.TextList("author"),
            Language = fields.OptionalText("language"),
            People = fields.TextList("person"),
            Organizations = fields.TextList("org"),
            Places = fields.TextList("place"),
        };
        var (paragraphs, truncated) = ArticleLength.Limit(ParagraphSplitter.Split(body, firstLine: number), limits.MaxArticleChars);
        if (paragraphs.Count == 0) throw new FieldException("the field 'body' holds no text");
        var article = new RawArticle(ArticleIds.From(id), path, number, paragraphs.Select(p => p with { Line = number }).ToList(), given)
        {
            ContentHash = ContentHash.Of(body, given),
            Truncated = truncated,
        };
        return ReadOutcome.WarnOf(article,
            [truncated ? ArticleLength.Warning(limits.MaxArticleChars) : null, LineWarnings.ImplausibleDate(given.Date), LineWarnings.RepeatedKey(root),
             .. fields.Dropped]);
    }

    // System.Text.Json's messages end with a path and position the line number already gives.
    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }
}
