using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Search.Web.Tests.Api;

/// <summary>Issue 15 in the API and the pages: passage search, the side-by-side view, and each passage's links to other outlets.</summary>
public class LinkingApiTests(SearchSiteFactory site) : IClassFixture<SearchSiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    private Task<JsonElement> Get(string url) => _client.GetOkJson(url);

    [Fact]
    public async Task PassagesAreRankedForAQueryAndTakeTheArticleFilters()
    {
        var all = await Get("/api/passages?q=beheaded");
        Assert.True(all.GetProperty("total").GetInt32() >= 2);
        var first = all.GetProperty("passages")[0];
        Assert.Matches("^p-[0-9a-f]{8}", first.GetProperty("anchor").GetString());
        Assert.Matches("<mark>(beheaded|decapitated)</mark>", first.GetProperty("html").GetString());
        Assert.EndsWith("#" + first.GetProperty("anchor").GetString(), first.GetProperty("url").GetString());
        Assert.Equal(0, first.GetProperty("copyCount").GetInt32()); // no seed reprints another's paragraph
        Assert.Equal(0, first.GetProperty("copies").GetArrayLength());

        // The page, size and order served are echoed, as /api/search echoes them.
        var second = await Get("/api/passages?q=killed&page=2&size=3&sort=newest");
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.Equal(3, second.GetProperty("size").GetInt32());
        Assert.Equal("newest", second.GetProperty("sort").GetString());
        Assert.True(second.GetProperty("tookMs").GetInt64() >= 0);

        var cnn = await Get("/api/passages?q=beheaded&source=CNN");
        Assert.True(cnn.GetProperty("total").GetInt32() >= 1);
        Assert.All(cnn.GetProperty("passages").EnumerateArray(), p => Assert.Equal("CNN", p.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task ArticleCountsDoNotIncludeThePassageDocuments()
    {
        var articles = await Get("/api/search");
        Assert.Equal(5, articles.GetProperty("total").GetInt32());
        var passages = await Get("/api/passages");
        Assert.True(passages.GetProperty("total").GetInt32() > 50);
    }

    [Fact]
    public async Task AFieldOnlyArticlesHaveKeepsThePassagesOfTheArticlesItMatches()
    {
        // Until 2026-12-04 a 400 pointing to the filters, though the search page linked its passages with that very query.
        var articles = await Get("/api/search?q=person:pashinyan");
        var ids = articles.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToHashSet();
        Assert.InRange(ids.Count, 1, 4);
        var passages = await Get("/api/passages?q=person:pashinyan&size=100");
        Assert.True(passages.GetProperty("total").GetInt32() >= ids.Count);
        Assert.All(passages.GetProperty("passages").EnumerateArray(), p => Assert.Contains(p.GetProperty("articleId").GetString(), ids));
        // With no word besides, the passages are those that name him, marked (docs/linking.md).
        Assert.All(passages.GetProperty("passages").EnumerateArray(), p => Assert.Contains("Pashinyan</mark>", p.GetProperty("html").GetString()));
    }

    [Fact]
    public async Task CompareListsEachOutletsBestPassageAndTheOutletsThatDoNotMentionIt()
    {
        var body = await Get("/api/compare?q=Baikonur");
        var reporting = body.GetProperty("reporting").EnumerateArray().Select(r => r.GetProperty("outlet").GetString()).ToList();
        Assert.Equal(["CNN"], reporting); // only one report mentions the cosmodrome
        Assert.Equal(JsonValueKind.Null, body.GetProperty("reporting")[0].GetProperty("wordForWordAs").ValueKind);
        Assert.Contains("<mark>Baikonur</mark>", body.GetProperty("reporting")[0].GetProperty("best").GetProperty("html").GetString());
        string title = (await Get("/api/articles/" + body.GetProperty("reporting")[0].GetProperty("best").GetProperty("articleId").GetString())).GetProperty("title").GetString()!;
        Assert.Equal(title, body.GetProperty("reporting")[0].GetProperty("best").GetProperty("title").GetString());
        // Every other outlet of the archive is listed as silent, and the articles of unknown source are counted.
        var outlets = (await Get("/api/search")).GetProperty("facets").GetProperty("source").EnumerateArray().Where(v => v.GetProperty("count").GetInt32() > 0).ToList();
        Assert.Equal(outlets.Count(v => !v.GetProperty("missing").GetBoolean()) - 1, body.GetProperty("silent").GetArrayLength());
        Assert.DoesNotContain("CNN", body.GetProperty("silent").EnumerateArray().Select(s => s.GetString()));
        int unknown = outlets.Where(v => v.GetProperty("missing").GetBoolean()).Sum(v => v.GetProperty("count").GetInt32());
        Assert.True(unknown > 0); // two seeds name no outlet
        Assert.Equal(unknown, body.GetProperty("silentUnknownSource").GetInt32());
        // Few enough to be named: each by its title, linked to its page.
        var named = body.GetProperty("silentUnknownSourceArticles").EnumerateArray().ToList();
        Assert.Equal(unknown, named.Count);
        Assert.All(named, a => Assert.StartsWith("/article/" + a.GetProperty("id").GetString(), a.GetProperty("url").GetString()));
        Assert.DoesNotContain(named, a => a.GetProperty("id").GetString() == body.GetProperty("reporting")[0].GetProperty("best").GetProperty("articleId").GetString());
        Assert.Equal(0, body.GetProperty("moreReporting").GetInt32());

        var page = new HtmlParser().ParseDocument(await _client.GetStringAsync("/compare?q=beheaded"));
        Assert.True(page.QuerySelectorAll(".coverage .outlet").Length >= 2);
        Assert.All(page.QuerySelectorAll(".coverage .outlet"), o => Assert.NotNull(o.QuerySelector("blockquote mark")));
        // Each card names its article, so two outlets of unknown source can be told apart, by eye and by screen reader.
        Assert.All(page.QuerySelectorAll(".coverage .outlet"), o => Assert.False(string.IsNullOrWhiteSpace(o.QuerySelector(".headline")?.TextContent)));
        var killed = new HtmlParser().ParseDocument(await _client.GetStringAsync("/compare?q=killed")).QuerySelectorAll(".coverage .outlet");
        Assert.True(killed.Count(o => o.QuerySelector("h2")!.TextContent == "Unknown source") >= 2); // both seeds of no outlet report it
        Assert.Equal(killed.Length, killed.Select(o => o.GetAttribute("aria-label")).Distinct().Count());
    }

    [Fact]
    public async Task AnOutletWhoseArticleHoldsTheWordsInTwoParagraphsIsNotListedAsSilent()
    {
        // dpa writes of Almaty and of the airport, in different paragraphs: the article search finds it, no passage holds both.
        var search = await Get("/api/search?q=Almaty%20airport&size=50");
        Assert.Contains("Deutsche Presse-Agentur", search.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("source").GetString()));
        var body = await Get("/api/compare?q=Almaty%20airport");
        Assert.DoesNotContain("Deutsche Presse-Agentur", body.GetProperty("reporting").EnumerateArray().Select(r => r.GetProperty("outlet").GetString()));
        Assert.DoesNotContain("Deutsche Presse-Agentur", body.GetProperty("silent").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("Deutsche Presse-Agentur", body.GetProperty("apart").EnumerateArray().Select(s => s.GetString()));

        var page = new HtmlParser().ParseDocument(await _client.GetStringAsync("/compare?q=Almaty%20airport"));
        var apart = page.QuerySelector(".apart");
        Assert.NotNull(apart);
        Assert.Contains("Deutsche Presse-Agentur", apart.TextContent);
        Assert.DoesNotContain("Deutsche Presse-Agentur", page.QuerySelector(".silent:not(.apart)")?.TextContent ?? "");
        // "Not mentioned by" is about words, and says so: an outlet that wrote "gorge" for "ravine" is listed (a QA session).
        Assert.Contains("a report may word it otherwise", page.QuerySelector(".silent:not(.apart) .caveat")?.TextContent ?? "");
        Assert.StartsWith("/?", apart.QuerySelector("a")!.GetAttribute("href"));

        // A query with nothing to search says nothing of anyone.
        var nothing = await Get("/api/compare?q=the");
        Assert.Equal(0, nothing.GetProperty("silent").GetArrayLength());
        Assert.Equal(0, nothing.GetProperty("silentUnknownSource").GetInt32());
        Assert.Null(new HtmlParser().ParseDocument(await _client.GetStringAsync("/compare?q=the")).QuerySelector(".silent"));
        // Nor does one that excludes what it asks for: every outlet was "Not mentioned by", under a notice about excluded words.
        // Since 2026-12-06 also a pattern of the word excluded, and an exclusion in a group the query requires.
        foreach (string q in new[] { "killed -killed", "kill* -kill*", "\"police killed\" -killed", "police -pol*", "killed -killed*", "killed (-killed OR dead)", "dead (killed -dead)" })
        {
            var contradiction = await Get("/api/compare?q=" + Uri.EscapeDataString(q));
            Assert.Equal(0, contradiction.GetProperty("silent").GetArrayLength());
            Assert.StartsWith("The query excludes what it asks for", contradiction.GetProperty("notice").GetString());
        }
        // A query that excludes only some of what it asks is no such query.
        foreach (string q in new[] { "killed OR dead -dead", "(killed -dead) OR dead", "killed (-dead OR wounded)" })
            Assert.DoesNotContain("excludes what it asks", (await Get("/api/compare?q=" + Uri.EscapeDataString(q))).GetProperty("notice").GetString() ?? "");
        // Unless its passages are found all the same, by a title clause: then it asks something, and says nothing of the kind.
        var title = await Get("/api/passages?q=" + Uri.EscapeDataString("title:killed -killed"));
        Assert.True(title.GetProperty("total").GetInt32() > 0);
        Assert.DoesNotContain("excludes what it asks", title.GetProperty("notice").GetString() ?? "");
    }

    [Fact]
    public async Task TheViewSaysWhichOutletsGiveWhichFigure()
    {
        // As the article page, the page says a count may be an update and gives each outlet's day.
        var figuresBox = new HtmlParser().ParseDocument(await _client.GetStringAsync("/compare?q=killed")).QuerySelector(".figures-differ")!;
        Assert.Contains("a later count may update an earlier one", figuresBox.QuerySelector(".caveat")!.TextContent);
        Assert.Contains(figuresBox.QuerySelectorAll("a"), a => System.Text.RegularExpressions.Regex.IsMatch(a.TextContent, @"^[A-Z][^“]* \(\d{1,2} Jan 2022\)$"));

        var body = await Get("/api/compare?q=killed");
        // Each figure names the passage its outlet's card shows.
        var cards = body.GetProperty("reporting").EnumerateArray().Select(r => r.GetProperty("best"))
            .Select(b => (b.GetProperty("articleId").GetString(), b.GetProperty("anchor").GetString())).ToHashSet();
        var differ = body.GetProperty("figuresDiffer").EnumerateArray().ToList();
        var killed = differ.Single(d => d.GetProperty("counted").GetString() == "security forces killed");
        var figures = killed.GetProperty("figures").EnumerateArray().Select(f => f.EnumerateArray().ToList()).ToList();
        Assert.Equal(2, figures.Count);
        Assert.All(figures.SelectMany(f => f), r => Assert.Contains((r.GetProperty("articleId").GetString(), r.GetProperty("anchor").GetString()), cards));
        // CNN's "at least 13" and dpa's "thirteen" are one figure; AFP's "at least eight" is the other.
        string Outlets(List<JsonElement> figure) => string.Join(",", figure.Select(r => r.GetProperty("source").GetString()));
        var thirteen = figures.Single(f => f.Any(r => r.GetProperty("source").GetString() == "CNN"));
        Assert.Contains("Deutsche Presse-Agentur", Outlets(thirteen));
        Assert.All(thirteen, r => Assert.Matches("(?i)13|thirteen", r.GetProperty("text").GetString()!));
        // "At least eight" is the other, in the report of unknown source; AFP's card is its lead, "Police said Thursday they
        // killed 'dozens' of protesters", which counts protesters, not security forces.
        var eight = figures.Single(f => f != thirteen);
        Assert.All(eight, r => Assert.Contains("eight", r.GetProperty("text").GetString()!));

        // The reports of "beheaded" agree on their counts: no false alarm.
        Assert.Empty((await Get("/api/compare?q=beheaded")).GetProperty("figuresDiffer").EnumerateArray());

        var page = new HtmlParser().ParseDocument(await _client.GetStringAsync("/compare?q=killed"));
        var aside = page.QuerySelector("div.figures-differ")!;
        Assert.Contains("security forces killed", aside.TextContent);
        Assert.All(aside.QuerySelectorAll("a"), a => Assert.Matches("^/article/[^#]+#p-[0-9a-f]{8}$", a.GetAttribute("href")!));
        // The two seeds of no outlet give one figure each and are told apart by their titles' first words.
        var killedLine = aside.QuerySelectorAll("li").Single(l => l.TextContent.Contains("security forces killed", StringComparison.Ordinal));
        var named = killedLine.QuerySelectorAll("a").Select(a => a.TextContent).ToList();
        Assert.Equal(named.Count, named.Distinct().Count());
        Assert.Equal(2, named.Count(n => n.StartsWith('“')));
        Assert.Contains("“Dozens Reported Dead in Kazakhstan…”", named);
        // Each wording is quoted beside the outlets that wrote it, not the first outlet's for all: a QA session read "risen to 43"
        // as the Associated Press's figure, which had written "at least 40".
        Assert.All(figures.SelectMany(f => f), r => Assert.Contains($"“{r.GetProperty("text").GetString()}”", killedLine.TextContent));
        Assert.Null(new HtmlParser().ParseDocument(await _client.GetStringAsync("/compare?q=beheaded")).QuerySelector("div.figures-differ"));
    }

    [Fact]
    public async Task TheViewKeepsTheSearchsFiltersAndCanOrderTheOutletsByDate()
    {
        // The results page hands its query, filters and order to the view, and the view's form keeps them.
        var results = new HtmlParser().ParseDocument(await _client.GetStringAsync("/?q=killed&exclude.source=CNN&from=2022-01-01&sort=oldest"));
        string compare = results.QuerySelector("a.to-compare")!.GetAttribute("href")!;
        Assert.StartsWith("/compare?", compare);
        foreach (string part in new[] { "q=killed", "exclude.source=CNN", "from=2022-01-01", "sort=oldest" }) Assert.Contains(part, compare);

        var page = new HtmlParser().ParseDocument(await _client.GetStringAsync(compare));
        var hidden = page.QuerySelectorAll("form.search input[type=hidden]").Select(i => (i.GetAttribute("name"), i.GetAttribute("value"))).ToList();
        Assert.Contains(("exclude.source", "CNN"), hidden);
        Assert.Contains(("from", "2022-01-01"), hidden);
        Assert.Equal("oldest", page.QuerySelector("#sort option[selected]")!.GetAttribute("value"));
        Assert.Contains(page.QuerySelectorAll(".chips a"), a => a.TextContent.Contains("not CNN", StringComparison.Ordinal) && !a.GetAttribute("href")!.Contains("CNN", StringComparison.Ordinal));
        Assert.DoesNotContain(page.QuerySelectorAll(".coverage .outlet h2"), h => h.TextContent == "CNN");

        // Earliest first: the dated cards by date, then the undated ones.
        var body = await Get("/api/compare?q=killed&sort=oldest");
        var dates = body.GetProperty("reporting").EnumerateArray().Select(r => r.GetProperty("best").GetProperty("date"))
            .Select(d => d.ValueKind == JsonValueKind.Null ? (DateOnly?)null : DateOnly.Parse(d.GetString()!)).ToList();
        Assert.Contains(dates, d => d == null);
        Assert.True(dates.Count(d => d != null) >= 2);
        Assert.Equal(dates.Where(d => d != null).Order().Concat(dates.Where(d => d == null)), dates);
        var latest = (await Get("/api/compare?q=killed&sort=newest")).GetProperty("reporting").EnumerateArray()
            .Select(r => r.GetProperty("best").GetProperty("date")).Where(d => d.ValueKind != JsonValueKind.Null).Select(d => d.GetString()).ToList();
        Assert.Equal(latest.OrderDescending(StringComparer.Ordinal), latest);
    }

    [Fact]
    public async Task TheViewAnswersBadParametersWithA400AndSaysWhy()
    {
        var response = await _client.GetAsync("/compare?q=killed&sort=bogus&from=2022-02-01&to=2022-01-01");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("bogus", page.QuerySelector(".errors")!.TextContent);
        Assert.Empty(page.QuerySelectorAll(".coverage .outlet"));
    }

    [Theory]
    [InlineData("/api/compare?q=killed&size=2", "size")]
    [InlineData("/api/compare?q=killed&page=2", "page")]
    [InlineData("/compare?q=killed&page=2", "page")]
    public async Task TheViewRefusesPagingByNameRatherThanIgnoreIt(string url, string parameter)
    {
        // It lists every reporting outlet on one page; a size or page it ignored would pass for one it obeyed.
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        string body = await response.Content.ReadAsStringAsync();
        if (url.StartsWith("/api/", StringComparison.Ordinal))
            Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(parameter, out _));
        else
            Assert.Contains($"takes no {parameter}", new HtmlParser().ParseDocument(body).QuerySelector(".errors")!.TextContent);
    }

    [Fact]
    public async Task APassageSearchFindsTheNewsSynonymsOfItsWords()
    {
        var body = await Get("/api/compare?q=beheaded");
        var best = body.GetProperty("reporting").EnumerateArray().ToDictionary(r => r.GetProperty("outlet").GetString()!, r => r.GetProperty("best").GetProperty("html").GetString()!);
        Assert.Contains("<mark>decapitated</mark>", best["Deutsche Presse-Agentur"]); // dpa's word for it
        Assert.Contains("<mark>beheaded</mark>", best["CNN"]);
    }

    [Fact]
    public async Task TheArticleListsEachPassagesCorroborationsAndConflicts()
    {
        var body = await Get("/api/articles/004_8782733ac144f4f1");
        var paragraphs = body.GetProperty("paragraphs").EnumerateArray().ToList();
        var killed = paragraphs.First(p => p.GetProperty("text").GetString()!.Contains("At least 13 law enforcement officials were killed", StringComparison.Ordinal));
        var corroborations = killed.GetProperty("corroborations").EnumerateArray().ToList();
        Assert.NotEmpty(corroborations);
        Assert.All(corroborations, c =>
        {
            var passage = c.GetProperty("passage");
            Assert.NotEqual("004_8782733ac144f4f1", passage.GetProperty("articleId").GetString());
            Assert.NotEqual("CNN", passage.GetProperty("source").GetString());
            Assert.InRange(c.GetProperty("score").GetSingle(), 0, 1);
            Assert.Matches("^p-[0-9a-f]{8}", passage.GetProperty("anchor").GetString());
            Assert.Contains(c.GetProperty("basis").GetString(), new[] { "sentence", "phrase", "paragraph" });
        });
        // Each linked passage names its article's title, as that article's own page gives it.
        var other = corroborations[0].GetProperty("passage");
        Assert.Equal((await Get("/api/articles/" + other.GetProperty("articleId").GetString())).GetProperty("title").GetString(), other.GetProperty("title").GetString());
        // "13 … killed" is said in so many words by other outlets: at least one link is two sentences alike.
        Assert.Contains(corroborations, c => c.GetProperty("basis").GetString() == "sentence");
        // Each link lists its grounds as a reader reads them: the count in digits, the words, never a bare "were".
        var grounds = corroborations.Select(c => c.GetProperty("shared").EnumerateArray().Select(s => s.GetString()!).ToList()).ToList();
        Assert.Contains(grounds, g => g.Contains("13") && g.Contains("killed"));
        Assert.All(grounds, g => Assert.DoesNotContain("were", g));
        Assert.NotEmpty(killed.GetProperty("conflicts").EnumerateArray());

        var page = new HtmlParser().ParseDocument(await _client.GetStringAsync("/article/004_8782733ac144f4f1"));
        var passage = page.QuerySelectorAll(".text .passage").First(p => p.TextContent.Contains("At least 13 law enforcement officials", StringComparison.Ordinal));
        Assert.Contains("Also reported by", passage.QuerySelector(".corroborated")!.TextContent);
        Assert.Contains(passage.QuerySelectorAll(".wording .basis"), b => b.TextContent.Contains("sharing “13”", StringComparison.Ordinal));
        Assert.Contains("different figure", passage.QuerySelector(".conflict")!.TextContent);
        // A count may be an update: the box says so, and each other report of a known outlet gives its day.
        Assert.Contains("a later count may update an earlier one", passage.QuerySelector(".conflict .caveat")!.TextContent);
        Assert.Contains(passage.QuerySelectorAll(".conflict li"), li => System.Text.RegularExpressions.Regex.IsMatch(li.TextContent, @"\(\d{1,2} Jan 2022\)$"));
        var link = passage.QuerySelector(".corroborated a")!.GetAttribute("href")!;
        Assert.Matches("^/article/[^#]+#p-[0-9a-f]{8}", link);

        // Under the outlets, one line each quotes that outlet's sentence as the API gives it, linked to that very sentence.
        var outlets = passage.QuerySelectorAll(".corroborated a").Select(a => a.TextContent).ToList();
        var lines = passage.QuerySelectorAll("details.wording li").ToList();
        Assert.Equal(outlets, lines.Select(l => l.QuerySelector("strong")!.TextContent));
        var quoted = lines.Select(l => l.QuerySelector("a")!).ToList();
        var sentences = corroborations.Select(c => c.GetProperty("passage")).ToList();
        Assert.All(quoted, a =>
        {
            var matching = sentences.First(s => s.GetProperty("sentence").GetString() == a.TextContent);
            Assert.EndsWith("#" + matching.GetProperty("sentenceAnchor").GetString(), a.GetAttribute("href"));
            Assert.Matches("#s-[0-9a-f]{8}", a.GetAttribute("href")!);
        });
        // Every linked passage is reachable from there: the best of each outlet quoted, the others by paragraph number.
        Assert.Equal(corroborations.Count, lines.Sum(l => l.QuerySelectorAll("a").Length));
        // The disclosure names the outlet when there is one.
        foreach (var linked in page.QuerySelectorAll(".text .passage").Where(p => p.QuerySelector(".corroborated") != null))
        {
            var names = linked.QuerySelectorAll(".corroborated a").Select(a => a.TextContent).ToList();
            // To a screen reader, each says the paragraph it is of: a list of controls held thirty alike.
            var summary = linked.QuerySelector("details.wording summary")!;
            string hidden = summary.QuerySelector(".visually-hidden")!.TextContent;
            Assert.Equal(names.Count == 1 ? $"How {names[0]} puts it" : "How they put it", summary.TextContent.Replace(hidden, "", StringComparison.Ordinal));
            Assert.Matches(@"^, paragraph \d+$", hidden);
            // Each outlet is named apart, the two seeds of unknown source too: by their titles' first words.
            Assert.Equal(names.Count, names.Distinct().Count());
            Assert.DoesNotContain(names, n => n.Contains("unknown", StringComparison.OrdinalIgnoreCase));
        }
        var unnamed = page.QuerySelectorAll(".corroborated a").Select(a => a.TextContent).Where(n => n.StartsWith('“')).Distinct().ToList();
        Assert.Equal(2, unnamed.Count);
        Assert.All(unnamed, n => Assert.Contains("…”", n));
    }

    [Theory]
    [InlineData("000_f93588ad3d61e761")]
    [InlineData("001_947e030a57aeb5a8")]
    [InlineData("002_b8e0d7ba9690e0e6")]
    [InlineData("003_418872cd9c62c7ec")]
    [InlineData("004_8782733ac144f4f1")]
    public async Task AnOutletLinkedOnlyByAPhraseOrAParagraphIsNamedAsPerhaps(string id)
    {
        // On the blind sets a sentence alike was right 0.81 of the time, a shared phrase 0.54 and a paragraph alike 0.65: the page
        // names an outlet as "Also reported by" only when a sentence of its is alike, and the others after "perhaps".
        var api = await Get("/api/articles/" + id);
        var page = new HtmlParser().ParseDocument(await _client.GetStringAsync("/article/" + id));
        foreach (var paragraph in api.GetProperty("paragraphs").EnumerateArray())
        {
            var links = paragraph.GetProperty("corroborations").EnumerateArray().ToList();
            if (links.Count == 0) continue;
            var shown = page.GetElementById(paragraph.GetProperty("anchor").GetString()!)!.QuerySelector(".corroborated")!;
            var perhaps = shown.QuerySelectorAll(".perhaps a").Select(a => a.GetAttribute("href")!).ToList();
            var sure = shown.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).Except(perhaps).ToList();
            bool BySentence(string href) => links.Any(l => href.EndsWith(l.GetProperty("passage").GetProperty("url").GetString()!, StringComparison.Ordinal)
                && l.GetProperty("basis").GetString() == "sentence");
            Assert.All(sure, href => Assert.True(BySentence(href), href));
            Assert.All(perhaps, href => Assert.False(BySentence(href), href));
            Assert.Equal(sure.Count > 0, shown.TextContent.TrimStart().StartsWith("Also reported by", StringComparison.Ordinal));
            // "…, Agence France-Presse; perhaps also by Euronews": the semicolon right after the last outlet (a QA pass saw " ;").
            if (sure.Count > 0 && perhaps.Count > 0) Assert.Matches(@"\S; perhaps also by", System.Text.RegularExpressions.Regex.Replace(shown.TextContent, @"\s+", " "));
        }
    }

    [Fact]
    public async Task WithoutLinksTheArticleHasItsParagraphsAndNoLinksOrRelations()
    {
        var full = await Get("/api/articles/004_8782733ac144f4f1");
        var bare = await Get("/api/articles/004_8782733ac144f4f1?links=false");

        Assert.Equal(full.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("text").GetString()),
            bare.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("text").GetString()));
        Assert.All(bare.GetProperty("paragraphs").EnumerateArray(), p =>
        {
            Assert.Empty(p.GetProperty("corroborations").EnumerateArray());
            Assert.Empty(p.GetProperty("conflicts").EnumerateArray());
        });
        Assert.Empty(bare.GetProperty("related").EnumerateArray());
        Assert.Contains(full.GetProperty("paragraphs").EnumerateArray(), p => p.GetProperty("corroborations").GetArrayLength() > 0);
    }
}
