using Search.Core.Extraction;
using Search.Core.Indexing.Documents;
using Search.Core.Search;

namespace Search.Core.Tests.Search;

/// <summary>
/// Within a day, the date orders fell back to relevance, though a feed, a JSON Lines timestamp or a page's published_time
/// gives the hour. The hour now orders a day's articles; those without one follow them; relevance orders the rest.
/// </summary>
public sealed class PublishedOrderTests : IDisposable
{
    private static readonly DateOnly Day = new(2022, 1, 6);

    private static Article At(string id, string body, DateOnly day, DateTimeOffset? published) =>
        TestIndex.Article(id, body, date: day) with { Published = published };

    private readonly TestIndex _index = new([
        At("morning", "Troops arrived in the city at dawn.", Day, new DateTimeOffset(2022, 1, 6, 7, 0, 0, TimeSpan.FromHours(6))),
        At("evening", "Troops arrived in the city by the evening.", Day, new DateTimeOffset(2022, 1, 6, 21, 15, 0, TimeSpan.FromHours(6))),
        // 12:00 in London is 18:00 at +06:00: between the two.
        At("noon-london", "Troops arrived in the city, London heard.", Day, new DateTimeOffset(2022, 1, 6, 12, 0, 0, TimeSpan.Zero)),
        At("no-hour", "Troops troops troops arrived in the city.", Day, null),
        At("next-day", "Troops arrived in the city again.", Day.AddDays(1), null),
    ]);

    private List<string> Ids(SortOrder sort) =>
        _index.Searcher.Search(new SearchRequest { Query = "troops", Sort = sort }).Hits.Select(h => h.Id).ToList();

    [Fact]
    public void NewestFirstOrdersADayByTheHourWithTheUntimedAfter()
    {
        Assert.Equal(["next-day", "evening", "noon-london", "morning", "no-hour"], Ids(SortOrder.Newest));
    }

    [Fact]
    public void OldestFirstOrdersADayByTheHourWithTheUntimedAfter()
    {
        Assert.Equal(["morning", "noon-london", "evening", "no-hour", "next-day"], Ids(SortOrder.Oldest));
    }

    [Theory]
    [InlineData(SortOrder.Newest, new[] { "next-day", "evening", "noon-london", "morning", "no-hour" })]
    [InlineData(SortOrder.Oldest, new[] { "morning", "noon-london", "evening", "no-hour", "next-day" })]
    public void PassagesAreOrderedByTheirArticlesDayAndHour(SortOrder sort, string[] expected)
    {
        // Passages were ranked by relevance only, and sort=newest was a 400: a passage has no date of its own.
        var hits = _index.Passages.Search(new SearchRequest { Query = "troops", Sort = sort }).Hits;
        Assert.Equal(expected, hits.Select(h => h.ArticleId));
        // By relevance, the passage that says it three times comes first.
        Assert.Equal("no-hour", _index.Passages.Search(new SearchRequest { Query = "troops" }).Hits[0].ArticleId);
    }

    [Fact]
    public void AHitGivesItsHourWithTheOffsetItWasWrittenIn()
    {
        var hits = _index.Searcher.Search(new SearchRequest { Query = "troops", Sort = SortOrder.Newest }).Hits;
        var evening = hits.Single(h => h.Id == "evening").Published!.Value;
        Assert.Equal((21, 15, TimeSpan.FromHours(6)), (evening.Hour, evening.Minute, evening.Offset));
        Assert.Null(hits.Single(h => h.Id == "no-hour").Published);
        // Listed without snippets, the hit reads it from doc values as well.
        var listed = _index.Searcher.Search(new SearchRequest { Query = "troops", Snippets = false }).Hits;
        Assert.Equal(evening, listed.Single(h => h.Id == "evening").Published);
    }

    [Fact]
    public void TheSideBySideViewOrdersOneDaysOutletsByTheHour()
    {
        // Who reported it first: outlets of one day were in the order of their best passages.
        using var index = new TestIndex([
            At("late", "Troops arrived in the capital on Thursday, officials said.", Day, new DateTimeOffset(2022, 1, 6, 20, 0, 0, TimeSpan.Zero)) with
                { Source = new Extracted<string>("Late Wire", new Evidence("test", "")) },
            At("early", "Troops arrived in the capital, officials said.", Day, new DateTimeOffset(2022, 1, 6, 6, 0, 0, TimeSpan.Zero)) with
                { Source = new Extracted<string>("Early Wire", new Evidence("test", "")) },
            At("untimed", "Troops troops arrived in the capital, officials said.", Day, null) with
                { Source = new Extracted<string>("Day Wire", new Evidence("test", "")) },
        ]);
        List<string> Outlets(SortOrder sort) =>
            TestHost.Compare(index.Host, new SearchRequest { Query = "troops", Sort = sort }).Reporting.Select(o => o.Outlet).ToList();
        Assert.Equal(["Early Wire", "Late Wire", "Day Wire"], Outlets(SortOrder.Oldest));
        Assert.Equal(["Late Wire", "Early Wire", "Day Wire"], Outlets(SortOrder.Newest));
    }

    [Fact]
    public void TheArticleGivesItsMomentAsWritten()
    {
        using var lookup = new ArticleLookup(_index.Host, Microsoft.Extensions.Options.Options.Create(_index.Search));
        Assert.Equal(new DateTimeOffset(2022, 1, 6, 12, 0, 0, TimeSpan.Zero), lookup.Find("noon-london")!.Published);
        Assert.Null(lookup.Find("no-hour")!.Published);
    }

    [Theory]
    [InlineData(2022, 1, 6, 23, 30, -300)]
    [InlineData(1987, 2, 26, 15, 1, 0)]
    [InlineData(1969, 12, 31, 23, 59, 60)]
    [InlineData(1900, 1, 1, 0, 0, 840)]
    [InlineData(2099, 12, 31, 12, 0, -720)]
    public void AMomentIsReadBackWithItsOffset(int year, int month, int day, int hour, int minute, int offsetMinutes)
    {
        var moment = new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromMinutes(offsetMinutes));
        var read = PublishedValue.Decode(PublishedValue.Encode(moment));
        Assert.Equal((moment, moment.Offset), (read, read.Offset));
    }

    public void Dispose() => _index.Dispose();
}
