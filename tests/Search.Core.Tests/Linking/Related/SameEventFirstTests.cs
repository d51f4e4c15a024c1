using Microsoft.Extensions.Options;
using Search.Core.Linking.Corroboration;
using Search.Core.Linking.Related;

namespace Search.Core.Tests.Linking.Related;

/// <summary>
/// Related coverage lists the other reports of the article's event before stories like it: MoreLikeThis ranked a bus crash in
/// Cusco five months earlier above the Associated Press's report of the same crash in Caylloma.
/// </summary>
public sealed class SameEventFirstTests : IDisposable
{
    private static readonly string Unseen = Seeds.Unseen;
    private readonly TempFolder _folder = new();

    [Fact]
    public void OtherReportsOfTheEventComeFirstAndStoriesLikeItAfter()
    {
        // Two blind sets in one archive: three bus crashes in Peru (March in Caylloma, August in Cusco, October in Puno),
        // a minibus in Cajamarca the day after the first, and a bus in Bolivia three days after.
        foreach (string set in new[] { "crash-wildfires", "retail-crash" })
            _folder.Write($"articles/{set}.jsonl", File.ReadAllBytes(Path.Combine(Unseen, set, "articles", "articles.jsonl")));
        using var host = TestHost.Index(_folder["articles"], _folder["index"]);
        using var linking = new CorroborationFinder(host, Options.Create(new LinkingOptions()), Seeds.Gazetteer);
        using var related = new RelatedArticles(host, Options.Create(new LinkingOptions()), Seeds.Gazetteer);

        var listed = related.For("bus-reuters", linking.For("bus-reuters"))!.Similar;
        string[] sameCrash = ["bus-ap", "bus-afp", "bus-andina"];
        string[] otherCrashes = ["crash-reuters", "crash-ap", "crash-afp", "crash-local", "crash2-afp", "minibus-cajamarca", "bus-bolivia"];
        Assert.All(listed.Where(r => sameCrash.Contains(r.Id)), r => Assert.True(r.SameEvent, r.Id));
        Assert.All(listed.Where(r => otherCrashes.Contains(r.Id)), r => Assert.False(r.SameEvent, r.Id));
        Assert.Equal(sameCrash.Order(), listed.Where(r => r.SameEvent).Select(r => r.Id).Order());
        // Every report of the event before any other story, whatever their scores.
        Assert.Equal(sameCrash.Length, listed.TakeWhile(r => r.SameEvent).Count());
        Assert.Contains(listed, r => otherCrashes.Contains(r.Id));
        Assert.True(listed.Count(r => !r.SameEvent) <= RelatedArticles.MaxSimilar);

        // A day and a city in common are not enough: a housing bill passed in Athens the day after the wildfires near it, and a
        // fire near Athens three weeks before, are stories like it, not reports of it.
        var fires = related.For("fires-reuters", linking.For("fires-reuters"))!.Similar;
        Assert.All(fires.Where(r => r.Id is "fires-ap" or "fires-afp" or "fires-bbc"), r => Assert.True(r.SameEvent, r.Id));
        Assert.Contains(fires, r => r.SameEvent);
        Assert.All(fires.Where(r => r.Id is "greece-housing" or "fires-keratea-early"), r => Assert.False(r.SameEvent, r.Id));
    }

    [Fact]
    public void AShortPhraseInCommonInOneParagraphMakesNoOneEvent()
    {
        // A QA session: a central bank's decision in Dhaka listed a rail strike there, two days later, as a report of its event,
        // through one phrase link that shared "last". Here the links are given, to two reports of one strike.
        _folder.Write("cuts-strike/articles.jsonl", File.ReadAllBytes(Path.Combine(Unseen, "cuts-strike", "articles", "articles.jsonl")));
        using var host = TestHost.Index(_folder["cuts-strike"], _folder["cuts-strike-index"]);
        using var related = new RelatedArticles(host, Options.Create(new LinkingOptions()), Seeds.Gazetteer);
        Dictionary<string, PassageLinks> Linked(params LinkBasis[] bases) => bases.Select((basis, i) => (Anchor: $"p-{i}", Links: new PassageLinks(
            [new global::Search.Core.Linking.Corroboration.Corroboration(new LinkedPassage("strike-reuters", "Reuters", null, i + 1, $"p-{i}", $"s-{i}", "…"), 0.11f, $"s-own-{i}", basis)], [])))
            .ToDictionary(p => p.Anchor, p => p.Links);
        bool SameEvent(Dictionary<string, PassageLinks> links) => Assert.Single(related.For("strike-ap", links)!.Similar, r => r.Id == "strike-reuters").SameEvent;

        Assert.False(SameEvent(Linked(LinkBasis.Phrase)));
        Assert.True(SameEvent(Linked(LinkBasis.Sentence)));
        Assert.True(SameEvent(Linked(LinkBasis.Phrase, LinkBasis.Phrase)));
    }

    public void Dispose() => _folder.Dispose();
}
