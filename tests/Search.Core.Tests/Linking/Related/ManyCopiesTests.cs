using System.Text.Json;
using Microsoft.Extensions.Options;
using Search.Core.Indexing;
using Search.Core.Linking.Corroboration;
using Search.Core.Linking.Related;
using Search.Core.Search;

namespace Search.Core.Tests.Linking.Related;

/// <summary>
/// One agency story republished by dozens of outlets still takes one place on a page, and the page is still full:
/// the search reads further down the ranking until it has a page of stories.
/// </summary>
public sealed class ManyCopiesTests : IDisposable
{
    private const int Copies = 45, Stories = 14;
    private readonly TempFolder _folder = new();
    private readonly IndexHost _host;

    public ManyCopiesTests()
    {
        string[] words = ["quay", "crane", "berth", "tide", "ferry", "cargo", "pilot", "dock", "freight", "canal", "lock", "barge",
            "ledger", "tariff", "customs", "hull", "anchor", "buoy", "pier", "vessel", "stevedore", "container", "warehouse", "toll"];
        // Each story is its own random run of words about the harbour, long enough for a fingerprint; the wire story is
        // repeated word for word, as outlets republish it, and reads "harbour" most often, so it ranks first.
        string Body(int seed, int mentions)
        {
            var r = new Random(seed);
            return string.Join(" ", Enumerable.Range(0, 80).Select(i => i < mentions ? "harbour" : words[r.Next(words.Length)]));
        }
        // story-00 takes up the wire story's first half, so the wire story is its closest related coverage, not a copy of it.
        string wire = Body(1, 6);
        string Story(int i) => i == 0 ? string.Join(" ", wire.Split(' ').Take(40).Concat(Body(100, 0).Split(' ').Take(40))) : Body(100 + i, 2);
        var lines = Enumerable.Range(0, Copies)
            .Select(i => new { id = $"wire-{i:00}", title = "Harbour strike", body = wire, source = $"Outlet {i:00}" })
            .Concat(Enumerable.Range(0, Stories).Select(i => new { id = $"story-{i:00}", title = "Harbour news", body = Story(i), source = "Harbour Times" }))
            .Select(a => JsonSerializer.Serialize(a));
        _folder.Write("articles/many.jsonl", string.Join("\n", lines) + "\n");
        _host = TestHost.Index(_folder["articles"], _folder["index"]);
    }

    [Fact]
    public void APageIsFullOfStoriesHoweverManyCopiesOneHas()
    {
        using var searcher = new ArticleSearcher(_host, Options.Create(new SearchOptions()));
        var first = searcher.Search(new SearchRequest { Query = "harbour", Size = 10 });
        Assert.Equal(Copies + Stories, first.Total);
        Assert.Equal(10, first.Hits.Count);
        Assert.Equal(1 + Stories, first.Stories);
        Assert.Equal(2, first.PageCount);
        var wire = first.Hits[0];
        Assert.StartsWith("wire-", wire.Id);
        Assert.Equal(Copies - 1, wire.CopyCount);
        Assert.Equal(CopyGroups.MaxListed, wire.Copies.Count);
        Assert.All(first.Hits.Skip(1), h => Assert.StartsWith("story-", h.Id));

        var second = searcher.Search(new SearchRequest { Query = "harbour", Size = 10, Page = 2 });
        Assert.Equal(1 + Stories - 10, second.Hits.Count);
        Assert.Empty(first.Hits.Select(h => h.Id).Intersect(second.Hits.Select(h => h.Id)));

        var past = searcher.Search(new SearchRequest { Query = "harbour", Size = 10, Page = 3 });
        Assert.Empty(past.Hits);
        Assert.Contains("past the last page of these 59 results (page 2: the copies of one story are grouped)", past.Notice);
    }

