using System.Text.Json;
using Microsoft.Extensions.Options;
using Search.Core.Linking.Corroboration;
using Search.Core.Linking.Related;

namespace Search.Core.Tests.Linking.Related;

/// <summary>Related coverage lists only articles alike enough, not the five best of whatever the archive holds.</summary>
public sealed class RelatedFloorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void AStoryOnAnotherSubjectListsNoneOfTheSeedsAndNoneListsIt()
    {
        // A blind probe found a central bank's rate story listing a ferry sinking and a strike as related coverage.
        foreach (string file in Directory.GetFiles(Seeds.Folder)) _folder.Write("articles/" + Path.GetFileName(file), File.ReadAllBytes(file));
        const string body = "The central bank of Chile kept its benchmark rate unchanged on Tuesday, saying prices were rising more slowly.\n\n"
            + "The bank said the government's budget would keep prices in check, and that the rate could fall next year.\n\n"
            + "Analysts had expected the bank to hold the rate, as the peso weakened against the dollar.";
        _folder.Write("articles/rates.jsonl", JsonSerializer.Serialize(new { id = "rates", title = "Chile holds rates", body, source = "Outlet One", date = "2022-01-06" }) + "\n");
        using var host = TestHost.Index(_folder["articles"], _folder["index"]);
        using var linking = new CorroborationFinder(host, Options.Create(new LinkingOptions()), Seeds.Gazetteer);
        using var related = new RelatedArticles(host, Options.Create(new LinkingOptions()), Seeds.Gazetteer);

        Assert.Empty(related.For("rates", linking.For("rates"))!.Similar);
        foreach (string seed in new[] { Seeds.Cnn, Seeds.Dpa })
        {
            var similar = related.For(seed, linking.For(seed))!.Similar;
            Assert.Equal(4, similar.Count); // the other seed reports of the unrest
            Assert.DoesNotContain(similar, s => s.Id == "rates");
        }
    }

    public void Dispose() => _folder.Dispose();
}
