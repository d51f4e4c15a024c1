using System.Text.Json;
using Search.Core.Indexing;
using Search.Core.Search;
using CoverageView = Search.Core.Linking.Coverage.Coverage; // the test folder's namespace is named Coverage too

namespace Search.Core.Tests.Linking.Coverage;

/// <summary>
/// "Not mentioned by" in the side-by-side view is a statement about coverage, so it names only the outlets whose articles the
/// search does not find, among those that published in the days of the coverage shown. An outlet that writes the words in two
/// paragraphs is listed apart, and a query with no word to search says nothing of any outlet.
/// </summary>
public sealed class SilentOutletsTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly IndexHost _host;

    public SilentOutletsTests()
    {
        object[] articles =
        [
            new { id = "post", title = "Unrest", source = "Daily Post",
                body = "Rebels seized the airport in Almaty on Wednesday, police spokesman Saltanat Azirbek said at a briefing on Thursday." },
            new { id = "star", title = "Unrest", source = "Evening Star",
                body = "Fighting went on in Almaty for a second day, witnesses said on Thursday.\n\nThe airport was closed to all flights until further notice.\n\nSaltanat Azirbek, a police spokesman, said the police had made many arrests overnight. Azirbek gave no figure." },
            new { id = "times", title = "Council", source = "Quiet Times",
                body = "The council met on Tuesday to discuss the budget for schools, roads and the harbour, and adjourned until spring." },
            new { id = "blog", title = "Notes",
                body = "We heard about the unrest in Almaty from friends on Thursday morning.\n\nOur flight home from the airport was cancelled." },
        ];
        _folder.Write("articles/all.jsonl", string.Join("\n", articles.Select(a => JsonSerializer.Serialize(a))) + "\n");
        _host = TestHost.Index(_folder["articles"], _folder["index"]);
    }

    private CoverageView Compare(string query) => TestHost.Compare(_host, new SearchRequest { Query = query }, Seeds.Gazetteer);

    [Fact]
    public void AnOutletThatWritesTheWordsInTwoParagraphsIsNotSilent()
    {
        var coverage = Compare("Almaty airport");
        Assert.Equal("Daily Post", Assert.Single(coverage.Reporting).Outlet);
        Assert.Equal(["Evening Star"], coverage.Apart); // its words stand in two paragraphs: the article search finds it
        Assert.Equal(1, coverage.ApartUnnamed);          // the blog, likewise
        Assert.Equal(["Quiet Times"], coverage.Silent);
        Assert.Equal(0, coverage.SilentUnnamed);
    }

    [Fact]
    public void ASilentArticleOfUnknownSourceIsNamed()
    {
        // "1 article of unknown source" said nothing of which.
        var coverage = Compare("seized");
        Assert.Equal("Daily Post", Assert.Single(coverage.Reporting).Outlet);
        Assert.Equal(1, coverage.SilentUnnamed);
        Assert.Equal("blog", Assert.Single(coverage.SilentUnnamedArticles).Id);
        // Apart is not silent: the blog holds both words, in two paragraphs.
        Assert.Empty(Compare("Almaty airport").SilentUnnamedArticles);
    }

    [Theory]
    [InlineData("the")]    // only a stop word
    [InlineData("Алматы")] // another script
    public void AQueryWithNoWordToSearchSaysNoOutletIsSilent(string query)
    {
        var coverage = Compare(query);
        Assert.Empty(coverage.Reporting);
        Assert.NotNull(coverage.Notice);
        Assert.Empty(coverage.Silent);
        Assert.Equal(0, coverage.SilentUnnamed);
        Assert.Empty(coverage.Apart);
    }

    [Fact]
    public void APersonTheGazetteerLacksIsFoundByTheFullNameAsByTheSurname()
    {
        // The article search finds both outlets through their person field; the passages that wrote the full name were left out.
        var coverage = Compare("person:azirbek");
        Assert.Equal(["Daily Post", "Evening Star"], coverage.Reporting.Select(r => r.Outlet).Order(StringComparer.Ordinal));
        // The full name is marked, as the filter person=azirbek marks it; the surname alone was.
        Assert.Contains("<mark>Saltanat Azirbek</mark>", Assert.Single(coverage.Reporting, r => r.Outlet == "Daily Post").Best.Html);
        Assert.Contains("<mark>Saltanat Azirbek</mark>", Assert.Single(coverage.Reporting, r => r.Outlet == "Evening Star").Best.Html);
        Assert.Empty(coverage.Silent);
        Assert.Empty(coverage.Apart);
    }

    [Fact]
    public void AnOutletThatPublishedNothingInTheDaysOfTheCoverageIsNotSilent()
    {
        // A QA session over an archive of several stories: "Not mentioned by" listed every outlet in the index, those of
        // another year's stories too.
        object[] articles =
        [
            new { id = "wire", title = "Quake", source = "Wire Service", date = "2024-03-14", body = "A strong quake shook the valley on Thursday, officials said." },
            new { id = "week", title = "Council", source = "Weekly Bugle", date = "2024-03-18", body = "The council met on Monday to discuss the budget for schools and roads." },
            new { id = "undated", title = "Council", source = "Undated Courier", body = "The council met to discuss the budget for the harbour." },
            new { id = "undated-quake", title = "Valley", source = "Undated Gazette", body = "Rescuers reached the valley.\n\nThe tremor shook houses." },
            new { id = "nameless-undated", title = "Valley", body = "The valley was cut off.\n\nAftershocks shook it." },
            new { id = "year", title = "Council", source = "Last Year's Times", date = "2023-03-14", body = "The council met on Tuesday to discuss the budget for the harbour." },
            new { id = "nameless-week", title = "Roads", date = "2024-03-16", body = "The roads department said repairs would start in April." },
            new { id = "nameless-year", title = "Roads", date = "2023-03-10", body = "The roads department said repairs would start in May." },
        ];
        _folder.Write("dated/all.jsonl", string.Join("\n", articles.Select(a => JsonSerializer.Serialize(a))) + "\n");
        using var host = TestHost.Index(_folder["dated"], _folder["dated-index"]);
        var coverage = TestHost.Compare(host, new SearchRequest { Query = "quake" }, Seeds.Gazetteer);
        Assert.Equal("Wire Service", Assert.Single(coverage.Reporting).Outlet);
        // An undated outlet may have written on any day: it is not said to have kept silent on this one (it was, on every view).
        Assert.Equal(["Weekly Bugle"], coverage.Silent);
        // But one that the article search finds wrote of it, in two paragraphs: the undated CNN seed was in no list at all.
        var apart = TestHost.Compare(host, new SearchRequest { Query = "shook valley" }, Seeds.Gazetteer);
        Assert.Equal(["Undated Gazette"], apart.Apart);
        Assert.Equal(1, apart.ApartUnnamed);
        // Nor is an article of unknown source of another year: the view named it, and left out the one of the week.
        Assert.Equal("nameless-week", Assert.Single(coverage.SilentUnnamedArticles).Id);
        // Nothing reports it: the view names no outlet of the archive as silent, unless dates or outlets are asked.
        var none = TestHost.Compare(host, new SearchRequest { Query = "zzqqxx" }, Seeds.Gazetteer);
        Assert.Empty(none.Reporting);
        Assert.Empty(none.Silent);
        Assert.Equal(0, none.SilentUnnamed);
        Assert.Equal(["Weekly Bugle"], TestHost.Compare(host, new SearchRequest { Query = "zzqqxx", Filters = new Dictionary<string, IReadOnlyList<string>> { ["source"] = ["Weekly Bugle"] } }, Seeds.Gazetteer).Silent);
        Assert.Contains("Weekly Bugle", TestHost.Compare(host, new SearchRequest { Query = "zzqqxx", From = new DateOnly(2024, 3, 1) }, Seeds.Gazetteer).Silent);
        // Dates the request sets are its own: the year before is then in view.
        var asked = TestHost.Compare(host, new SearchRequest { Query = "quake", From = new DateOnly(2023, 1, 1) }, Seeds.Gazetteer);
        Assert.Contains("Last Year's Times", asked.Silent);
    }

    [Fact]
    public void AnOutletsCardOfAnotherYearDoesNotStretchTheDaysOfSilence()
    {
        // An eighth QA pass: Bloomberg's card on a bank was its takeover of 2022, beside the other outlets' merger of 2026, and
        // "Not mentioned by" named 53 outlets, those that published anything in the four years between.
        object[] articles =
        [
            new { id = "one", title = "Merger", source = "Wire One", date = "2026-03-10", body = "Banca Orvieto agreed to merge with a rival on Tuesday." },
            new { id = "two", title = "Merger", source = "Wire Two", date = "2026-03-11", body = "Banca Orvieto will merge with its rival, the bank said." },
            new { id = "old", title = "Takeover", source = "Old Times", date = "2022-05-10", body = "Banca Orvieto agreed to buy a small lender in Umbria." },
            new { id = "near", title = "Roads", source = "Near Paper", date = "2026-03-12", body = "The roads department said repairs would start in April." },
            new { id = "between", title = "Roads", source = "Middle Gazette", date = "2024-06-01", body = "The roads department said repairs would start in May." },
        ];
        _folder.Write("years/all.jsonl", string.Join("\n", articles.Select(a => JsonSerializer.Serialize(a))) + "\n");
        using var host = TestHost.Index(_folder["years"], _folder["years-index"]);
        var coverage = TestHost.Compare(host, new SearchRequest { Query = "Orvieto" }, Seeds.Gazetteer);
        Assert.Equal(["Old Times", "Wire One", "Wire Two"], coverage.Reporting.Select(r => r.Outlet).Order());
        Assert.Equal(["Near Paper"], coverage.Silent);
    }

    [Fact]
    public void AnOutletsCardIsFromTheStoryMostCardsTellWhereItReportedIt()
    {
        // A ninth QA pass: "Carlos Benavides" showed AFP's report of a bus crash in October, its best passage by score, beside
        // the others' of the crash in August, which AFP had reported too.
        object[] articles =
        [
            new { id = "ap", title = "Bus crash", source = "Wire One", date = "2026-08-14", body = "Transport Minister Carlos Benavides offered condolences to the families of the 21 dead." },
            new { id = "local", title = "Bus crash", source = "Local Herald", date = "2026-08-15", body = "Transport Minister Carlos Benavides said the ministry would review the operator's licence." },
            new { id = "afp", title = "Bus crash", source = "Agency Two", date = "2026-08-14", body = "Carlos Benavides, the transport minister, said the ministry would look into the crash on the mountain road that killed 21 people." },
            new { id = "afp-later", title = "Another crash", source = "Agency Two", date = "2026-10-03", body = "Transport Minister Carlos Benavides said the licence would be suspended." },
        ];
        _folder.Write("stories/all.jsonl", string.Join("\n", articles.Select(a => JsonSerializer.Serialize(a))) + "\n");
        using var host = TestHost.Index(_folder["stories"], _folder["stories-index"]);
        foreach (var sort in new[] { SortOrder.Relevance, SortOrder.Oldest })
        {
            var coverage = TestHost.Compare(host, new SearchRequest { Query = "Carlos Benavides", Sort = sort }, Seeds.Gazetteer);
            Assert.Equal("afp", coverage.Reporting.Single(r => r.Outlet == "Agency Two").Best.ArticleId);
            Assert.Equal(3, coverage.Reporting.Count);
        }
        // Asked for its days, the later story is the card.
        var october = TestHost.Compare(host, new SearchRequest { Query = "Carlos Benavides", From = new DateOnly(2026, 10, 1) }, Seeds.Gazetteer);
        Assert.Equal("afp-later", Assert.Single(october.Reporting).Best.ArticleId);
    }

    [Fact]
    public void APastedSentenceShowsNoCardOfAnotherStorysDays()
    {
        // A ninth QA pass pasted a wire's sentence on a bus crash and found cards of a minibus crash and a quake, months apart.
        const string pasted = "The injured were taken to hospitals in Quillabamba and Cusco, with some in critical condition, the regional health authority said on Saturday after the crash";
        object[] articles =
        [
            new { id = "wire", title = "Bus crash", source = "Wire One", date = "2026-08-14", body = pasted + "." },
            new { id = "agency", title = "Bus crash", source = "Agency Two", date = "2026-08-14", body = "The injured were taken to hospitals in Quillabamba and Cusco, some of them in critical condition." },
            new { id = "local", title = "Bus crash", source = "Local Herald", date = "2026-08-15", body = "Most of the injured were taken to the Quillabamba hospital, the regional health authority said." },
            new { id = "other", title = "Minibus crash", source = "Far Agency", date = "2026-03-15", body = "The injured were taken to the hospital in Cajabamba, with some in critical condition, the regional health authority said after the crash." },
        ];
        _folder.Write("pasted/all.jsonl", string.Join("\n", articles.Select(a => JsonSerializer.Serialize(a))) + "\n");
        using var host = TestHost.Index(_folder["pasted"], _folder["pasted-index"]);
        var coverage = TestHost.Compare(host, new SearchRequest { Query = pasted }, Seeds.Gazetteer);
        Assert.Equal(["Agency Two", "Local Herald", "Wire One"], coverage.Reporting.Select(r => r.Outlet).Order());
        Assert.Equal(1, coverage.Faint);
        // Searched for any of its words by choice, every outlet's card is shown.
        var any = TestHost.Compare(host, new SearchRequest { Query = pasted, Mode = QueryMode.Any }, Seeds.Gazetteer);
        Assert.Contains("Far Agency", any.Reporting.Select(r => r.Outlet));
    }

    [Fact]
    public void APastedSentenceShowsTheOutletsThatReportItNotThoseThatShareAFewWords()
    {
        // An eighth QA pass pasted a wire's sentence and found 78 cards, 73 of them a few common words ("closed", "billion").
        const string pasted = "Shares in Swedish battery maker Tarvik Cell closed 20.2% higher at 101 crowns on their Stockholm debut on Thursday, "
            + "after an initial public offering that raised 6.3 billion crowns";
        object[] articles =
        [
            new { id = "wire", title = "Tarvik debut", source = "Wire One", date = "2025-06-12", body = pasted + ", the exchange said." },
            new { id = "paper", title = "Tarvik soars", source = "Daily Paper", date = "2025-06-12", body = "Swedish battery maker Tarvik Cell rose 20 percent on its Stockholm debut on Thursday after raising 6.3 billion crowns." },
            new { id = "agency", title = "Tarvik lists", source = "Agency Two", date = "2025-06-12", body = "Tarvik Cell shares closed higher in their first day of trading in Stockholm after the battery maker's initial public offering." },
            new { id = "shops", title = "Strike", source = "Nairobi Times", date = "2025-06-12", body = "Shops remained closed on Thursday as the strike went on." },
            new { id = "fine", title = "Fine", source = "Brussels Daily", date = "2025-06-13", body = "The fine of 1.8 billion euros was announced on Thursday." },
            new { id = "court", title = "Court", source = "Court News", date = "2025-06-11", body = "He was taken down to the cells after the hearing on Thursday." },
        ];
        _folder.Write("pasted/all.jsonl", string.Join("\n", articles.Select(a => JsonSerializer.Serialize(a))) + "\n");
        using var host = TestHost.Index(_folder["pasted"], _folder["pasted-index"]);
        var coverage = TestHost.Compare(host, new SearchRequest { Query = pasted }, Seeds.Gazetteer);
        Assert.Equal(["Agency Two", "Daily Paper", "Wire One"], coverage.Reporting.Select(r => r.Outlet).Order());
        Assert.Equal(3, coverage.Faint);
        Assert.Empty(coverage.Silent);
        // Asked for any word, the view shows every outlet that has one, as asked.
        var asked = TestHost.Compare(host, new SearchRequest { Query = pasted, Mode = QueryMode.Any }, Seeds.Gazetteer);
        Assert.Equal(6, asked.Reporting.Count);
        Assert.Equal(0, asked.Faint);
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }
}
