using System.Net;
using System.Text.Json;

namespace Search.Web.Tests.Api;

/// <summary>
/// The passage search and the side-by-side view take the queries the article search takes: the search page links both
/// with its own query, so a query it answers must not lead to a 400 there, nor to every passage.
/// </summary>
public sealed class PassageQueriesTests(SearchSiteFactory site) : IClassFixture<SearchSiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    private static IEnumerable<JsonElement> Passages(JsonElement result) => result.GetProperty("passages").EnumerateArray();

    [Theory]
    [InlineData("the")]
    [InlineData("will")]
    [InlineData("\"")]
    [InlineData("🙂")]
    public async Task AQueryWithNoWordToSearchMatchesNoPassageAndSaysSo(string query)
    {
        string q = Uri.EscapeDataString(query);
        var articles = await _client.GetOkJson("/api/search?q=" + q);
        var passages = await _client.GetOkJson("/api/passages?q=" + q);
        Assert.Equal(0, articles.GetProperty("total").GetInt32());
        Assert.Equal(0, passages.GetProperty("total").GetInt32());
        Assert.Contains("no word to search", passages.GetProperty("notice").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("no word to search", articles.GetProperty("notice").GetString(), StringComparison.OrdinalIgnoreCase);
        var compare = await _client.GetOkJson("/api/compare?q=" + q);
        Assert.Equal(0, compare.GetProperty("reporting").GetArrayLength());
    }

    [Fact]
    public async Task AFieldOfTheArticleKeepsThePassagesOfTheArticlesItMatches()
    {
        var killed = await _client.GetOkJson("/api/passages?q=killed&size=100");
        var notCnn = await _client.GetOkJson("/api/passages?q=" + Uri.EscapeDataString("killed -source:CNN") + "&size=100");
        Assert.Contains(Passages(killed), p => p.GetProperty("source").GetString() == "CNN");
        Assert.DoesNotContain(Passages(notCnn), p => p.GetProperty("source").GetString() == "CNN");
        Assert.Equal(Passages(killed).Count(p => p.GetProperty("source").GetString() != "CNN"), notCnn.GetProperty("total").GetInt32());

        var cnnOnly = await _client.GetOkJson("/api/passages?q=" + Uri.EscapeDataString("source:CNN") + "&size=100");
        Assert.True(cnnOnly.GetProperty("total").GetInt32() > 10);
        Assert.All(Passages(cnnOnly), p => Assert.Equal("CNN", p.GetProperty("source").GetString()));

        // The footer's own example on the search page, and the side-by-side view of it.
        var person = await _client.GetAsync("/passages?q=" + Uri.EscapeDataString("person:tokayev"));
        Assert.Equal(HttpStatusCode.OK, person.StatusCode);
        var compare = await _client.GetAsync("/compare?q=" + Uri.EscapeDataString("killed date:2022-01-06"));
        Assert.Equal(HttpStatusCode.OK, compare.StatusCode);
    }

    [Theory]
    [InlineData("q=person:tokayev", "Tokayev</mark>")]
    [InlineData("q=org:csto", "CSTO</mark>")]
    [InlineData("q=person:tokay*", "Tokayev</mark>")]
    [InlineData("q=person%3Atokayev%20OR%20person%3Aputin", "Tokayev</mark>")] // was a 400
    public async Task AnEntityAskedAloneFindsThePassagesThatNameItMarked(string query, string marked)
    {
        // Every passage of the five articles came back, scored alike and unmarked, a dateline ("Moscow") first.
        string q = query.StartsWith("q=", StringComparison.Ordinal) ? "q=" + Uri.EscapeDataString(Uri.UnescapeDataString(query[2..])) : query;
        var all = await _client.GetOkJson("/api/passages?size=1");
        var named = await _client.GetOkJson("/api/passages?size=100&" + q);
        Assert.InRange(named.GetProperty("total").GetInt32(), 1, all.GetProperty("total").GetInt32() - 1);
        Assert.All(Passages(named), p => Assert.Contains("</mark>", p.GetProperty("html").GetString()));
        Assert.Contains(Passages(named), p => p.GetProperty("html").GetString()!.Contains(marked));
        var compare = await _client.GetOkJson("/api/compare?" + q);
        Assert.All(compare.GetProperty("reporting").EnumerateArray(), o => Assert.Contains("</mark>", o.GetProperty("best").GetProperty("html").GetString()));
        Assert.Equal(0, compare.GetProperty("silent").GetArrayLength());
        // The pages show them too: with a filter and no words, the passages page showed its empty form.
        foreach (string page in new[] { "/passages?", "/compare?" })
            Assert.Contains(marked, await _client.GetStringAsync(page + q));
    }

    [Fact]
    public async Task AFilterWithNoWordKeepsThePassagesItsFacetCountedThoseThatNameItFirst()
    {
        // The facet said "Kassym-Jomart Tokayev 117" and its link found the 10 passages that name him; its exclusion found none.
        var all = await _client.GetOkJson("/api/passages?size=1");
        int Count(JsonElement body, string name) => body.GetProperty("facets").GetProperty("person").EnumerateArray()
            .Single(v => v.GetProperty("value").GetString() == name).GetProperty("count").GetInt32();
        foreach (string name in new[] { "Kassym-Jomart Tokayev", "Saltanat Azirbek" })
        {
            var kept = await _client.GetOkJson("/api/passages?size=100&person=" + Uri.EscapeDataString(name));
            Assert.Equal(Count(all, name), kept.GetProperty("total").GetInt32());
            var left = await _client.GetOkJson("/api/passages?size=1&exclude.person=" + Uri.EscapeDataString(name));
            Assert.Equal(all.GetProperty("total").GetInt32(), kept.GetProperty("total").GetInt32() + left.GetProperty("total").GetInt32());
            // Those that name him come first, marked.
            var marked = Passages(kept).Select(p => p.GetProperty("html").GetString()!.Contains("</mark>")).ToList();
            Assert.True(marked[0]);
            Assert.Equal(marked.Count(m => m), marked.TakeWhile(m => m).Count());
            Assert.Contains(name.Split(' ')[^1] + "</mark>", Passages(kept).First().GetProperty("html").GetString());
        }
        var compare = await _client.GetOkJson("/api/compare?person=tokayev");
        Assert.All(compare.GetProperty("reporting").EnumerateArray(), o => Assert.Contains("Tokayev</mark>", o.GetProperty("best").GetProperty("html").GetString()));
        Assert.Equal(0, compare.GetProperty("silent").GetArrayLength());
        foreach (string page in new[] { "/passages?", "/compare?" })
            Assert.Contains("Tokayev</mark>", await _client.GetStringAsync(page + "person=tokayev"));
    }

    [Theory]
    [InlineData("q=government&person=tokayev")]
    [InlineData("q=government%20person%3Atokayev")]
    public async Task WithWordsAnEntityAskedForRanksAndMarksThePassagesThatNameIt(string query)
    {
        // The words decide which passages match; the entity puts higher, and marks, the ones that name it (it was unmarked).
        var result = Passages(await _client.GetOkJson("/api/passages?size=100&" + query)).ToList();
        var words = Passages(await _client.GetOkJson("/api/passages?size=100&q=government")).ToList();
        int Rank(List<JsonElement> passages) => passages.FindIndex(p => p.GetProperty("html").GetString()!.Contains("Tokayev"));
        Assert.InRange(Rank(words), 0, words.Count - 1);
        Assert.True(Rank(result) < Rank(words), $"{Rank(result)} against {Rank(words)}");
        Assert.Contains("Tokayev</mark>", result[Rank(result)].GetProperty("html").GetString());
    }

    [Fact]
    public async Task ARegularExpressionAndARangeSearchThePassageTextAsTheyDoTheBody()
    {
        var regex = await _client.GetOkJson("/api/passages?q=" + Uri.EscapeDataString("/behead.*/"));
        Assert.True(regex.GetProperty("total").GetInt32() >= 1);
        Assert.All(Passages(regex), p => Assert.Contains("<mark>behead", p.GetProperty("html").GetString()));
        var range = await _client.GetAsync("/api/passages?q=" + Uri.EscapeDataString("body:[behead TO beheadz]"));
        Assert.Equal(HttpStatusCode.OK, range.StatusCode);
    }

    [Theory]
    [InlineData("title:killed", "killed|dead")] // and its news synonyms, as the article search finds them
    [InlineData("title:\"reported killed\" Almaty", "killed")]
    [InlineData("title:kill*", "killed")]
    public async Task ATitleClauseKeepsThePassagesOfTheArticlesWhoseTitleHasIt(string query, string titleWords)
    {
        // The title clause searched the passages' text instead: five articles' passages, most under titles without "killed".
        var passages = await _client.GetOkJson("/api/passages?size=100&q=" + Uri.EscapeDataString(query));
        var articles = await _client.GetOkJson("/api/search?size=100&q=" + Uri.EscapeDataString(query));
        Assert.True(passages.GetProperty("total").GetInt32() > 0);
        Assert.All(Passages(passages), p => Assert.Contains(titleWords.Split('|'), w => p.GetProperty("title").GetString()!.Contains(w, StringComparison.OrdinalIgnoreCase)));
        var articleIds = articles.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToHashSet();
        Assert.All(Passages(passages), p => Assert.Contains(p.GetProperty("articleId").GetString(), articleIds));
    }

    [Fact]
    public async Task AWordSearchedInTheTitleIsMarkedThereAndNotInTheBody()
    {
        // As Elasticsearch marks only the fields a query searched: title:killed marked every "killed" of the snippets too.
        // Its news synonym ("Dead") is searched, and marked, in the title only too.
        var hits = (await _client.GetOkJson("/api/search?q=title:killed")).GetProperty("hits").EnumerateArray().ToList();
        Assert.Contains(hits, h => h.GetProperty("titleHtml").GetString()!.Contains("<mark>killed</mark>"));
        Assert.All(hits, h => Assert.Contains("<mark>", h.GetProperty("titleHtml").GetString()));
        Assert.All(hits.SelectMany(h => h.GetProperty("snippets").EnumerateArray()), s => Assert.DoesNotContain("<mark>", s.GetProperty("html").GetString()));
        // Searched without a field, the word is marked in both.
        var both = Assert.Single((await _client.GetOkJson("/api/search?q=killed&source=CNN")).GetProperty("hits").EnumerateArray());
        Assert.Contains(both.GetProperty("snippets").EnumerateArray(), s => s.GetProperty("html").GetString()!.Contains("<mark>killed</mark>"));
    }

    [Fact]
    public async Task AWordSearchedInTheBodyIsNotMarkedInTheTitle()
    {
        // body:killed marked CNN's headline "… reported killed …" too, and the article page's heading.
        var hit = Assert.Single((await _client.GetOkJson("/api/search?q=body:killed&source=CNN")).GetProperty("hits").EnumerateArray());
        Assert.Contains("killed", hit.GetProperty("title").GetString());
        Assert.DoesNotContain("<mark>", hit.GetProperty("titleHtml").GetString());
        Assert.Contains(hit.GetProperty("snippets").EnumerateArray(), s => s.GetProperty("html").GetString()!.Contains("<mark>killed</mark>"));
        string page = await _client.GetStringAsync(hit.GetProperty("url").GetString());
        var heading = System.Text.RegularExpressions.Regex.Match(page, "<h1[^>]*>(.*?)</h1>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("killed", heading);
        Assert.DoesNotContain("<mark>", heading);
    }

    [Theory]
    [InlineData("person:tokay*")]
    [InlineData("person:/tokay.v/")]
    [InlineData("person:tokayev")]
    public async Task APatternOnAPersonMarksWhereTheArticleNamesThem(string query)
    {
        // person:tokayev marked "Tokayev"; person:tokay* found the same articles and marked nothing.
        var result = await _client.GetOkJson("/api/search?q=" + Uri.EscapeDataString(query));
        Assert.True(result.GetProperty("total").GetInt32() > 0);
        Assert.All(result.GetProperty("hits").EnumerateArray(), h =>
            Assert.Contains(h.GetProperty("snippets").EnumerateArray(), s => s.GetProperty("html").GetString()!.Contains("Tokayev</mark>")));
    }

    [Theory]
    [InlineData("newest")]
    [InlineData("oldest")]
    public async Task PassagesCanBeOrderedByDateWithTheUndatedLast(string sort)
    {
        // sort=newest was a 400 on passages: they were ranked by relevance only.
        var byRelevance = await _client.GetOkJson("/api/passages?q=killed&size=100");
        var byDate = await _client.GetOkJson($"/api/passages?q=killed&size=100&sort={sort}");
        Assert.Equal(byRelevance.GetProperty("total").GetInt32(), byDate.GetProperty("total").GetInt32());
        var dates = Passages(byDate).Select(p => p.GetProperty("date").ValueKind == JsonValueKind.Null ? (DateOnly?)null : DateOnly.Parse(p.GetProperty("date").GetString()!)).ToList();
        Assert.Equal(Passages(byRelevance).Select(Anchor).Order(), Passages(byDate).Select(Anchor).Order());
        var dated = dates.TakeWhile(d => d != null).Select(d => d!.Value).ToList();
        Assert.True(dated.Count > 1 && dated.Distinct().Count() > 1, "the seeds' passages for killed span days");
        Assert.All(dates.Skip(dated.Count), d => Assert.Null(d));
        Assert.Equal(sort == "newest" ? dated.OrderDescending() : dated.Order(), dated);
    }

    private static string Anchor(JsonElement passage) => passage.GetProperty("articleId").GetString() + "#" + passage.GetProperty("anchor").GetString();

    [Fact]
    public async Task WordsSpreadOverParagraphsAreSaidToBeSoNotJustNoPassage()
    {
        // CNN names Baikonur and the beheadings, in different paragraphs: the article search finds it, no passage holds both.
        var articles = await _client.GetOkJson("/api/search?q=Baikonur%20beheaded");
        Assert.Equal(1, articles.GetProperty("total").GetInt32());
        var passages = await _client.GetOkJson("/api/passages?q=Baikonur%20beheaded");
        Assert.Equal(0, passages.GetProperty("total").GetInt32());
        Assert.StartsWith("No single paragraph holds these words, but 1 article holds them", passages.GetProperty("notice").GetString());
        var compare = await _client.GetOkJson("/api/compare?q=Baikonur%20beheaded");
        Assert.StartsWith("No single paragraph", compare.GetProperty("notice").GetString());
        var nothing = await _client.GetOkJson("/api/passages?q=Baikonur%20Pashinyan");
        Assert.Equal(JsonValueKind.Null, nothing.GetProperty("notice").ValueKind);

        // The articles are counted with the news synonyms, as the search counts them: dpa writes "decapitated".
        int total = (await _client.GetOkJson("/api/search?q=paratroopers%20beheaded")).GetProperty("total").GetInt32();
        var spread = await _client.GetOkJson("/api/passages?q=paratroopers%20beheaded");
        Assert.Equal(0, spread.GetProperty("total").GetInt32());
        Assert.StartsWith($"No single paragraph holds these words, but {total} articles hold them", spread.GetProperty("notice").GetString());
    }
}
