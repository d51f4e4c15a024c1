using System.Text.Json;
using Search.Core.Indexing;

namespace Search.Cli.Tests;

public sealed class IndexCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "search-cli-" + Guid.NewGuid().ToString("N"));

    private static string Seeds => Path.Combine(RepositoryPaths.FindRoot(AppContext.BaseDirectory)!, "seeds");
    private string Index => Path.Combine(_root, "index");

    private string Write(string relative, string text)
    {
        string path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void IndexesAFolderAndSummarizesWhatItDid()
    {
        var first = CliRunner.InProcess("index", Seeds, "--to", Index);
        Assert.Equal(0, first.Code);
        Assert.Contains("added:       5", first.Output);
        var second = CliRunner.InProcess("index", "--from", Seeds, "--to", Index);
        Assert.Contains("unchanged:   5", second.Output);

        var query = CliRunner.InProcess("query", "Tokayev", "--index", Index);
        Assert.Equal(0, query.Code);
        Assert.Contains("5 articles", query.Output);
    }

    [Fact]
    public void ReadsEveryFormatFromMixedFilesAndFolders()
    {
        Write("in/a.txt", "date 2022-01-06 An article in the seed format about protests.");
        Write("in/deep/b.jsonl", "{\"id\":\"b\",\"title\":\"JSON article\",\"body\":\"An article about troops.\"}\n");
        Write("in/page.html", """
            <!doctype html><html lang="en"><head><title>Zanzibar page</title><meta property="og:site_name" content="The Daily Example"></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Zanzibar page</h1><p>Officials in Zanzibar said the harbour would reopen on Monday after the storm.</p>
            <p>Ferries were expected to resume their normal timetable by the end of the week.</p></article>
            <footer>Copyright The Daily Example</footer></body></html>
            """);
        Write("in/news.rss", """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Example Wire</title><link>https://wire.example/</link><description>d</description>
            <item><title>Quokka census</title><link>https://wire.example/quokka</link><guid>https://wire.example/quokka</guid>
            <pubDate>Thu, 06 Jan 2022 10:00:00 GMT</pubDate><description>Rangers counted more quokkas than last year on the island.</description></item>
            </channel></rss>
            """);
        Write("in/updates.atom", """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title><id>urn:example</id><updated>2022-01-07T00:00:00Z</updated>
            <entry><title>Walrus sighting</title><id>urn:example:walrus</id><updated>2022-01-07T09:00:00Z</updated>
            <link rel="alternate" href="https://atom.example/walrus"/><content type="html">&lt;p&gt;A walrus was seen resting on the pier.&lt;/p&gt;</content></entry>
            </feed>
            """);
        string single = Write("other/c.txt", "A file named on its own.");
        var run = CliRunner.InProcess("index", Path.Combine(_root, "in"), single, "--to", Index);
        Assert.True(run.Code == 0, run.Errors);
        Assert.Contains("added:       6", run.Output);
        foreach (string word in new[] { "zanzibar", "quokkas", "walrus", "troops", "protests" })
            Assert.Contains("1 articles", CliRunner.InProcess("query", word, "--index", Index).Output);
        Assert.Contains("0 articles", CliRunner.InProcess("query", "copyright", "--index", Index).Output);
    }

    [Fact]
    public void NamesTheFileAndLineOfABadArticleSkipsItAndExitsWithOne()
    {
        Write("articles/good.txt", "A good article about protests.");
        string bad = Write("articles/bad.txt", "date 2022-99-01 Broken.");
        string lines = Write("articles/lines.jsonl", "{\"id\":\"1\",\"title\":\"t\",\"body\":\"ok\"}\n{\"id\":\"2\",\"title\":\"t\"}\n");
        var run = CliRunner.InProcess("index", Path.Combine(_root, "articles"), "--to", Index);
        Assert.Equal(1, run.Code);
        Assert.Contains($"{bad}:1: the header date '2022-99-01' is not a valid yyyy-MM-dd date", run.Errors);
        Assert.Contains($"{lines}:2: the required field 'body' is missing", run.Errors);
        Assert.Contains("added:       2", run.Output);
        Assert.Contains("failed:      2", run.Output);
    }

    [Fact]
    public void WritesJsonLinesWithJson()
    {
        Write("articles/a.txt", "An article.");
        var run = CliRunner.InProcess("index", Path.Combine(_root, "articles"), "--to", Index, "--json");
        var events = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var summary = events.Last();
        Assert.Equal("summary", summary.GetProperty("event").GetString());
        Assert.Equal(1, summary.GetProperty("added").GetInt32());
        Assert.All(events, e => Assert.True(e.TryGetProperty("event", out _)));
    }

    [Fact]
    public void AppliesIncludeAndExcludeGlobsPruneAndRebuild()
    {
        Write("articles/keep/a.txt", "Article a.");
        Write("articles/drafts/b.txt", "Article b.");
        string folder = Path.Combine(_root, "articles");
        Assert.Contains("added:       1", CliRunner.InProcess("index", folder, "--to", Index, "--exclude", "drafts/**").Output);
        Assert.Contains("added:       1", CliRunner.InProcess("index", folder, "--to", Index, "--include", "drafts/*.txt").Output);
        File.Delete(Path.Combine(folder, "keep/a.txt"));
        Assert.Contains("removed:     1", CliRunner.InProcess("index", folder, "--to", Index, "--prune").Output);
        var rebuilt = CliRunner.InProcess("index", folder, "--to", Index, "--rebuild");
        Assert.Contains("added:       1", rebuilt.Output);
        Assert.Contains("in index:    1 articles", rebuilt.Output);
    }

    [Fact]
    public void ARebuildThatWouldLoseArticlesToAFailureIsNotCommitted()
    {
        Write("in/a.txt", "date 2022-01-05 Strikers in Zhanaozen demanded lower gas prices.");
        Write("in/b.txt", "date 2022-01-06 Protesters in Aktobe gathered outside the regional office.");
        string folder = Path.Combine(_root, "in");
        Assert.Contains("in index:    2 articles", CliRunner.InProcess("index", folder, "--to", Index).Output);

        // A mistyped input: the rebuild read nothing and committed an empty index.
        var typo = CliRunner.InProcess("index", folder + "-typo", "--to", Index, "--rebuild");
        Assert.Equal(1, typo.Code);
        Assert.Contains("the rebuild was not committed: the index keeps its 2 articles", typo.Errors);
        Assert.Contains("in index:    2 articles", typo.Output);

        // A file that fails to read: its article was dropped by the rebuild.
        Write("in/a.txt", "");
        var failed = CliRunner.InProcess("index", folder, "--to", Index, "--rebuild");
        Assert.Contains("1 indexed article comes from files that failed to read", failed.Errors);
        // The summary says so too: it read "Indexed …", and when stopped, "what was read is committed".
        Assert.Contains("(not committed: the index is as it was)", failed.Output);
        Assert.Contains("Zhanaozen", CliRunner.InProcess("query", "Zhanaozen", "--index", Index).Output);

        // Left out of the inputs, it is gone by the rebuild, as asked.
        File.Delete(Path.Combine(folder, "a.txt"));
        var rebuilt = CliRunner.InProcess("index", folder, "--to", Index, "--rebuild");
        Assert.Equal(0, rebuilt.Code);
        Assert.Contains("in index:    1 articles", rebuilt.Output);
    }

    [Fact]
    public void AQueryOfAnIndexWhoseStoredTextsAreDamagedExplainsItAndExits4()
    {
        // It crashed with a .NET stack trace and exit 1.
        Assert.Equal(0, CliRunner.InProcess("index", Seeds, "--to", Index).Code);
        string segment = Directory.GetFiles(Index, "*.cfs").OrderByDescending(f => new FileInfo(f).Length).First();
        var bytes = File.ReadAllBytes(segment);
        for (int i = 200; i < 600; i++) bytes[i] ^= 0xFF;
        File.WriteAllBytes(segment, bytes);

        var query = CliRunner.InProcess("query", "Tokayev", "--index", Index);
        Assert.Equal(4, query.Code);
        Assert.Contains("the index could not be read", query.Errors);
        Assert.DoesNotContain("   at ", query.Errors);
    }

    [Fact]
    public void ExplainsAMissingInputAnUnusableIndexAndAnUnknownOption()
    {
        var missing = CliRunner.InProcess("index", Path.Combine(_root, "nothing"), "--to", Index);
        Assert.Equal(1, missing.Code);
        Assert.Contains($"{Path.Combine(_root, "nothing")}: no such file or folder", missing.Errors);

        var query = CliRunner.InProcess("query", "x", "--index", Path.Combine(_root, "none"));
        Assert.Equal(4, query.Code);
        Assert.Contains("no index here", query.Errors);
        // A file given as the index: "no index here; build one" sent the user to build one over the file.
        Write("notes.txt", "not an index");
        var file = CliRunner.InProcess("query", "x", "--index", Path.Combine(_root, "notes.txt"));
        Assert.Equal(4, file.Code);
        Assert.Contains("a file, not an index folder", file.Errors);
        var into = CliRunner.InProcess("index", Seeds, "--to", Path.Combine(_root, "notes.txt"));
        Assert.Equal((4, "not an index"), (into.Code, File.ReadAllText(Path.Combine(_root, "notes.txt"))));
        Assert.Contains("a file, not a folder", into.Errors);

        var unknown = CliRunner.InProcess("index", "--frob", "1");
        Assert.Equal(2, unknown.Code);
        Assert.Contains("--frob", unknown.Errors);
    }

    [Fact]
    public void TheQueryCommandSaysHowToRecoverAnUnfinishedIndex()
    {
        Write("index/segments_1", "");
        var query = CliRunner.InProcess("query", "x", "--index", Index);
        Assert.Equal(4, query.Code);
        Assert.Contains("cut short", query.Errors);
        Assert.Contains("run 'search index' to recover it", query.Errors);
    }

    [Fact]
    public void EveryCommandHasHelp()
    {
        foreach (string command in new[] { "index", "watch", "query", "convert-reuters" })
        {
            var help = CliRunner.InProcess(command, "--help");
            Assert.Equal(0, help.Code);
            Assert.Contains("Usage:", help.Output);
        }
        Assert.Contains("Exit codes", CliRunner.InProcess("index", "--help").Output);
    }

    [Fact]
    public void ExtractsWithTheUsersGazetteerFilesLikeTheSite()
    {
        string article = Write("in/a.jsonl", "{\"id\":\"a\",\"title\":\"Exports\",\"body\":\"Officials of the AWC said exports rose sharply this year.\"}\n");
        string gazetteer = Write("user.tsv", "org\tAcme Widgets Cooperative\tAWC|Akme Vidzhets\t\tKazakhstan\n");
        Assert.Equal(0, CliRunner.InProcess("index", article, "--to", Index, "--gazetteer", gazetteer).Code);

        // The entity is indexed under all its gazetteer names, so a search for another alias finds the article.
        Assert.Contains("1 article", CliRunner.InProcess("query", "Vidzhets", "--index", Index).Output);
        string other = Path.Combine(_root, "other");
        CliRunner.InProcess("index", article, "--to", other);
        Assert.Contains("0 articles", CliRunner.InProcess("query", "Vidzhets", "--index", other).Output);
    }

    [Fact]
    public void RefusesAMissingGazetteerFileBeforeIndexing()
    {
        var run = CliRunner.InProcess("index", Seeds, "--to", Index, "--gazetteer", Path.Combine(_root, "missing.tsv"));
        Assert.Equal(2, run.Code);
        Assert.Contains("missing.tsv", run.Errors);
        Assert.False(Directory.Exists(Index));
    }

    [Theory]
    [InlineData("--threads", "100000")]
    [InlineData("--threads", "0")]
    [InlineData("--max-file-bytes", "-5")]
    [InlineData("--commit-every", "0")] // read as 1 without a word
    [InlineData("--commit-seconds", "-5")]
    [InlineData("--threads", "abc")] // a validator read the value the parser could not: a stack trace, exit 134
    [InlineData("--threads", "99999999999")]
    [InlineData("--max-article-chars", "x")]
    [InlineData("--max-file-bytes", "abc")]
    [InlineData("--max-article-chars", "100")] // taken as 1,000 without a word
    [InlineData("--max-file-bytes", "10")]     // "0 MB over the limit of 0 MB"
    public void AnOptionOutOfItsBoundsIsABadCommandLine(string option, string value)
    {
        // --threads 100000 ended the process with a segmentation fault and no word; 0 and -1 were taken as 1.
        var (code, _, errors) = CliRunner.InProcess("index", Seeds, "--to", Index, option, value);
        Assert.Equal(2, code);
        Assert.Contains(option, errors);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
