using System.Text.Json.Nodes;
using Search.Cli.Load;

namespace Search.Cli.Tests.Load;

public sealed class ChangeSetWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("search-load-tests-").FullName;

    private static List<JsonObject> Articles(int count) => Enumerable.Range(1, count)
        .Select(i => new JsonObject { ["id"] = i.ToString(), ["title"] = $"T{i}", ["body"] = $"Body {i}.", ["place"] = new JsonArray("usa") }).ToList();

    [Fact]
    public void NewArticlesGetFreshIdsAndChangedOnesKeepTheirFieldsWithAMarkerAdded()
    {
        var writer = new ChangeSetWriter(Articles(50), "t1", seed: 18);
        var changes = writer.Write(Path.Combine(_folder, "r1.jsonl"), round: 0, added: 5, changed: 10);
        var lines = File.ReadAllLines(changes.Path).Select(l => JsonNode.Parse(l)!.AsObject()).ToDictionary(o => (string)o["id"]!);

        Assert.Equal(15, lines.Count);
        Assert.All(changes.Added, a => Assert.StartsWith("load-t1-1-", a.Id));
        Assert.All(changes.Changed, c => Assert.InRange(int.Parse(c.Id), 1, 50));
        Assert.All(changes.All, e => Assert.Contains(e.Marker, (string)lines[e.Id]["body"]!));
        Assert.All(changes.Changed, c => Assert.StartsWith($"Body {c.Id}.", (string)lines[c.Id]["body"]!));
        Assert.All(changes.Changed, c => Assert.Equal("usa", (string)lines[c.Id]["place"]![0]!));
        Assert.Equal(15, changes.All.Select(e => e.Marker).Distinct().Count());
    }

    [Fact]
    public void EachRoundChangesArticlesNoEarlierRoundTouchedAndTooManyRoundsAreRefused()
    {
        var writer = new ChangeSetWriter(Articles(25), "t2", seed: 18);
        var first = writer.Write(Path.Combine(_folder, "r1.jsonl"), 0, 1, 10);
        var second = writer.Write(Path.Combine(_folder, "r2.jsonl"), 1, 1, 10);

        Assert.Empty(first.Changed.Select(c => c.Id).Intersect(second.Changed.Select(c => c.Id)));
        Assert.NotEqual(first.Added[0].Id, second.Added[0].Id);
        Assert.Throws<LoadFailedException>(() => writer.Write(Path.Combine(_folder, "r3.jsonl"), 2, 1, 10));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
