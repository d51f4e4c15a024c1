using System.Text.Json;

namespace Search.Cli.Tests;

public class EvaluateExtractionCommandTests
{
    [Fact]
    public void PrintsATableOfPrecisionAndRecallPerFieldForTheSeeds()
    {
        var (code, output, _) = CliRunner.InProcess("evaluate-extraction", "--set", "seeds", "--misses", "0");
        Assert.Equal(0, code);
        Assert.Contains("precision", output);
        foreach (string field in new[] { "date", "source", "person", "organization", "place" })
            Assert.Matches($@"(?m)^{field} +\d\.\d{{3}} +\d\.\d{{3}}", output);
    }

    [Fact]
    public void PrintsTheSameScoresAsJson()
    {
        var (code, output, _) = CliRunner.InProcess("evaluate-extraction", "--set", "seeds", "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("seeds", json.RootElement.GetProperty("set").GetString());
        var person = json.RootElement.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("field").GetString() == "person");
        Assert.InRange(person.GetProperty("recall").GetDouble(), 0.95, 1.0);
    }

    [Fact]
    public void TimesPassesOfExtractionAloneWhenAskedForSpeed()
    {
        var (code, output, _) = CliRunner.InProcess("evaluate-extraction", "--set", "seeds", "--misses", "0", "--speed", "2");
        Assert.Equal(0, code);
        Assert.Matches(@"(?m)^pass 2: .* MB/s\), processor .* MB per processor-second\), allocated \d+ MB$", output);
    }

    [Fact]
    public void RefusesAnUnknownSet()
    {
        var (code, _, errors) = CliRunner.InProcess("evaluate-extraction", "--set", "nonsense");
        Assert.Equal(2, code);
        Assert.Contains("nonsense", errors);
    }
}
