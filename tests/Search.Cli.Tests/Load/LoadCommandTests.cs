using Search.Cli.Load;

namespace Search.Cli.Tests.Load;

public sealed class LoadCommandTests
{
    [Theory]
    [InlineData("http://example.com")]
    [InlineData("http://10.0.0.5:5080")]
    [InlineData("http://localhost.example.com:5080")]
    [InlineData("http://127.0.0.1.nip.io:5080")]
    [InlineData("http://[2001:db8::1]:5080")]
    public void RefusesAUrlThatIsNotLoopbackBeforeSendingAnything(string url)
    {
        var (code, output, errors) = CliRunner.InProcess("load", "--url", url, "--seconds", "1");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("only sends traffic to loopback", errors);
        Assert.Equal("", output);
    }

    [Fact]
    public void RefusesAUrlThatIsNotHttp()
    {
        var (code, _, errors) = CliRunner.InProcess("load", "--url", "file:///etc/passwd");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("not an http:// or https:// URL", errors);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080/")]
    [InlineData("http://127.8.9.10:81/some/path?x=1", "http://127.8.9.10:81/")]
    [InlineData("https://LOCALHOST:5443", "https://localhost:5443/")]
    [InlineData("http://[::1]:5080", "http://[::1]:5080/")]
    public void AcceptsLoopbackAddressesAndKeepsOnlyTheSitesRoot(string url, string root)
    {
        var (parsed, problem) = LoopbackUrl.Parse(url);

        Assert.Null(problem);
        Assert.Equal(root, parsed!.ToString());
    }

    [Fact]
    public void WhileIndexingWithoutTheIndexAndArticlesIsAUsageError()
    {
        var (code, _, errors) = CliRunner.InProcess("load", "--while-indexing");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--while-indexing needs --index", errors);
    }

    [Fact]
    public void AMissingOrEmptyQueryFileIsAUsageErrorNamingTheFile()
    {
        string empty = Path.GetTempFileName();
        try
        {
            File.WriteAllText(empty, "\n  \n");
            var (missingCode, _, missing) = CliRunner.InProcess("load", "--queries", empty + ".absent");
            var (emptyCode, _, blank) = CliRunner.InProcess("load", "--queries", empty);

            Assert.Equal(ExitCodes.Usage, missingCode);
            Assert.Contains(empty + ".absent: no such file", missing);
            Assert.Equal(ExitCodes.Usage, emptyCode);
            Assert.Contains(empty + ": no queries in it", blank);
        }
        finally
        {
            File.Delete(empty);
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1,x")]
    [InlineData("300")]
    public void RefusesConcurrencyLevelsOutsideOneTo256(string levels)
    {
        var (code, _, errors) = CliRunner.InProcess("load", "--concurrency", levels);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--concurrency", errors);
    }
}
