using System.Text.Json;
using Microsoft.Extensions.Options;
using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>
/// A paragraph keeps a bounded number of links, and each outlet that reports its fact is among them, however many passages
/// of one outlet restate it more closely.
/// </summary>
public sealed class EveryOutletTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private const string Fact = "Twenty-six passengers were rescued on Friday after the Marlow ferry ran aground off Kessel Point, the coastguard said.";
    private const string Other = "The harbour master closed the northern channel to shipping until divers had inspected the hull.";

    private static string Line(string id, string source, string body) =>
        JsonSerializer.Serialize(new { id, title = "Ferry aground at Kessel Point", body, source, date = "2023-09-15" });

    [Fact]
    public void EachOutletIsLinkedThoughOneOutletRestatesTheFactMoreOftenThanTheBound()
    {
        // The live blog repeats the fact word for word in 30 updates; two outlets each state it once in their own words.
        string blog = string.Join("\n\n", Enumerable.Range(1, 30).Select(i => $"Update {i}: {Fact} Tugs stood by at hour {i}."));
        _folder.Write("articles/reports.jsonl", string.Join("\n",
            Line("first", "Outlet One", Fact + "\n\n" + Other),
            Line("blog", "Live Blog", blog),
            Line("second", "Outlet Two", "The coastguard rescued twenty-six passengers on Friday when the Marlow ferry ran aground off Kessel Point."),
            Line("third", "Outlet Three", "Twenty-six passengers of the Marlow ferry, aground off Kessel Point, were rescued on Friday, according to the coastguard.")) + "\n");
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
