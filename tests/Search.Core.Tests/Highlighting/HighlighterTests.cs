using System.Text.RegularExpressions;
using Search.Core.Highlighting;
using Search.Core.Search;

namespace Search.Core.Tests.Highlighting;

/// <summary>Highlighting through the index (offsets from the postings) and the highlighter's invariants.</summary>
public class HighlighterTests
{
    private static IReadOnlyList<Snippet> Snippets(string body, string query)
    {
        using var index = new TestIndex([TestIndex.Article("a", body)]);
        return index.Searcher.Search(new SearchRequest { Query = query }).Hits.Single().Snippets;
    }

    private static string Text(string html) => System.Net.WebUtility.HtmlDecode(Regex.Replace(html, "</?mark>", ""));

    [Fact]
    public void MarksStemmedFormsOfTheQueryWords()
    {
        var snippet = Assert.Single(Snippets("Thousands joined the protests in Almaty on Wednesday.", "protest"));
        Assert.Contains("<mark>protests</mark>", snippet.Html);
    }

    [Fact]
    public void MarksOnlyPhraseOccurrencesForAPhraseQuery()
    {
        string html = Snippets("Security forces fired. The forces of law and security were elsewhere.", "\"security forces\"")[0].Html;
        Assert.Single(Regex.Matches(html, "<mark>"));
        Assert.Contains("<mark>Security forces</mark>", html);
    }

    [Fact]
    public void MarksAPhraseWithStopWordsAsOne()
    {
        string html = Snippets("A state of emergency was declared. The state said the emergency rules apply.", "\"state of emergency\"")[0].Html;
        Assert.Equal("A <mark>state of emergency</mark> was declared. The state said the emergency rules apply.", html);
    }

