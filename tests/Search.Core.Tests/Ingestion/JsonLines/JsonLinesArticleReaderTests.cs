using System.Text;
using Search.Core.Ingestion;
using Search.Core.Ingestion.JsonLines;

namespace Search.Core.Tests.Ingestion.JsonLines;

public sealed class JsonLinesArticleReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly JsonLinesArticleReader _reader = new();

    private List<ReadOutcome> Read(string text, ReadLimits? limits = null) =>
        _reader.Read(_folder.Write("a.jsonl", text), limits ?? ReadLimits.Default).ToList();

    [Fact]
    public void ReadsEveryFieldAsGivenMetadata()
    {
        var outcome = Assert.Single(Read("""
            {"id":"x1","title":"Troops arrive","body":"First paragraph.\n\nSecond paragraph.","date":"2022-01-06","source":"AFP","url":"https://example.com/x1","author":["A. Reporter","B. Writer"],"language":"en","person":"Kassym-Jomart Tokayev","org":["CSTO"],"place":["Almaty","Kazakhstan"]}
            """));
        var article = outcome.Article!;
        Assert.Null(outcome.Problem);
        Assert.Equal("x1", article.Id);
        Assert.Equal(["First paragraph.", "Second paragraph."], article.Paragraphs.Select(p => p.Text));
        var given = article.Given;
        Assert.Equal(("Troops arrive", new DateOnly(2022, 1, 6), "AFP", "https://example.com/x1", "en"), (given.Title, given.Date, given.Source, given.Url, given.Language));
        Assert.Equal(["A. Reporter", "B. Writer"], given.Authors);
        Assert.Equal(["Kassym-Jomart Tokayev"], given.People);
        Assert.Equal(["CSTO"], given.Organizations);
        Assert.Equal(["Almaty", "Kazakhstan"], given.Places);
        Assert.Equal(1, article.Line);
    }

    [Fact]
    public void ReportsEachBadLineWithItsNumberAndReadsTheOthers()
    {
        var outcomes = Read(string.Join('\n',
            """{"id":"1","title":"t","body":"Good one."}""",
            """{"id":"2","title":"t","body":"Broken""",
            """{"id":"3","body":"No title."}""",
            "",
            """{"id":"4","title":"t","body":"Bad date.","date":"January 6"}""",
            """[1,2]""",
            """{"id":"6","title":"t","body":"   "}""",
            """{"id":{"x":1},"title":"t","body":"Object id."}""",
            """{"id":8,"title":"t","body":"Numeric id is fine."}""",
            """{"id":"9","title":null,"body":"A null title."}"""));
        Assert.Equal(["1", "4", "8"], outcomes.Where(o => o.Article != null).Select(o => o.Article!.Id));
        var problems = outcomes.Where(o => o.Problem != null).Select(o => o.Problem!.ToString()).ToList();
        string file = _folder["a.jsonl"];
        Assert.Collection(problems,
            p => Assert.StartsWith($"{file}:2: invalid JSON", p),
            p => Assert.Equal($"{file}:3: the required field 'title' is missing", p),
            p => Assert.Equal($"{file}:5: the field 'date' must be a date like 2022-01-06 (or an ISO 8601 timestamp), not 'January 6'; the article is kept without it", p),
            p => Assert.Equal($"{file}:6: the line is not a JSON object", p),
            p => Assert.Equal($"{file}:7: the required field 'body' is empty", p),
            p => Assert.Equal($"{file}:8: the field 'id' must be a string or a number", p),
            p => Assert.Equal($"{file}:10: the required field 'title' is null; it must be a string (\"\" for none)", p));
    }

    [Fact]
    public void AnOptionalFieldOfTheWrongShapeIsLeftOutWithAWarningAndTheArticleKept()
    {
        // Odd but common in other tools' exports; each cost the whole story.
        var outcomes = Read(string.Join('\n',
            """{"id":"1","title":"t","body":"b.","place":{"name":"Astana","type":"GPE"}}""",
            """{"id":"2","title":"t","body":"b.","date":20240605}""",
            """{"id":"3","title":"t","body":"b.","date":"14.03.2024","source":"Kazinform"}""",
            """{"id":"4","title":"t","body":"b.","author":["Dinara Saliyeva",null],"org":["CSTO",7]}"""));
        Assert.Equal(["1", "2", "3", "4"], outcomes.Select(o => o.Article!.Id));
        Assert.Equal(["Astana"], outcomes[0].Article!.Given.Places);
        Assert.Null(outcomes[0].Problem);
        Assert.Null(outcomes[1].Article!.Given.Date);
        Assert.Equal("the field 'date' must be a string; the article is kept without it", outcomes[1].Problem!.Message);
        Assert.True(outcomes[1].Problem!.IsWarning);
        Assert.Null(outcomes[2].Article!.Given.Date);
        Assert.Equal("Kazinform", outcomes[2].Article!.Given.Source);
        Assert.Contains("not '14.03.2024'; the article is kept without it", outcomes[2].Problem!.Message);
        // A null in a list is passed over without a word; a number is left out with one.
        Assert.Equal(["Dinara Saliyeva"], outcomes[3].Article!.Given.Authors);
        Assert.Equal(["CSTO"], outcomes[3].Article!.Given.Organizations);
        Assert.Equal("the field 'org' must be a string or an array of strings (or of objects with a \"name\"); the article is kept without those values",
            outcomes[3].Problem!.Message);
    }

    [Fact]
    public void TakesTheDayOfATimestampAsWritten()
    {
        var article = Assert.Single(Read("""{"id":"1","title":"t","body":"b.","date":"2022-01-06T23:30:00+06:00"}""")).Article!;
        Assert.Equal(new DateOnly(2022, 1, 6), article.Given.Date);
        // The moment orders the day's articles; a day alone gives none.
        Assert.Equal(new DateTimeOffset(2022, 1, 6, 23, 30, 0, TimeSpan.FromHours(6)), article.Given.Published);
        Assert.Equal(TimeSpan.FromHours(6), article.Given.Published!.Value.Offset);
        Assert.Null(Assert.Single(Read("""{"id":"2","title":"t","body":"b.","date":"2022-01-06"}""")).Article!.Given.Published);
    }

    [Fact]
    public void SkipsAByteOrderMarkAndWindowsLineEnds()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{\"id\":\"1\",\"title\":\"t\",\"body\":\"b.\"}\r\n{\"id\":\"2\",\"title\":\"t\",\"body\":\"c.\"}\r\n")).ToArray();
        var outcomes = _reader.Read(_folder.Write("bom.jsonl", bytes), ReadLimits.Default).ToList();
        Assert.Equal(["1", "2"], outcomes.Select(o => o.Article?.Id));
    }

    [Fact]
    public void RejectsALineOverTheSizeLimitUnreadAndGoesOn()
    {
        string huge = $$"""{"id":"big","title":"t","body":"{{new string('x', 5000)}}"}""";
        var outcomes = Read(huge + "\n" + """{"id":"small","title":"t","body":"fine."}""", new ReadLimits { MaxFileBytes = 2000 });
        Assert.Contains("longer than", outcomes[0].Problem!.Message);
        Assert.Equal(1, outcomes[0].Problem!.Line);
        Assert.Equal("small", outcomes[1].Article!.Id);
    }

    [Fact]
    public void CutsAnOverlongBodyAndWarnsNamingTheLine()
    {
        string body = string.Join("\\n\\n", Enumerable.Repeat("A paragraph of about forty characters ok.", 100));
        var outcome = Assert.Single(Read($$"""{"id":"long","title":"t","body":"{{body}}"}""", new ReadLimits { MaxArticleChars = 1000 }));
        Assert.True(outcome.Article!.Truncated);
        Assert.True(outcome.Article.Paragraphs.Sum(p => p.Text.Length) <= 1002);
        Assert.True(outcome.Problem!.IsWarning);
        Assert.Contains("--max-article-chars", outcome.Problem.Message);
    }

    [Fact]
    public void MakesAnUnsafeIdUsableInAUrlAndKeepsItStable()
    {
        var first = Assert.Single(Read("""{"id":"https://example.com/2022/01/06/story one","title":"t","body":"b."}""")).Article!;
        var again = Assert.Single(Read("""{"id":"https://example.com/2022/01/06/story one","title":"t","body":"b."}""")).Article!;
        Assert.Matches("^[A-Za-z0-9._-]+$", first.Id);
        Assert.EndsWith("story-one-" + first.Id[^12..], first.Id);
        Assert.Equal(first.Id, again.Id);
    }

    [Fact]
    public void DropsNulAndControlCharactersFromTheText()
    {
        var article = Assert.Single(Read("""{"id":"1","title":"t\u0000","body":"Clean\u0000 text\u0007."}""")).Article!;
        Assert.Equal("Clean text.", article.Paragraphs[0].Text);
        Assert.Equal("t", article.Given.Title);
    }

    [Fact]
    public void ChangesTheHashWhenTextOrMetadataChange()
    {
        string Hash(string line) => Assert.Single(Read(line)).Article!.ContentHash;
        string a = Hash("""{"id":"1","title":"t","body":"b."}""");
        Assert.Equal(a, Hash("""{"id":"1","title":"t","body":"b."}"""));
        Assert.NotEqual(a, Hash("""{"id":"1","title":"t","body":"c."}"""));
        Assert.NotEqual(a, Hash("""{"id":"1","title":"t","body":"b.","date":"2022-01-01"}"""));
        Assert.NotEqual(a, Hash("""{"id":"1","title":"u","body":"b."}"""));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ALineNotInUtf8IsReportedAndTheOtherLinesAreRead()
    {
        // A Latin-1 "é" (0xE9) stopped the whole run with a .NET exception: nothing of it was indexed.
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{\"id\":\"a\",\"title\":\"ok\",\"body\":\"First.\"}\n{\"id\":\"x\",\"title\":\"caf"), 0xE9,
            .. Encoding.UTF8.GetBytes("\",\"body\":\"x\"}\n{\"id\":\"b\",\"title\":\"ok\",\"body\":\"Third.\"}\n")];
        var outcomes = _reader.Read(_folder.Write("latin.jsonl", bytes), ReadLimits.Default).ToList();
        Assert.Equal(["a", "b"], outcomes.Where(o => o.Article != null).Select(o => o.Article!.Id));
        var problem = Assert.Single(outcomes, o => o.Problem != null).Problem!;
        Assert.Equal(2, problem.Line);
        Assert.Contains("UTF-8", problem.Message);
    }

    [Fact]
    public void ALoneSurrogateEscapeIsDroppedAsInTheOtherFormats()
    {
        // "\ud800" alone is no character: System.Text.Json refused to read the string, and the run stopped.
        var outcome = Assert.Single(Read("""{"id":"s","title":"lone \ud800 half","body":"Text \udc00 here, and a pair \ud83d\ude00 kept."}"""));
        Assert.Null(outcome.Problem);
        Assert.Equal("lone  half", outcome.Article!.Given.Title);
        Assert.Equal("Text  here, and a pair 😀 kept.", outcome.Article.Paragraphs.Single().Text);
    }

    [Fact]
    public void AUtf16OrBinaryFileIsOneProblemNotOnePerLine()
    {
        string lines = string.Concat(Enumerable.Range(0, 50).Select(i => $"{{\"id\":\"{i}\",\"title\":\"t\",\"body\":\"Body {i}.\"}}\n"));
        byte[] utf16 = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(lines)];
        var wide = Assert.Single(_reader.Read(_folder.Write("wide.jsonl", utf16), ReadLimits.Default));
        Assert.Contains("UTF-16", wide.Problem!.Message);

        byte[] program = [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, .. Encoding.UTF8.GetBytes("\n\n{\n}\n"), 0, 0, 0xE9];
        var binary = Assert.Single(_reader.Read(_folder.Write("program.jsonl", program), ReadLimits.Default));
        Assert.Contains("not text", binary.Problem!.Message);
    }

    [Fact]
    public void AFileOfBlankLinesOnlyIsReportedAsAnEmptyFileIs()
    {
        // It was read as no article without a word.
        var problem = Assert.Single(Read("\n\n  \n")).Problem!;
        Assert.Contains("only blank lines", problem.Message);
        Assert.False(problem.IsWarning);
        // Blank lines between articles are no problem.
        Assert.All(Read("\n{\"id\":\"1\",\"title\":\"t\",\"body\":\"b.\"}\n\n"), o => Assert.Null(o.Problem));
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1066-10-14")]
    [InlineData("9999-12-31")]
    public void ADateFarFromAnyNewsIsKeptWithAWarning(string date)
    {
        // Year 1 was taken without a word and stretched the date chart over twenty centuries.
        var outcome = Assert.Single(Read($$"""{"id":"1","title":"t","body":"b.","date":"{{date}}"}"""));
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), outcome.Article!.Given.Date);
        Assert.True(outcome.Problem!.IsWarning);
        Assert.Contains("far from any news", outcome.Problem.Message);
        Assert.Null(Assert.Single(Read("""{"id":"2","title":"t","body":"b.","date":"1987-03-01"}""")).Problem);
    }

    [Fact]
    public void AKeyWrittenTwiceIsTakenLastWithAWarning()
    {
        // It passed silently.
        var outcome = Assert.Single(Read("""{"id":"1","title":"first","title":"second","body":"b."}"""));
        Assert.Equal("second", outcome.Article!.Given.Title);
        Assert.True(outcome.Problem!.IsWarning);
        Assert.Contains("the key 'title' is written more than once", outcome.Problem.Message);
    }
}
