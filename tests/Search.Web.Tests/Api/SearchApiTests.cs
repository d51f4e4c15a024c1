using System.Net;
using System.Text.Json;

namespace Search.Web.Tests.Api;

public class SearchApiTests(SearchSiteFactory site) : IClassFixture<SearchSiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    private Task<JsonElement> Get(string url) => _client.GetOkJson(url);

    [Fact]
    public async Task ReturnsTheDocumentedShape()
    {
        var body = await Get("/api/search?q=Tokayev&size=2");
        Assert.Equal("Tokayev", body.GetProperty("query").GetString());
        Assert.Equal(5, body.GetProperty("total").GetInt32());
        Assert.True(body.GetProperty("tookMs").GetInt64() >= 0);
        Assert.Equal(1, body.GetProperty("page").GetInt32());
        Assert.Equal(2, body.GetProperty("size").GetInt32());
        var hit = body.GetProperty("hits")[0];
        foreach (string name in new[] { "id", "title", "source", "date", "score", "url", "snippets" }) Assert.True(hit.TryGetProperty(name, out _), name);
        var snippet = hit.GetProperty("snippets")[0];
        // The name is marked as the article wrote it: a plain search for a name also marks the entity's full mention.
        Assert.Matches("<mark>[^<]*Tokayev</mark>", snippet.GetProperty("html").GetString());
        Assert.True(snippet.GetProperty("paragraph").GetInt32() >= 1);
        string anchor = snippet.GetProperty("anchor").GetString()!;
        Assert.Matches("^p-[0-9a-f]{8}$", anchor);
        Assert.EndsWith($"#{anchor}", snippet.GetProperty("url").GetString());
        foreach (string dimension in new[] { "source", "date", "person", "org", "place" })
            Assert.Equal(JsonValueKind.Array, body.GetProperty("facets").GetProperty(dimension).ValueKind);
    }

    [Fact]
    public async Task AFilteredHitsLinkCarriesTheFilterAndOpensTheArticleWithTheEntityMarked()
    {
        var body = await Get("/api/search?person=tokayev&size=1");
        var hit = body.GetProperty("hits")[0];
        string url = hit.GetProperty("url").GetString()!;
        Assert.Contains("person=tokayev", url);
        Assert.Contains("person=tokayev", hit.GetProperty("snippets")[0].GetProperty("url").GetString());
        string page = await _client.GetStringAsync(url);
        Assert.Contains("<mark>", page);

        // The passages' and the side-by-side view's links carry it too, as their pages' links do.
        var passage = (await Get("/api/passages?person=tokayev&size=1")).GetProperty("passages")[0];
        Assert.Contains("person=tokayev", passage.GetProperty("url").GetString());
        var best = (await Get("/api/compare?q=killed&person=tokayev")).GetProperty("reporting")[0].GetProperty("best");
        Assert.Contains("person=tokayev", best.GetProperty("url").GetString());
    }

    [Fact]
    public async Task AMisspeltQueryThatFindsNothingOffersTheSpellingTheArticlesUseOnTheApiAndThePage()
    {
        // A ninth QA pass: "protestrs" found nothing, without a word.
        var api = await Get("/api/search?q=protestrs%20Almaty");
        Assert.Equal(0, api.GetProperty("total").GetInt32());
        Assert.Equal("protesters Almaty", api.GetProperty("didYouMean").GetString());
        Assert.Contains("Did you mean", api.GetProperty("notice").GetString());
        Assert.True((await Get("/api/search?q=protesters%20Almaty")).GetProperty("total").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Null, (await Get("/api/search?q=protesters")).GetProperty("didYouMean").ValueKind);

        string page = await _client.GetStringAsync("/?q=protestrs%20Almaty&source=CNN");
        Assert.Contains("href=\"/?q=protesters%20Almaty&amp;source=CNN\"", page);
    }

    [Fact]
    public async Task AParameterNameIsReadCaseAside()
    {
        // More.person was refused with advice to write exclude.person, though ASP.NET read it as more.person.
        var body = await Get("/api/search?More.person=20&Exclude.Source=CNN"); // a 200, not a 400
        Assert.DoesNotContain(body.GetProperty("hits").EnumerateArray(), h => h.GetProperty("source").GetString() == "CNN");
    }

    [Fact]
    public async Task GivesNullForAnUnknownSourceAndDate()
    {
        var body = await Get("/api/search?q=%22Russian+Alliance+Sends+Troops%22");
        var hit = body.GetProperty("hits").EnumerateArray().Single();
        Assert.Equal(JsonValueKind.Null, hit.GetProperty("source").ValueKind);
        Assert.Equal(JsonValueKind.Null, hit.GetProperty("date").ValueKind);
    }

    [Fact]
    public async Task TheCstoFacetCountsAllFive()
    {
        var body = await Get("/api/search");
        var csto = body.GetProperty("facets").GetProperty("org").EnumerateArray()
            .Single(v => v.GetProperty("value").GetString() == "Collective Security Treaty Organization");
        Assert.Equal(5, csto.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task RepeatedFiltersAreOredWithinADimension()
    {
        var one = await Get("/api/search?source=CNN");
        var two = await Get("/api/search?source=CNN&source=Agence+France-Presse");
        Assert.Equal(1, one.GetProperty("total").GetInt32());
        Assert.Equal(2, two.GetProperty("total").GetInt32());
        var all = await Get("/api/search?source=CNN&from=2022-01-06&to=2022-01-06");
        Assert.Equal(0, all.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("size=0", "size")]
    [InlineData("person=%00", "person")]           // echoed as "&#x0;" in a notice, which HTML forbids
    [InlineData("exclude.source=a%01b", "exclude.source")]
    [InlineData("size=1000", "size")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("from=2022-02-01&to=2022-01-01", "from")]
    [InlineData("from=01/02/2022", "from")]
    [InlineData("to=2022-13-01", "to")]
    [InlineData("sort=sideways", "sort")]
    [InlineData("exclude.foo=cnn", "exclude.foo")]   // a filter that named no facet filtered nothing, without a word
    [InlineData("exlude.source=CNN", "exlude.source")]
    [InlineData("title=killed", "title")]
    [InlineData("more.colour=5", "more.colour")]
    [InlineData("Exclude.Foo=cnn", "exclude.foo")]
    [InlineData("q=killed&q=dead", "q")]             // a ninth QA pass: the second query was dropped without a word
    [InlineData("q=killed&page=1&page=2", "page")]
    [InlineData("q=killed&sort=newest&sort=oldest", "sort")]
    public async Task RejectsBadParametersWithAProblemNamingThem(string query, string parameter)
    {
        var response = await _client.GetAsync("/api/search?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, body.GetProperty("status").GetInt32());
        Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out var messages), await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
    }

    [Theory]
    [InlineData("/?q=killed&person=%00")]
    [InlineData("/passages?q=killed&person=a%01b")]
    [InlineData("/compare?q=killed&exclude.source=%00")]
    public async Task APageThatRefusesAControlCharacterDoesNotWriteIt(string url)
    {
        // Its hidden fields and chips wrote a NUL as "&#x0;", which HTML forbids.
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        string html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch("&#x0?[01];", html);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public async Task APageBelowOneIsToldOneWayWhetherOrNotItReadsAsANumberOfTheRange(string page)
    {
        // page=0 said "page must be 1 or more." and page=-1 "'-1' is below 1; page counts from 1."
        foreach (string api in new[] { "/api/search", "/api/passages" })
        {
            var response = await _client.GetAsync(api + "?page=" + page);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal($"'{page}' is below 1; page counts from 1.", body.GetProperty("errors").GetProperty("page")[0].GetString());
        }
    }

    [Theory]
    [InlineData("*")]
    [InlineData("?")]
    [InlineData("\\")]
    [InlineData("\"")]
    [InlineData("((((((((((")]
    [InlineData(")]}")]
    [InlineData("~ ^ ! : /")]
    [InlineData("/.*/")]
    [InlineData("a:b:c")]
    [InlineData("date:[* TO *]")]
    [InlineData("date:[a TO b]")]
    [InlineData("AND OR NOT")]
    [InlineData("+ - && ||")]
    [InlineData("title:(")]
    [InlineData("protest^99999999999999999999")]
    [InlineData("tokayev~2")]
    [InlineData("\u0000\u202e\ud83d\ude00")]
    [InlineData("the of and")]
    public async Task HostileQueriesAreAnsweredNotCrashedOn(string query)
    {
        var response = await _client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(body.GetProperty("total").GetInt32() >= 0);
    }

    [Fact]
    public async Task ALongQueryIsSearchedForAnyOfItsWordsUpToTheLongQueryCap()
    {
        string query = string.Join(" OR ", Enumerable.Range(0, 150).Select(i => "w" + i)) + " OR Tokayev";
        var body = await Get("/api/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(5, body.GetProperty("total").GetInt32());
        Assert.Contains("any of its words", body.GetProperty("notice").GetString());

        var tooLong = await _client.GetAsync("/api/search?q=" + Uri.EscapeDataString(string.Join(' ', Enumerable.Repeat("protests", 1500))));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("\"q\"", await tooLong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task BadSyntaxIsNotAnError()
    {
        var body = await Get("/api/search?q=%22Tokayev+AND+(");
        Assert.Equal(5, body.GetProperty("total").GetInt32());
        Assert.Contains("plain words", body.GetProperty("notice").GetString());
    }

    [Fact]
    public async Task ReturnsAnArticleWithEntitiesAndParagraphs()
    {
        var body = await Get("/api/articles/004_8782733ac144f4f1");
        Assert.Equal("CNN", body.GetProperty("source").GetProperty("value").GetString());
        Assert.Equal("contributor line", body.GetProperty("source").GetProperty("rule").GetString());
        Assert.Contains(body.GetProperty("entities").GetProperty("person").EnumerateArray(), e => e.GetProperty("name").GetString() == "Kassym-Jomart Tokayev");
        var paragraphs = body.GetProperty("paragraphs").EnumerateArray().ToList();
        Assert.Equal(1, paragraphs[0].GetProperty("number").GetInt32());
        Assert.DoesNotContain(paragraphs, p => p.GetProperty("text").GetString() == "Leave a Comment");
    }

    [Fact]
    public async Task DescribesItselfInOpenApi()
    {
        var body = await Get("/openapi/v1.json");
        var paths = body.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/search", out var search));
        var parameters = search.GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString());
        Assert.Equal(["q", "mode", "source", "person", "org", "place", "date", "exclude.source", "exclude.person", "exclude.org", "exclude.place", "exclude.date",
            "more.source", "more.date", "more.person", "more.org", "more.place", "find.source", "find.person", "find.org", "find.place", "from", "to", "sort", "page", "size"], parameters);
        Assert.True(paths.TryGetProperty("/api/articles/{id}", out _));
        // The other searches take the same parameters, but for what each does not (page and size on compare).
        string[] Named(string path) => paths.GetProperty(path).GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()!).ToArray();
        Assert.Contains("source", Named("/api/passages"));
        Assert.Contains("sort", Named("/api/passages"));
        Assert.Contains("sort", Named("/api/compare"));
        Assert.DoesNotContain("page", Named("/api/compare"));
        Assert.Contains("prefix", Named("/api/facets/{dimension}"));
        Assert.Contains("limit", Named("/api/facets/{dimension}"));
        // It ignores them: its own prefix and limit say what find.* and more.* say on a search.
        Assert.DoesNotContain(Named("/api/facets/{dimension}"), n => n.StartsWith("find.") || n.StartsWith("more."));
        Assert.Contains("exclude.source", Named("/api/facets/{dimension}"));
        // The protection's answers, which no handler gives, are described on every endpoint (a QA session found them missing).
        foreach (var path in paths.EnumerateObject().Where(p => p.Name.StartsWith("/api", StringComparison.Ordinal)))
            foreach (var operation in path.Value.EnumerateObject())
            {
                var responses = operation.Value.GetProperty("responses");
                Assert.True(responses.TryGetProperty("429", out var limited), path.Name);
                Assert.True(limited.GetProperty("headers").TryGetProperty("Retry-After", out _));
                Assert.True(responses.TryGetProperty("503", out _), path.Name);
            }
    }

    [Fact]
    public async Task AnUnknownArticleIsAProblem404()
    {
        var response = await _client.GetAsync("/api/articles/no-such-id");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ModeAnyFindsArticlesWithAnyOfTheWords()
    {
        Assert.Equal(0, (await Get("/api/search?q=beheaded+zanzibar")).GetProperty("total").GetInt32());
        Assert.True((await Get("/api/search?q=beheaded+zanzibar&mode=any")).GetProperty("total").GetInt32() > 0);
        var bad = await _client.GetAsync("/api/search?q=x&mode=some");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"mode\"", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ExclusionsAndTheMissingBucketWorkInTheApi()
    {
        var all = (await Get("/api/search")).GetProperty("total").GetInt32();
        var withoutCnn = await Get("/api/search?exclude.source=CNN");
        Assert.Equal(all - 1, withoutCnn.GetProperty("total").GetInt32());
        var cnn = withoutCnn.GetProperty("facets").GetProperty("source").EnumerateArray().Single(v => v.GetProperty("value").GetString() == "CNN");
        Assert.True(cnn.GetProperty("excluded").GetBoolean());
        var undated = await Get("/api/search?date=(none)");
        var dated = await Get("/api/search?exclude.date=(none)");
        Assert.Equal(all, undated.GetProperty("total").GetInt32() + dated.GetProperty("total").GetInt32());
        Assert.True(undated.GetProperty("total").GetInt32() > 0);
        var bad = await _client.GetAsync("/api/search?date=2022-02-30");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("not a day", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheDateFacetsValuesFilterAsAnyFacetsDo()
    {
        // The date facet lists days, and date=<day> was a 400: a client could not filter by a value the facet gave it.
        var facet = (await Get("/api/search")).GetProperty("facets").GetProperty("date").EnumerateArray()
            .Where(v => !v.GetProperty("missing").GetBoolean()).ToList();
        Assert.True(facet.Count >= 2);
        var (first, second) = (facet[0].GetProperty("value").GetString()!, facet[1].GetProperty("value").GetString()!);
        int Count(int i) => facet[i].GetProperty("count").GetInt32();
        async Task<int> Total(string parameters) => (await Get("/api/search?" + parameters)).GetProperty("total").GetInt32();

        Assert.Equal(Count(0), await Total($"date={first}"));
        Assert.Equal(await Total($"from={first}&to={first}"), await Total($"date={first}"));
        Assert.Equal(Count(0) + Count(1), await Total($"date={first}&date={second}"));
        Assert.Equal(await Total("") - Count(0), await Total($"exclude.date={first}"));
        var selected = (await Get($"/api/search?date={first}")).GetProperty("facets").GetProperty("date").EnumerateArray()
            .Single(v => v.GetProperty("value").GetString() == first);
        Assert.True(selected.GetProperty("selected").GetBoolean());
        var passages = (await Get($"/api/passages?q=Almaty&date={first}&size=100")).GetProperty("passages").EnumerateArray().ToList();
        Assert.NotEmpty(passages);
        Assert.All(passages, p => Assert.Equal(first, p.GetProperty("date").GetString()));
    }

    [Fact]
    public async Task FacetValueSearchMatchesAnAliasUnderTheSearchsFilters()
    {
        var org = await Get("/api/facets/org?prefix=OTS");
        Assert.Equal("org", org.GetProperty("dimension").GetString());
        var names = org.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("value").GetString()).ToList();
        Assert.Contains("Collective Security Treaty Organization", names); // by its alias OTSC
        Assert.DoesNotContain("NATO", names);
        var people = await Get("/api/facets/person?prefix=tok&source=CNN");
        Assert.Equal(1, people.GetProperty("values")[0].GetProperty("count").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/facets/colour")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync("/api/facets/org?limit=5000")).StatusCode);
    }

    [Fact]
    public async Task FacetValueSearchTakesSizeAsElasticsearchDoesForItsLimit()
    {
        int Listed(JsonElement facet) => facet.GetProperty("values").GetArrayLength();
        var all = await Get("/api/facets/place?limit=100");
        Assert.True(Listed(all) > 3);
        Assert.Equal(2, Listed(await Get("/api/facets/place?size=2")));
        Assert.Equal(2, Listed(await Get("/api/facets/place?size=2&limit=2")));
        Assert.Equal(Math.Min(12, Listed(all)), Listed(await Get("/api/facets/place?size=12")));

        foreach (string bad in new[] { "size=5000", "size=many", "size=2&limit=3" })
        {
            var answer = await _client.GetAsync("/api/facets/place?" + bad);
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
            Assert.Contains("\"size\"", await answer.Content.ReadAsStringAsync());
        }
    }
}
