using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Search;

namespace Search.Core.Tests.Search;

public class QueryBuilderTests
{
    private static readonly QueryBuilder Builder = new(new SearchOptions { TitleBoost = 1 });

    [Fact]
    public void AllWordsRequiresEveryWordAndAnyWordsAcceptsAny()
    {
        var all = (BooleanQuery)Builder.Build("protests almaty").Query;
        Assert.All(all.Clauses, c => Assert.Equal(Occur.MUST, c.Occur));
        var any = (BooleanQuery)Builder.Build("protests almaty", QueryMode.Any).Query;
        Assert.All(any.Clauses, c => Assert.Equal(Occur.SHOULD, c.Occur));
    }

    [Fact]
    public void AHyphenatedWordIsAPhraseWhenAllWordsAreRequired()
    {
        using var index = new TestIndex([
            TestIndex.Article("joined", "Thousands joined anti-government rallies in the capital on Sunday."),
            TestIndex.Article("apart", "The anti-corruption agency said the government had not answered its questions."),
        ]);
        IEnumerable<string> Ids(string query, QueryMode mode = QueryMode.All) =>
            index.Searcher.Search(new SearchRequest { Query = query, Mode = mode }).Hits.Select(h => h.Id).Order();

        Assert.Equal(["joined"], Ids("anti-government"));
        Assert.Equal(["joined"], index.Passages.Search(new SearchRequest { Query = "anti-government rallies" }).Hits.Select(h => h.ArticleId));
        // Among any words, its parts still count apart, as a question or a pasted paragraph reads them.
        Assert.Equal(["apart", "joined"], Ids("anti-government", QueryMode.Any));
    }

    [Theory]
    [InlineData("TITLE:killed", "title:kill")]
    [InlineData("Person:Tokayev", "person:tokayev")]
    [InlineData("TITLE:kill*", "title:kill*")]
    [InlineData("Title:/kil.*/", "title:/kil.*/")]
    [InlineData("BODY:killed~", "body:kill~1")]
    public void AFieldNameInCapitalsIsReadAsTheFieldWithANotice(string query, string parsed)
    {
        var (built, notice) = Builder.Build(query);
        Assert.Contains(parsed, built.ToString());
        Assert.Contains("field names are lower case", notice);
    }

    [Fact]
    public void APatternOnAnUnknownFieldIsSaidNotToBeAField() =>
        Assert.Contains("'titel:' is not a field", Builder.Build("titel:oil*").Notice);

    [Fact]
    public void AWordBeforeAColonIsStillWordsWithoutANotice() => Assert.Null(Builder.Build("Kazakhstan: protests").Notice);

    [Fact]
    public void AQueryInAnotherScriptThatFindsNothingSaysWhy()
    {
        using var index = new TestIndex([TestIndex.Article("a", "President Tokayev spoke on Wednesday night.")]);
        var result = index.Searcher.Search(new SearchRequest { Query = "Токаев" });
        Assert.Equal(0, result.Total);
        Assert.Contains("Latin letters", result.Notice);
        Assert.Contains("Latin letters", index.Passages.Search(new SearchRequest { Query = "Токаев" }).Notice);
        // A Latin query that finds nothing, or one with an accent, is no other script.
        Assert.Null(index.Searcher.Search(new SearchRequest { Query = "Nazarbayev" }).Notice);
        Assert.Null(index.Searcher.Search(new SearchRequest { Query = "Zajárova" }).Notice);
    }

    [Theory]
    [InlineData("killed^99999999999999999999999999999999999999999")]
    [InlineData("oil^340282356779733661637539395458142568448")]
    [InlineData("killed^10001 Almaty")]
    [InlineData("oil^1e-10")] // read as "oil^1" and a required word "e-10": nothing, without a word
    [InlineData("killed^2.5E+3 Almaty")]
    public void ABoostPastTheLimitIsSearchedAsPlainWords(string query)
    {
        // A boost of 1e40 scored Infinity, which the JSON writer refused: a 500.
        var (built, notice) = Builder.Build(query);
        Assert.Contains("boost", notice);
        using var index = new TestIndex([TestIndex.Article("a", "Two were killed in Almaty, where oil prices rose.")]);
        var result = index.Searcher.Search(new SearchRequest { Query = query });
        Assert.All(result.Hits, h => Assert.True(float.IsFinite(h.Score)));
        Assert.Equal(1, result.Total);
    }

    internal static IEnumerable<Query> Flatten(Query query) =>
        query is BooleanQuery boolean ? boolean.Clauses.SelectMany(c => Flatten(c.Query)) : [query];

    [Fact]
    public void AnyWordsFoldsARepeatedWordIntoOneClauseWeightedByItsCount()
    {
        var query = (BooleanQuery)Builder.Build("glaciers melt while glaciers retreat and Glaciers thin", QueryMode.Any).Query;
        Assert.Equal(5, query.Clauses.Count); // glaciers, melt, while, retreat, thin ("and" is a stop word)
        var glaciers = query.Clauses.Single(c => c.Query.ToString().Contains("glacier"));
        Assert.Equal(3f, glaciers.Query.Boost);
    }

