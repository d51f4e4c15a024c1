using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Search.Web.Tests.Pages;

/// <summary>
/// A journalist pastes one outlet's paragraphs to find how the others put it: the passages and the side-by-side view search a
/// long text for any of its words, as the article search does, and say so; an all-words search that finds nothing offers any word.
/// </summary>
public class PastedTextPageTests(SearchSiteFactory site) : IClassFixture<SearchSiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();
    private static readonly HtmlParser Parser = new();

    // dpa's paragraphs, from the first, until the text is longer than the longest query searched for all its words (500).
    private async Task<string> PastedParagraphs()
    {
        using var article = JsonDocument.Parse(await _client.GetStringAsync("/api/articles/003_418872cd9c62c7ec"));
        string text = "";
        foreach (var paragraph in article.RootElement.GetProperty("paragraphs").EnumerateArray())
        {
            text += paragraph.GetProperty("text").GetString() + "\n";
            if (text.Length > 600) break;
        }
        return text;
    }

    [Theory]
    [InlineData("/passages", ".passage-hit")]
    [InlineData("/compare", ".coverage .outlet")]
    public async Task APastedTextIsSearchedForAnyOfItsWordsAndThePageSaysSo(string path, string hit)
    {
        string pasted = await PastedParagraphs();
        var response = await _client.GetAsync(path + "?q=" + Uri.EscapeDataString(pasted));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Contains("any of its words", page.QuerySelector("p.notice")!.TextContent);
        Assert.True(page.QuerySelectorAll(hit).Length >= 2);
        // The heading quotes the text's first words, not all of it.
        string heading = page.QuerySelector("h1")!.TextContent;
        Assert.True(heading.Length < 200, heading);
        Assert.Contains("…", heading);
    }

    [Fact]
    public async Task TheJsonTwinsSayHowThePastedTextWasRead()
    {
        string q = Uri.EscapeDataString(await PastedParagraphs());
        using var passages = JsonDocument.Parse(await _client.GetStringAsync("/api/passages?q=" + q));
        using var compare = JsonDocument.Parse(await _client.GetStringAsync("/api/compare?q=" + q));
        Assert.Contains("any of its words", passages.RootElement.GetProperty("notice").GetString());
        Assert.Contains("any of its words", compare.RootElement.GetProperty("notice").GetString());
        // Every outlet has passages alike; dpa's own come first.
        Assert.Equal("Deutsche Presse-Agentur", passages.RootElement.GetProperty("passages")[0].GetProperty("source").GetString());
        Assert.True(compare.RootElement.GetProperty("reporting").GetArrayLength() >= 4);

        using var typed = JsonDocument.Parse(await _client.GetStringAsync("/api/passages?q=beheaded"));
        Assert.Equal(JsonValueKind.Null, typed.RootElement.GetProperty("notice").ValueKind);
    }

    [Theory]
    [InlineData("/passages")]
    [InlineData("/compare")]
    public async Task AnAllWordsSearchThatFindsNothingOffersAnyOfItsWords(string path)
    {
        // No paragraph says both, though each word is found.
        var page = Parser.ParseDocument(await _client.GetStringAsync(path + "?q=beheaded+curfew"));
        string anyWords = page.QuerySelector("p.empty a")!.GetAttribute("href")!;
        Assert.StartsWith(path + "?q=beheaded%20curfew", anyWords);
        Assert.Contains("mode=any", anyWords);

        var offered = Parser.ParseDocument(await _client.GetStringAsync(anyWords));
        Assert.Null(offered.QuerySelector("p.empty"));
    }
}