    [Fact]
    public void EncodesScriptInTheTextAndIgnoresMarkupInTheQuery()
    {
        var snippets = Snippets("An attacker wrote <script>alert('x')</script> in the comment about protests.", "protests <script>");
        string html = string.Join("", snippets.Select(s => s.Html));
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;<mark>script</mark>&gt;alert(&#39;x&#39;)", html);
        Assert.Equal(["mark"], Regex.Matches(html, "<(/?)(\\w+)").Select(m => m.Groups[2].Value).Distinct());
    }

    [Fact]
    public void DoesNotMarkProhibitedWords()
    {
        var snippets = Snippets("Police and troops clashed in Almaty.", "police NOT moscow");
        Assert.DoesNotContain("<mark>Almaty", snippets[0].Html);
        Assert.Contains("<mark>Police</mark>", snippets[0].Html);
    }

    [Fact]
    public void PointsEachSnippetAtItsParagraph()
    {
        var snippets = Snippets("The first paragraph is about weather.\n\nThe second one is about protests.", "protests");
        Assert.Equal(2, Assert.Single(snippets).Paragraph);
    }

    [Fact]
    public void ShowsTheLeadUnmarkedWhenNothingInTheBodyMatches()
    {
        using var index = new TestIndex([TestIndex.Article("a", "A lead sentence that opens the article.\n\nMore.")]);
        var snippet = index.Searcher.Search(new SearchRequest()).Hits.Single().Snippets.Single();
        Assert.Equal("A lead sentence that opens the article.", snippet.Html);
    }

    [Fact]
    public void TheLeadOfAnUnmatchedHitIsItsFirstParagraphOfProseNotItsDateline()
    {
        // dpa's seed opens with the dateline "Moscow", which was its snippet in a browse of every article.
        const string body = "Moscow\n\nRussia has deployed soldiers to Kazakhstan to help end days of protests.\n\nMore.";
        using var index = new TestIndex([TestIndex.Article("a", body)]);
        var snippet = index.Searcher.Search(new SearchRequest()).Hits.Single().Snippets.Single();
        Assert.StartsWith("Russia has deployed soldiers", snippet.Html);
        Assert.Equal(2, snippet.Paragraph);
    }

    [Fact]
    public void MarksTheQueryWordsInTheTitle()
    {
        using var index = new TestIndex([TestIndex.Article("a", "Body about <b>protests</b>.")]);
        var hit = index.Searcher.Search(new SearchRequest { Query = "title" }).Hits.Single();
        Assert.Equal("<mark>Title</mark> a", hit.TitleHtml);
    }

    [Fact]
    public void ExpandsPrefixQueries()
    {
        Assert.Contains("<mark>protesters</mark>", Snippets("Protesters and police clashed.", "protest*")[0].Html, StringComparison.OrdinalIgnoreCase);
    }

    private static readonly string LongText = string.Join(" ", Enumerable.Range(0, 40).Select(i =>
        $"Sentence {i} tells of {(i % 3 == 0 ? "troops" : "weather")} and {(i % 4 == 0 ? "protests" : "markets")} in the region today."));

    private static List<TermMatch> MatchesIn(string text, params string[] words) =>
        words.SelectMany(w => Regex.Matches(text, $"\\b{w}\\b").Select(m => new TermMatch(m.Index, m.Index + m.Length, w))).OrderBy(m => m.Start).ToList();

    [Fact]
    public void TopNPassagesAreASubsetOfTopNPlusOne()
    {
        var matches = MatchesIn(LongText, "troops", "protests");
        for (int n = 1; n < 6; n++)
        {
            var top = Highlighter.Snippets(LongText, matches, n, _ => 1f).Select(s => s.Html).ToHashSet();
            var more = Highlighter.Snippets(LongText, matches, n + 1, _ => 1f).Select(s => s.Html).ToHashSet();
            Assert.Equal(n, top.Count);
            Assert.Subset(more, top);
        }
    }

    [Fact]
    public void PassagesStayWithinTheLengthBoundsAndQuoteTheText()
    {
        var matches = MatchesIn(LongText, "troops");
        foreach (var snippet in Highlighter.Snippets(LongText, matches, 3, _ => 1f))
        {
            string text = Text(snippet.Html);
            Assert.InRange(text.Length, Highlighter.MinLength / 2, Highlighter.MaxLength + 2);
            Assert.Contains(text.Trim('…'), LongText);
            Assert.Contains("<mark>troops</mark>", snippet.Html);
        }
    }

    [Fact]
    public void CutsALongSentenceAtWordsAroundItsMatch()
    {
        string sentence = string.Join(" ", Enumerable.Repeat("word", 60)) + " beheaded " + string.Join(" ", Enumerable.Repeat("more", 60)) + ".";
        var snippet = Highlighter.Snippets(sentence, MatchesIn(sentence, "beheaded"), 1, _ => 1f).Single();
        Assert.StartsWith("…", snippet.Html);
        Assert.EndsWith("…", snippet.Html);
        Assert.Contains("<mark>beheaded</mark>", snippet.Html);
        Assert.DoesNotContain("wor…", snippet.Html);
    }

    [Theory]
    [InlineData("VARANASI, India, Feb 23 (Reuters) - ", "injured")]
    [InlineData("LIMA, Peru (AP) — ", "injured")]
    [InlineData("Athens (AFP) - ", "injured")]
    public void ALongSentenceCutBeforeItsMatchOpensAfterItsDatelineNotInsideIt(string dateline, string word)
    {
        string sentence = dateline + "At least 27 people were killed and more than 60 " + word + " on Sunday when a crowd of devotees surged towards " +
            "a riverside shrine in the northern Indian city during the festival, police said, as officials ordered an inquiry into the " +
            "crush and the state government announced compensation for the families of the dead.";
        var snippet = Highlighter.Snippets(sentence, MatchesIn(sentence, word), 1, _ => 1f).Single();
        Assert.StartsWith("…At least 27 people", snippet.Html);
        Assert.Contains("<mark>" + word + "</mark>", snippet.Html);
    }

    [Fact]
    public void ALongSentenceWhoseMatchIsFarPastADashIsCutAtWordsAsAnyOther()
    {
        string sentence = "TOAMASINA, Madagascar (Reuters) - " + string.Join(" ", Enumerable.Repeat("word", 30)) + " killed " +
            string.Join(" ", Enumerable.Repeat("more", 60)) + ".";
        var snippet = Highlighter.Snippets(sentence, MatchesIn(sentence, "killed"), 1, _ => 1f).Single();
        Assert.StartsWith("…word word", snippet.Html);
    }

    [Fact]
    public void PrefersPassagesWithRarerTerms()
    {
        string text = "Common words appear here with weather.\n\nThe rare word beheaded appears here.";
        var matches = MatchesIn(text, "weather", "beheaded");
        var best = Highlighter.Snippets(text, matches, 1, t => t == "beheaded" ? 5f : 0.5f).Single();
        Assert.Contains("beheaded", best.Html);
    }

    [Fact]
    public void EachSnippetAfterTheFirstShowsWhatTheOthersDidNot()
    {
        // A search by "beheaded" and a person: the person's name weighs as much as the word, once per word of it, and three
        // passages naming him were shown, none with the word.
        string text = "President Kassym Tokayev spoke on television on Monday evening about the unrest that had spread from the oil towns of " +
            "the west to the largest cities of the country over the weekend.\n\n" +
            "Two officers were found beheaded in the city on Wednesday.\n\n" +
            "Kassym Tokayev dismissed the whole government on Wednesday morning, saying that the ministers had failed to foresee the " +
            "anger over the price of fuel in the western regions. Later that night Kassym Tokayev thanked the allies of the alliance " +
            "for their help and said that order would soon be restored in every city.";
        var matches = MatchesIn(text, "Kassym", "Tokayev", "beheaded");
        var snippets = Highlighter.Snippets(text, matches, 3, _ => 1f);
        Assert.Contains(snippets, s => s.Html.Contains("<mark>beheaded</mark>"));
        // Two snippets of the last paragraph would lead to one place: the other paragraphs come first.
        Assert.Equal([1, 2, 3], snippets.Select(s => s.Paragraph));
    }

    [Fact]
    public void ChoosesSnippetsOnlyFromTheStartOfAVeryLongTextSoTheirCostIsBounded()
    {
        // Issue 12, fault 3: a huge article ranked in the top 10 made every such query take seconds.
        string filler = string.Join("\n\n", Enumerable.Repeat("Nothing of note happened in the city today, officials said.", 2500));
        string text = "The lead paragraph of the story.\n\n" + filler + "\n\nTroops were beheaded far down the page.";
        Assert.True(text.Length > Highlighter.MaxScanChars);
        var snippet = Assert.Single(Highlighter.Snippets(text, MatchesIn(text, "beheaded"), 3, _ => 1f));
        Assert.DoesNotContain("<mark>", snippet.Html);
        Assert.Equal(1, snippet.Paragraph);

        string early = "Troops were beheaded near the start.\n\n" + filler;
        Assert.Contains("<mark>beheaded</mark>", Assert.Single(Highlighter.Snippets(early, MatchesIn(early, "beheaded"), 3, _ => 1f)).Html);
    }

    [Fact]
    public void MarksEveryMatchOfAParagraphOnTheArticlePageWhereverItStands()
    {
        string text = string.Join("\n\n", Enumerable.Range(0, 3000).Select(i => $"Paragraph {i} mentions troops twice: troops."));
        var html = Highlighter.MarkAll(text, MatchesIn(text, "troops"));
        Assert.Equal(3000, html.Count);
        Assert.All(html, p => Assert.Equal(2, Regex.Matches(p, "<mark>troops</mark>").Count));
    }
}
