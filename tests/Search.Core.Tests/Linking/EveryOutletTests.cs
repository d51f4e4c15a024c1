using System.Text.Json;
using Microsoft.Extensions.Options;
using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking;

/// <summary>
/// A paragraph keeps a bounded number of links, and each outlet that reports its fact is among them, however many passages
/// of one outlet restate it more closely.
/// </summary>
public sealed class EveryOutletTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private const string Fact = "Eleven miners were trapped underground on Tuesday after a gas explosion at the Velka colliery, the regional mining authority said.";
    private const string Other = "Rescue teams worked through the night with heavy drilling equipment brought from the neighbouring province.";

    private static string Line(string id, string source, string body) =>
        JsonSerializer.Serialize(new { id, title = "Miners trapped at Velka", body, source, date = "2023-03-07" });

    [Fact]
    public void EachOutletIsLinkedThoughOneOutletRestatesTheFactMoreOftenThanTheBound()
    {
        // The live blog repeats the fact word for word in 30 updates; two outlets each state it once in their own words.
        string blog = string.Join("\n\n", Enumerable.Range(1, 30).Select(i => $"Update {i}: {Fact} Crews were rotated at shift {i}."));
        _folder.Write("articles/reports.jsonl", string.Join("\n",
            Line("first", "Outlet One", Fact + "\n\n" + Other),
            Line("blog", "Live Blog", blog),
            Line("second", "Outlet Two", "A gas explosion at the Velka colliery on Tuesday left eleven miners trapped underground, officials said."),
            Line("third", "Outlet Three", "Eleven miners were trapped after Tuesday's gas explosion at the Velka colliery, according to the mining authority.")) + "\n");
        using var host = TestHost.Index(_folder["articles"], _folder["index"]);
        using var finder = new CorroborationFinder(host, Options.Create(new LinkingOptions()), Seeds.Gazetteer);

        var links = finder.For("first")!.Values.First(l => l.Corroborations.Count > 0).Corroborations;
        Assert.InRange(links.Count, 3, 20);
        Assert.True(links.Count(c => c.Passage.ArticleId == "blog") > 3); // the blog's updates are there, best first
        Assert.Equal(["blog", "second", "third"], links.Select(c => c.Passage.ArticleId).Distinct().Order());
        Assert.Equal(links.OrderByDescending(c => c.Score).Select(c => c.Passage.Anchor), links.Select(c => c.Passage.Anchor));
    }

    public void Dispose() => _folder.Dispose();
}