    [Fact]
    public void APagePastWhatTheResultWindowGroupsSaysWhichPageIsTheLast()
    {
        // The window reads the 45 copies and 5 stories: 6 stories, two pages of 5. Page 3 is within the window (15 results)
        // but past those pages; the notice said "past the first 50 results", which page 3 of 5 is not.
        using var searcher = new ArticleSearcher(_host, Options.Create(new SearchOptions { MaxResultWindow = 50 }));
        var past = searcher.Search(new SearchRequest { Query = "harbour", Size = 5, Page = 3 });
        Assert.Empty(past.Hits);
        Assert.Contains("the first 50 results make once the copies of one story are grouped (page 2)", past.Notice);
        // The last page the pages' links lead to is that one: "Go to the last page" led to page 10, as far as the window reaches.
        Assert.Equal(2, past.PageCount);
        Assert.True(past.PageCountIsExact);
        Assert.False(past.HasNextPage);
    }

    [Fact]
    public void TheLastPageTheResultWindowReachesSaysItIsNotTheLastResult()
    {
        // Page 2 of 2 said nothing, so the 9 results past the window's 50 read as none.
        using var searcher = new ArticleSearcher(_host, Options.Create(new SearchOptions { MaxResultWindow = 50 }));
        var last = searcher.Search(new SearchRequest { Query = "harbour", Size = 5, Page = 2 });
        Assert.NotEmpty(last.Hits);
        Assert.False(last.HasNextPage);
        Assert.Equal("This is the last page: only the first 50 of the 59 results are paged; narrow the search to see further.", last.Notice);
        Assert.Null(searcher.Search(new SearchRequest { Query = "harbour", Size = 5, Page = 1 }).Notice);

        using var passages = new global::Search.Core.Linking.Passages.PassageSearcher(_host, Options.Create(new SearchOptions { MaxResultWindow = 50 }));
        var lastPassages = passages.Search(new SearchRequest { Query = "harbour", Size = 5, Page = 2 });
        Assert.NotEmpty(lastPassages.Hits);
        Assert.False(lastPassages.HasNextPage);
        Assert.Equal("This is the last page: only the first 50 of the 59 passages that match are paged; narrow the search to see further.", lastPassages.Notice);
        // Within the window every result is paged: nothing to say.
        using var wide = new ArticleSearcher(_host, Options.Create(new SearchOptions()));
        Assert.Null(wide.Search(new SearchRequest { Query = "harbour", Size = 10, Page = 2 }).Notice);
    }

    [Fact]
    public void TheArticleStillListsRelatedCoverageBeyondItsCopies()
    {
        using var linking = new CorroborationFinder(_host, Options.Create(new LinkingOptions()), Seeds.Gazetteer);
        using var related = new RelatedArticles(_host, Options.Create(new LinkingOptions()), Seeds.Gazetteer);
        var relations = related.For("wire-00", linking.For("wire-00"))!;
        Assert.Equal(Copies - 1, relations.CopyCount);
        Assert.Equal(CopyGroups.MaxListed, relations.Copies.Count);
        // The first candidates are all copies; the other harbour stories come after them.
        Assert.Equal(RelatedArticles.MaxSimilar, relations.Similar.Count);
        Assert.All(relations.Similar, s => Assert.StartsWith("story-", s.Id));
    }

    [Fact]
    public void RelatedCoverageListsEachStoryOnceNotItsCopies()
    {
        // story-00 shares half the wire story: that story is among its related coverage once, not once for each copy.
        using var linking = new CorroborationFinder(_host, Options.Create(new LinkingOptions()), Seeds.Gazetteer);
        using var related = new RelatedArticles(_host, Options.Create(new LinkingOptions()), Seeds.Gazetteer);
        var relations = related.For("story-00", linking.For("story-00"))!;
        Assert.Equal(0, relations.CopyCount);
        Assert.Single(relations.Similar, s => s.Id.StartsWith("wire-", StringComparison.Ordinal));
        Assert.Equal(RelatedArticles.MaxSimilar, relations.Similar.Count);
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }
}
