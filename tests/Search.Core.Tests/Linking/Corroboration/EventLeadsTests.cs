using System.Text.Json;
using Microsoft.Extensions.Options;
using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>What the leads of two reports tell of their events: the towns they lead on, and the country a count is of.</summary>
public sealed class EventLeadsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void ReportsDaysApartWhoseLeadsNameOtherTownsAreOfAnotherEventThoughTheStoryRecallsTheFirst()
    {
        // A blind probe: a hostage-taking at Saravena's town hall four days after a bus siege near Pamplona recalled the siege,
        // and so shared its town; the two stories' injured were flagged as figures that disagree.
        static string Report(string id, string source, string date, string lead) => JsonSerializer.Serialize(new
        {
            id, title = "Gunmen hold hostages in Colombia", source, date,
            body = lead + "\n\nSeven people were wounded, the army said.\n\nThe attack came after a bus siege near the town of Pamplona this month.",
        });
        using var finder = Linked("sieges",
            Report("first", "Outlet One", "2026-03-09", "Gunmen seized a bus near the town of Pamplona in northeastern Colombia on Monday, officials said."),
            Report("same-town", "Outlet Two", "2026-03-11", "Gunmen who seized a bus near the town of Pamplona in Colombia on Monday were still at large, officials said."),
            Report("other-town", "Outlet Three", "2026-03-13", "Gunmen stormed the town hall of Saravena in Colombia on Friday and held employees hostage, officials said."));

        var linked = finder.For("first")!.Values.SelectMany(l => l.Corroborations).Select(c => c.Passage.ArticleId).ToHashSet();
        Assert.Equal(["same-town"], linked.Order());
    }

    private LinkedReports Linked(string name, params string[] reports)
    {
        _folder.Write($"articles/{name}.jsonl", string.Join("\n", reports) + "\n");
        var host = TestHost.Index(_folder["articles"], _folder["index"]);
        return new LinkedReports(host, new CorroborationFinder(host, Options.Create(new LinkingOptions()), Seeds.Gazetteer));
    }

    public void Dispose() => _folder.Dispose();
}
