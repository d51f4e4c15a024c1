using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Search.Core.Indexing;
using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>An article's links are worked out once per index snapshot, and afresh when a commit adds reports.</summary>
public sealed class LinkCacheTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private void Add(string seed) => _folder.Write("articles/" + seed + ".txt", File.ReadAllBytes(Seeds.PathOf(seed)));

    [Fact]
    public void LinksAreKeptForOneSnapshotAndFollowANewCommit()
    {
        Add(Seeds.Cnn);
        Add(Seeds.Afp);
        var indexer = new ArticleIndexer(Seeds.Gazetteer, NullLogger<ArticleIndexer>.Instance);
        indexer.IndexFolder(_folder["articles"], _folder["index"]);
        using var host = TestHost.Open(_folder["index"]);
        using var finder = new CorroborationFinder(host, Options.Create(new LinkingOptions()), Seeds.Gazetteer);

        var first = finder.For(Seeds.Cnn)!;
        Assert.Same(first, finder.For(Seeds.Cnn));
        Assert.DoesNotContain(first.Values.SelectMany(l => l.Corroborations), c => c.Passage.ArticleId == Seeds.Dpa);

        Add(Seeds.Dpa);
        indexer.IndexFolder(_folder["articles"], _folder["index"]);
        host.Refresh();
        var after = finder.For(Seeds.Cnn)!;
        Assert.NotSame(first, after);
        Assert.Contains(after.Values.SelectMany(l => l.Corroborations), c => c.Passage.ArticleId == Seeds.Dpa);
    }

    public void Dispose() => _folder.Dispose();
}