    [Fact]
    public void APastedTextOfThousandsOfWordsStaysWithinTheClauseLimit()
    {
        string text = string.Join(' ', Enumerable.Range(0, 2800).Select(i => "word" + (i % 400)));
        var query = (BooleanQuery)Builder.Build(text, QueryMode.Any).Query;
        Assert.Equal(400, query.Clauses.Count);
        Assert.All(query.Clauses, c => Assert.Equal(7f, c.Query.Boost));
    }

    [Fact]
    public void TooManyDistinctWordsIsAClearErrorNotAnEmptyResult()
    {
        string text = string.Join(' ', Enumerable.Range(0, BooleanQuery.MaxClauseCount + 10).Select(i => "word" + i));
        var e = Assert.Throws<InvalidSearchRequestException>(() => Builder.Build(text, QueryMode.Any));
        Assert.Equal("q", e.Errors.Single().Parameter);
        Assert.Contains("distinct words", e.Errors.Single().Message);
    }

    [Fact]
    public void AMalformedRegularExpressionIsASyntaxNoticeNotACrash()
    {
        // Found by the query fuzzer: Lucene's RegExp threw ArgumentException through the parser.
        var (_, notice) = Builder.Build("/x<1/ protests");
        Assert.StartsWith("The query has a regular expression it cannot read ('/x<1/' is not a valid regular expression", notice);
    }

    [Fact]
    public void AShorthandClassOfOtherSyntaxesIsSaidToBeItsLetter()
    {
        // /\d+/ found the letter d, without a word.
        Assert.StartsWith("In “/\\d+/”, “\\d” is the letter d", Builder.Build("/\\d+/").Notice);
        Assert.Null(Builder.Build("/[0-9]+/").Notice);
        Assert.Null(Builder.Build("/a\\\\d/").Notice); // an escaped backslash, then d
    }

    [Fact]
    public void AnExpressionItCannotReadIsNamedEvenWhenNoWordIsLeft()
    {
        // "/[/" said only that the query had no word to search for; "\p{L}" was refused as a count over 10.
        Assert.StartsWith("The query has a regular expression it cannot read ('/[/' is not a valid regular expression", Builder.Build("/[/").Notice);
        Assert.EndsWith("and as plain words it has no word to search for.", Builder.Build("/[/").Notice);
        var (_, classNotice) = Builder.Build("/\\p{L}/ protests");
        Assert.StartsWith("The query has a regular expression it cannot read", classNotice);
        Assert.DoesNotContain("count", classNotice);
    }

    [Theory]
    [InlineData("/a{1,1000}{1,1000}/")] // ran as long as the site did, taking gigabytes
    [InlineData("/x{1,5000}/")]
    [InlineData("/(ab*){3}/")]
    [InlineData("/a**/")]
    [InlineData("/~(a)/")]
    [InlineData("/.*a.{9}b.{9}c/")] // 14 characters that the first rules let through: it ran away as well
    [InlineData("/.*a.........b.........c/")] // the same, written out
    [InlineData("k*a????????????????????n")] // a wildcard pattern builds the same automaton: six minutes of two cores
    [InlineData("k*a????????n")] // 8 '?': 2 s over Reuters-21578, and 10 took 18–31 s
    [InlineData("/k.*a.{8}n/")]
    public void APatternWhoseAutomatonIsUnboundedIsRefusedBeforeItIsBuilt(string regex)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (_, notice) = Builder.Build(regex + " protests");
        Assert.Contains("does not run", notice);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30)); // a bound on a hang, not a timing
    }

    [Theory]
    [InlineData("/[0-9]{4}/")]
    [InlineData("/protest(s|ers)?/")]
    [InlineData("/kaz.*/")]
    [InlineData("/.*stan/")]
    [InlineData("/[a-z]+ov/")]
    [InlineData("/.*a.{7}/")]
    [InlineData("k*a???????n")]
    [InlineData("protest*")]
    [InlineData("k?z*")]
    public void APatternOfBoundedCostRuns(string pattern)
    {
        var (query, notice) = Builder.Build(pattern);
        Assert.Null(notice);
        Assert.Contains(pattern.StartsWith('/') ? "/" : "*", query.ToString());
    }

    [Fact]
    public void AQueryRunsAFewRegularExpressionsAtOnce()
    {
        var (_, notice) = Builder.Build(string.Join(' ', Enumerable.Range(0, 12).Select(i => $"/x{i}.*/")));
        Assert.Contains("more regular expressions", notice);
        // As many as it says it runs: six were refused as more than eight (a QA session).
        var (query, eight) = Builder.Build(string.Join(' ', Enumerable.Range(0, 8).Select(i => $"/x{i}.*/")));
        Assert.Null(eight);
        Assert.Contains("/x7.*/", query.ToString());
        Assert.Contains("more regular expressions", Builder.Build(string.Join(' ', Enumerable.Range(0, 9).Select(i => $"/x{i}.*/"))).Notice);
    }

    [Theory]
    [InlineData("Khabar 24/7")]
    [InlineData("AC/DC")]
    [InlineData("9/11 attacks")]
    [InlineData("cnn.com/world/")]
    [InlineData("see https://cnn.com/2022/01/06/asia/ for more")]
    public void ASlashInsideAWordIsTheWordsNotARegularExpression(string text)
    {
        // It read as an unclosed regular expression, with a notice in regex jargon.
        var (query, notice) = Builder.Build(text);
        Assert.Null(notice);
        Assert.DoesNotContain("/", query.ToString());
    }
}
