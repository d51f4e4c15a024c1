using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Search.Web.Tests.Protection;

/// <summary>
/// Requests a new user sent on 2026-12-04 that ended in a 500, a 414 or a link to a 400: each is now answered as what it is.
/// </summary>
public sealed class OddRequestTests(SearchSiteFactory site) : IClassFixture<SearchSiteFactory>
{
    private const string Article = "/article/003_418872cd9c62c7ec";
    private readonly HttpClient _client = site.CreateClient();

    [Theory]
    [InlineData("%20")]
    [InlineData("%09")]
    [InlineData("%C2%A0")]
    public async Task ABlankArticleIdIsNotFound(string id)
    {
        var response = await _client.GetAsync("/article/" + id);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/search?q=killed%EF%BF%BE")]
    [InlineData("/api/passages?q=%22killed%EF%BF%BE%22")]
    [InlineData("/api/compare?q=killed%EF%BF%BE")]
    [InlineData("/?q=killed%EF%BF%BE")]
    [InlineData("/?q=killed&source=CNN%EF%BF%BE")]
    [InlineData("/?q=killed&find.person=%EF%BF%BE")]
    [InlineData("/api/facets/person?prefix=tok%EF%BF%BE")]
    [InlineData(Article + "?q=killed%EF%BF%BE")]
    public async Task ANoncharacterInAQueryOrValueIsLeftOutNotAServerError(string url)
    {
        // U+FFFE, which normalising refuses, was a 500 on every page and API.
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/search?q=%00")]
    [InlineData("/api/passages?q=%01%02")]
    [InlineData("/api/compare?q=%00")]
    [InlineData("/?q=%00")]
    [InlineData("/api/search?q=%EF%BF%BE")]
    [InlineData("/?q=%EF%BF%BE%20%01")]
    [InlineData("/api/search?q=%E2%80%8B")] // a pasted zero-width space listed every article (a QA session)
    [InlineData("/?q=%E2%80%8B%EF%BB%BF")]
    public async Task AQueryOfControlCharactersAloneIsRefused(string url)
    {
        // It was cleaned to nothing and listed every article, as no query does; a noncharacter alone too (a QA session).
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("only control characters", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/search?q=ferry&source=afp", "/?q=ferry&source=afp")]
    [InlineData("/articles/ferry-ap?q=ferry", "/article/ferry-ap?q=ferry")]
    public async Task AnAddressAReaderGuessesLeadsToThePage(string url, string page)
    {
        // Both answered 404, saying the page "may have been removed from the index" (a QA session).
        using var client = site.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(page, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AQueryTheSearchWouldRefuseShowsTheArticleUnmarkedAndSaysWhy()
    {
        // A range that ends before it starts, and more distinct words than Lucene's clause limit.
        string reversed = Uri.EscapeDataString("date:[2022-01-07 TO 2022-01-01]");
        string tooMany = Uri.EscapeDataString(string.Join(' ', Enumerable.Range(0, 1100).Select(i => "w" + i)));
        foreach (string query in new[] { reversed, tooMany })
        {
            var response = await _client.GetAsync($"{Article}?q={query}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            Assert.Contains("not marked", page.QuerySelector("p.notice")?.TextContent);
            Assert.Empty(page.QuerySelectorAll("article mark"));
            Assert.NotEmpty(page.QuerySelectorAll(".passage[id^='p-']"));
        }
    }

    [Fact]
    public async Task AMethodNoPageTakesIs405NotAPageRenderedWithoutItsData()
    {
        var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Trace, Article));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
        // With the error page, as every other refusal of a page has: it had an empty body.
        foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch })
        {
            var refused = await _client.SendAsync(new HttpRequestMessage(method, "/"));
            Assert.Equal(HttpStatusCode.MethodNotAllowed, refused.StatusCode);
            Assert.Contains("Method not allowed", await refused.Content.ReadAsStringAsync());
        }
        var api = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/search?q=killed"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/search?q=killed")]
    [InlineData("/api/passages?q=killed")]
    [InlineData("/api/compare?q=killed")]
    [InlineData("/api/facets/source?q=killed")]
    [InlineData("/api/articles/003_418872cd9c62c7ec?links=false")]
    [InlineData("/openapi/v1.json")]
    public async Task TheApiAnswersHeadAsItAnswersGet(string url)
    {
        var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        var get = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        var bad = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/search?page=0"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task TheStatusPageIsNoPageOfItsOwn()
    {
        var response = await _client.GetAsync("/status/200");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Error 200", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ANonLatinPasteWithinTheQueryLimitIsSearchedNotRefusedAsTooLong()
    {
        // 9,500 Cyrillic characters: within the 10,000 a query may have, but 57,000 once percent-encoded.
        string paste = string.Concat(Enumerable.Repeat("Протестующие в Алматы ", 500))[..9_500];
        var response = await _client.GetAsync("/api/search?q=" + Uri.EscapeDataString(paste));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task NoDayOfTheDateFacetOffersALinkTheFilterRefuses()
    {
        var page = new HtmlParser().ParseDocument(await _client.GetStringAsync("/?q=killed"));
        var excludeLinks = page.QuerySelectorAll("a.exclude").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(excludeLinks); // the other facets keep theirs
        foreach (string link in excludeLinks)
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task TheArticleApiNamesABadLinksValue()
    {
        var response = await _client.GetAsync("/api/articles/003_418872cd9c62c7ec?links=maybe");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty("links", out _));

        var withoutLinks = await _client.GetOkJson("/api/articles/003_418872cd9c62c7ec?links=0");
        Assert.All(withoutLinks.GetProperty("paragraphs").EnumerateArray(),
            p => Assert.Equal(0, p.TryGetProperty("corroborations", out var c) ? c.GetArrayLength() : 0));
    }

    [Fact]
    public async Task APagePastTheLastLeadsBackToResultsNotToAnotherEmptyPage()
    {
        var search = new HtmlParser().ParseDocument(await _client.GetStringAsync("/?q=killed&size=2&page=9"));
        string back = search.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href")!;
        Assert.Contains("page=3", back); // 5 articles, 2 a page
        var last = new HtmlParser().ParseDocument(await _client.GetStringAsync(back));
        Assert.NotEmpty(last.QuerySelectorAll("li.hit"));

        var passages = new HtmlParser().ParseDocument(await _client.GetStringAsync("/passages?q=killed&page=9"));
        string first = passages.QuerySelector("p.empty a")!.GetAttribute("href")!;
        Assert.DoesNotContain("page=9", first);
        Assert.Null(passages.QuerySelector(".pager a[rel=prev]")); // it led to page 8, as empty
        var api = await _client.GetOkJson("/api/passages?q=killed&page=9");
        Assert.Contains("past the last page", api.GetProperty("notice").GetString());
    }

    [Fact]
    public async Task ThePassagesTimeBarsCountPassages()
    {
        var page = new HtmlParser().ParseDocument(await _client.GetStringAsync("/passages?q=killed"));
        var bars = page.QuerySelectorAll(".histogram svg a").Select(a => a.GetAttribute("aria-label")!).ToList();
        Assert.NotEmpty(bars);
        Assert.All(bars, label => Assert.Matches(@": \d+ passages?$", label));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("limit=101", "limit")]
    public async Task TheFacetValueSearchNamesItsOwnParameters(string parameters, string named)
    {
        // limit=0 was reported as 'more.person', the search page's name for it, and limit=abc was ignored.
        var response = await _client.GetAsync("/api/facets/person?" + parameters);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal([named], errors.EnumerateObject().Select(e => e.Name));
        Assert.Single(errors.GetProperty(named).EnumerateArray()); // limit=abc was one error, then a second for the 0 it left
        var prefix = await _client.GetAsync("/api/facets/person?prefix=" + new string('t', 101));
        Assert.True(JsonDocument.Parse(await prefix.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("prefix", out _));
    }

    [Theory]
    [InlineData("source=cnn", "CNN")]
    [InlineData("source=afp", "Agence France-Presse")] // an alias
    [InlineData("org=otsc", null)]
    public async Task AFilterValueIsReadAsTheFacetValueItNamesCaseAndAliasesAside(string filter, string? selected)
    {
        // source=cnn found nothing: filter values had to be typed as the facet lists them.
        var exact = await _client.GetOkJson("/api/search?" + filter[..(filter.IndexOf('=') + 1)] + Uri.EscapeDataString(selected ?? "Collective Security Treaty Organization"));
        var typed = await _client.GetOkJson("/api/search?" + filter);
        Assert.True(exact.GetProperty("total").GetInt32() >= 1);
        Assert.Equal(exact.GetProperty("total").GetInt32(), typed.GetProperty("total").GetInt32());
        if (selected != null)
            Assert.Contains(typed.GetProperty("facets").GetProperty("source").EnumerateArray(),
                v => v.GetProperty("value").GetString() == selected && v.GetProperty("selected").GetBoolean());
        var unknown = await _client.GetOkJson("/api/search?source=CN");
        Assert.Equal(0, unknown.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task APersonsSurnameNamesThemAndAValueThatNamesNothingSaysSo()
    {
        // person=azirbek found nothing, though the facet's search box offers "Saltanat Azirbek", and nothing said why.
        foreach (string api in new[] { "/api/search", "/api/passages" })
        {
            var full = await _client.GetOkJson(api + "?person=" + Uri.EscapeDataString("Saltanat Azirbek"));
            var surname = await _client.GetOkJson(api + "?person=azirbek");
            Assert.True(full.GetProperty("total").GetInt32() >= 1);
            Assert.Equal(full.GetProperty("total").GetInt32(), surname.GetProperty("total").GetInt32());
            Assert.Equal(JsonValueKind.Null, surname.GetProperty("notice").ValueKind);

            var nothing = await _client.GetOkJson(api + "?q=killed&source=nyt");
            Assert.Equal(0, nothing.GetProperty("total").GetInt32());
            Assert.Equal("No article has the outlet “nyt”: the filter finds nothing.", nothing.GetProperty("notice").GetString());
        }
        // A word of several values' names is none of them: they are suggested.
        var several = await _client.GetOkJson("/api/search?org=security");
        Assert.Equal(0, several.GetProperty("total").GetInt32());
        Assert.Matches("^No article has the organization “security”: the filter finds nothing. Did you mean “.*Security.*”\\?$", several.GetProperty("notice").GetString());
        Assert.Contains("“Collective Security Treaty Organization”", several.GetProperty("notice").GetString());
        var compare = await _client.GetOkJson("/api/compare?q=killed&source=nyt");
        Assert.StartsWith("No article has the outlet “nyt”", compare.GetProperty("notice").GetString());
    }

    [Fact]
    public async Task TheValuesOfferedForAValueThatNamesNothingAreLinksMostResultsFirst()
    {
        // They were listed by name, with no count and no link, and a value that finds nothing under the search was offered too.
        foreach (string api in new[] { "/api/search", "/api/passages", "/api/compare" })
        {
            var offer = (await _client.GetOkJson(api + "?q=almaty&org=security")).GetProperty("suggestions").EnumerateArray().ToList();
            Assert.True(offer.Count >= 2, api);
            var counts = offer.Select(o => o.GetProperty("count").GetInt32()).ToList();
            Assert.Equal(counts.OrderDescending(), counts);
            Assert.All(counts, c => Assert.True(c > 0));
            Assert.All(offer, o => Assert.Equal("security", o.GetProperty("given").GetString()));
        }
        // Each count is what choosing the value finds.
        foreach (var offered in (await _client.GetOkJson("/api/search?q=almaty&org=security")).GetProperty("suggestions").EnumerateArray())
        {
            var chosen = await _client.GetOkJson("/api/search?q=almaty&org=" + Uri.EscapeDataString(offered.GetProperty("value").GetString()!));
            Assert.Equal(offered.GetProperty("count").GetInt32(), chosen.GetProperty("total").GetInt32());
        }
        // A value that holds the words but finds nothing under the search is not offered: "khabar" is in no article of the council.
        var narrow = (await _client.GetOkJson("/api/search?q=khabar&org=security")).GetProperty("suggestions").EnumerateArray().ToList();
        Assert.NotEmpty(narrow);
        foreach (var offered in narrow)
            Assert.True((await _client.GetOkJson("/api/search?q=khabar&org=" + Uri.EscapeDataString(offered.GetProperty("value").GetString()!))).GetProperty("total").GetInt32() > 0);
        Assert.True(narrow.Count < (await _client.GetOkJson("/api/search?q=almaty&org=security")).GetProperty("suggestions").GetArrayLength());

        // On each page the offered values are links that put the value in place of the one given, keeping the query.
        foreach (string path in new[] { "/", "/passages", "/compare" })
        {
            var page = new HtmlParser().ParseDocument(await _client.GetStringAsync(path + "?q=almaty&org=security"));
            var notice = page.QuerySelector(".notice")!;
            Assert.Contains("Did you mean", notice.TextContent);
            var link = notice.QuerySelectorAll("a").First(a => a.TextContent == "Collective Security Treaty Organization");
            Assert.Equal(path + "?q=almaty&org=Collective%20Security%20Treaty%20Organization", link.GetAttribute("href"));
        }
        // A count is what choosing the value finds only when it stands alone in its dimension: beside another excluded value,
        // or itself excluded, the value is offered without one (it said 5 where the link found nothing, or what was left).
        foreach (string url in new[] { "/api/search?q=almaty&org=security&exclude.org=Collective%20Security%20Treaty%20Organization", "/api/search?q=almaty&exclude.org=security" })
            Assert.All((await _client.GetOkJson(url)).GetProperty("suggestions").EnumerateArray(), o => Assert.Equal(JsonValueKind.Null, o.GetProperty("count").ValueKind));
        // Excluded, the link excludes the value offered.
        var excluded = new HtmlParser().ParseDocument(await _client.GetStringAsync("/?q=almaty&exclude.org=security"));
        Assert.Contains("exclude.org=Collective%20Security%20Treaty%20Organization",
            excluded.QuerySelectorAll(".notice a").Single(a => a.TextContent == "Collective Security Treaty Organization").GetAttribute("href"));
    }

    [Fact]
    public async Task AValueBothChosenAndExcludedIsSaidSo()
    {
        // The page was empty and said nothing, or its chips read as two filters that each find something.
        var only = await _client.GetOkJson("/api/search?q=troops&person=Nikol%20Pashinyan&exclude.person=Nikol%20Pashinyan");
        Assert.Equal(0, only.GetProperty("total").GetInt32());
        Assert.Equal("The person “Nikol Pashinyan” is both chosen and excluded, so the filter finds nothing.", only.GetProperty("notice").GetString());
        var beside = await _client.GetOkJson("/api/passages?q=troops&person=Nikol%20Pashinyan&person=tokayev&exclude.person=Nikol%20Pashinyan");
        Assert.True(beside.GetProperty("total").GetInt32() > 0);
        Assert.Equal("The person “Nikol Pashinyan” is both chosen and excluded, so it adds nothing to the filter.", beside.GetProperty("notice").GetString());
        // Told once for a value that names nothing, and the unknown outlet in words, not as "(none)".
        Assert.Equal("No article has the person “baker”: the filter finds nothing.",
            (await _client.GetOkJson("/api/search?person=baker&exclude.person=baker")).GetProperty("notice").GetString());
        Assert.Equal("The unknown outlet is both chosen and excluded, so the filter finds nothing.",
            (await _client.GetOkJson("/api/search?q=killed&source=(none)&exclude.source=(none)")).GetProperty("notice").GetString());
        // A day too (a QA session: it found nothing and said nothing).
        var day = await _client.GetOkJson("/api/search?q=killed&date=2022-01-06&exclude.date=2022-01-06");
        Assert.Equal(0, day.GetProperty("total").GetInt32());
        Assert.Equal("The date “2022-01-06” is both chosen and excluded, so the filter finds nothing.", day.GetProperty("notice").GetString());
    }

    [Fact]
    public async Task AValueThatNamesNothingIsToldBesideAnotherExcludedAndBeforeTheQuerysOwnNotice()
    {
        // Each of these was silent, or gave way to the query's notice, which blamed the empty page on the query.
        var besides = await _client.GetOkJson("/api/search?person=tokayev&person=baker");
        Assert.True(besides.GetProperty("total").GetInt32() > 0);
        Assert.Equal("No article has the person “baker”, so it adds nothing to the filter.", besides.GetProperty("notice").GetString());
        // Beside a value that names someone, it is not blamed for an empty page the query made.
        var query = await _client.GetOkJson("/api/search?q=zzzzqqq&person=azirbek&person=baker");
        Assert.Equal("No article has the person “baker”, so it adds nothing to the filter.", query.GetProperty("notice").GetString());

        int killed = (await _client.GetOkJson("/api/search?q=killed")).GetProperty("total").GetInt32();
        var excluded = await _client.GetOkJson("/api/search?q=killed&exclude.source=nyt");
        Assert.Equal(killed, excluded.GetProperty("total").GetInt32());
        Assert.Equal("No article has the outlet “nyt”: excluding it leaves out nothing.", excluded.GetProperty("notice").GetString());

        var both = await _client.GetOkJson("/api/passages?q=odkb&person=baker");
        Assert.StartsWith("No article has the person “baker”: the filter finds nothing. No article has “odkb”", both.GetProperty("notice").GetString());
        // The query's own explanation stays after it, on every view.
        foreach (string api in new[] { "/api/search", "/api/passages", "/api/compare" })
            Assert.Equal("No article has the outlet “nyt”: excluding it leaves out nothing. " + QueryBuilderNotice,
                (await _client.GetOkJson(api + "?q=killed%20-killed&exclude.source=nyt")).GetProperty("notice").GetString());
    }

    private const string QueryBuilderNotice = "The query excludes what it asks for, so nothing can match: remove the excluded word, or the word itself.";

    [Fact]
    public async Task AFacetValueSelectedThroughAnAliasIsNamedAndUncheckedAsTheFacetNamesIt()
    {
        // Two spellings of one value are one filter: two chips each removed only itself.
        var twice = new HtmlParser().ParseDocument(await _client.GetStringAsync("/?q=killed&source=afp&source=AFP"));
        Assert.Equal("Filters (1 active)", twice.QuerySelector("details.filters summary")!.TextContent);
        // Its box linked to source=afp&source=Agence France-Presse, which kept the filter, and the chip read "afp".
        foreach (string page in new[] { "/?source=afp", "/passages?source=afp", "/compare?q=killed&source=afp" })
        {
            var html = new HtmlParser().ParseDocument(await _client.GetStringAsync(page));
            Assert.DoesNotContain(html.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("source=afp", StringComparison.Ordinal));
            Assert.Contains(html.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("source=Agence%20France-Presse", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task AFacetSearchThatFindsNothingSaysSoAndTheFiltersCountTheDateRange()
    {
        var page = new HtmlParser().ParseDocument(await _client.GetStringAsync("/?q=killed&find.org=zzz&source=CNN&from=2022-01-01&to=2022-01-31"));
        Assert.Contains(page.QuerySelectorAll(".facet p.none"), p => p.TextContent == "No value matches “zzz”.");
        // Two chips: the outlet and the date range.
        Assert.Equal("Filters (2 active)", page.QuerySelector("details.filters summary")!.TextContent);
    }

    [Fact]
    public async Task ExclusionsAloneRankNothingSoTheNewestComeFirstAndThePageSaysSo()
    {
        // Every score was alike, and the articles came in the order they were indexed.
        var result = await _client.GetOkJson("/api/search?q=" + Uri.EscapeDataString("-beheaded"));
        Assert.Equal("newest", result.GetProperty("sort").GetString());
        var days = result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("date").GetString() ?? "").Where(d => d.Length > 0).ToList();
        Assert.Equal(days.OrderByDescending(d => d, StringComparer.Ordinal), days);
        var page = new HtmlParser().ParseDocument(await _client.GetStringAsync("/"));
        Assert.Contains("newest first", page.QuerySelector("#sort option[value=relevance]")!.TextContent);
    }
}
