using Lucene.Net.Search;
using Search.Core.Search;

namespace Search.Core.Tests.Search;

/// <summary>Fuzzy words (<c>tokaev~</c>): their edits as Elasticsearch's AUTO counts them, on the indexed form, and their ranking.</summary>
public class FuzzyWordTests
{
    private static readonly QueryBuilder Builder = new(new SearchOptions { TitleBoost = 1 });

    [Theory]
    [InlineData("tokaev~", 2)]
    [InlineData("tokaev~1", 1)]
    [InlineData("oil~", 1)] // two edits matched "all", "bill", "soil": 5,070 of Reuters' 19,043 stories
    [InlineData("us~", 0)]
    [InlineData("ties~", 0)]   // its indexed form is "ti": an edit matched "ga", "ea", "3a"…
    [InlineData("killed~", 1)] // "kill", not the six letters typed
    public void AFuzzyWordAllowsEditsByItsLengthAsElasticsearchsAuto(string query, int edits)
    {
        var fuzzy = QueryBuilderTests.Flatten(Builder.Build(query).Query).ToList();
        Assert.NotEmpty(fuzzy);
        if (edits == 0) Assert.All(fuzzy, q => Assert.IsType<TermQuery>(q));
        else Assert.All(fuzzy.OfType<FuzzyQuery>(), q => Assert.Equal(edits, q.MaxEdits));
        Assert.Equal(edits == 0 ? 0 : fuzzy.Count / 2, fuzzy.OfType<FuzzyQuery>().Count()); // each beside its word itself
    }

    [Theory]
    [InlineData("killed~0.8")] // no edit on "kill": the word itself
    [InlineData("killed~0.5")] // 2 edits on "kill", capped at AUTO's 1
    public void AnOldSimilarityFindsAtLeastTheWordItself(string query)
    {
        // A QA session: read on the word as typed, "killed~0.8" found nothing and "killed~0.5" fewer stories than "killed".
        using var index = new TestIndex([
            TestIndex.Article("a", "Two people were killed when a wall collapsed."),
            TestIndex.Article("b", "Gunmen kill three villagers, the army said."),
            TestIndex.Article("c", "The council passed the bill on Monday."),
        ]);
        var found = index.Searcher.Search(new SearchRequest { Query = query }).Hits.Select(h => h.Id).ToList();
        Assert.Contains("a", found);
        Assert.Contains("b", found);
        Assert.Null(Builder.Build(query).Notice);
    }

    [Fact]
    public void AFuzzyWordRanksTheWordItselfAboveItsNeighbours()
    {
        // A QA session: "killed~" ranked a story about a bill first, and "illnesses" and "fill" before any "killed".
        using var index = new TestIndex([
            TestIndex.Article("bill", "The bill was passed on Monday. The bill caps rents, and the bill's backers said the bill would help families, though critics of the bill disagreed."),
            TestIndex.Article("killed", "Two people were killed when a wall collapsed in the old town on Monday, officials said, and rescuers searched the rubble."),
            // A long report that says it once, as most do: longer, it weighs each word less.
            TestIndex.Article("report", "Rescuers searched the rubble of the market through the night, officials said on Tuesday. " + string.Join(" ",
                Enumerable.Repeat("Traders had gathered before dawn to set out their stalls, and the roads into the town were full of lorries.", 6))
                + "\n\nOne man was killed and nine were hurt when the roof gave way, the regional governor said."),
        ]);
        var hits = index.Searcher.Search(new SearchRequest { Query = "killed~" }).Hits;
        Assert.Equal(3, hits.Count);
        Assert.Equal(["killed", "report"], hits.Take(2).Select(h => h.Id).Order());
    }

    [Fact]
    public void AFuzzyDistanceLargerThanTheWordTakesIsSaid()
    {
        // oil~5 was searched as oil~1 without a word.
        Assert.StartsWith("“oil~5” was searched with 1 edit: a word of up to 2 letters takes none", Builder.Build("oil~5").Notice);
        Assert.EndsWith("the word is counted in its indexed form, “kill”.", Builder.Build("killed~2").Notice);
        Assert.Null(Builder.Build("tokaev~2").Notice);
        Assert.Null(Builder.Build("oil~").Notice);
        // A QA session: "killed~3" was taken for "killed~" (the parser's own distance was 3) and said nothing.
        Assert.StartsWith("“killed~3” was searched with 1 edit", Builder.Build("killed~3").Notice);
        Assert.StartsWith("“tokaev~3” was searched with 2 edits", Builder.Build("tokaev~3").Notice);
        // Each word's notice, once: the second word's had been left out.
        string both = Builder.Build("killed~2 injured~2").Notice!;
        Assert.Contains("“killed~2” was searched with 1 edit", both);
        Assert.Contains("“injured~2” was searched with 1 edit", both);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(both, "killed~2"));
        // Past an int's range Lucene's "Fractional edit distances are not allowed!" was the notice, and the word was searched plain.
        foreach (string huge in new[] { "ferry~99999999999", "ferry~1e20", "ferry~Infinity" })
        {
            var (query, notice) = Builder.Build(huge);
            Assert.StartsWith("“ferry~99” was searched with 1 edit", notice);
            Assert.Contains("~", query.ToString());
        }
        // A fractional distance of one or more is its whole edits.
        Assert.Contains("~1", Builder.Build("ferry~1.5").Query.ToString());
        Assert.Null(Builder.Build("ferry~1.5").Notice);
    }

    [Fact]
    public void ADistanceThatIsNoNumberIsSaidSo()
    {
        // Lucene searched "ferry~NaN" and "ferry~0x10" as "ferry" with no word of it, and "ferry~2~3" fell back to the words "ferry 2".
        foreach (string typed in new[] { "ferry~NaN", "ferry~0x10", "ferry~2~3", "\"ferry sank\"~x" })
        {
            var (query, notice) = Builder.Build(typed);
            Assert.NotNull(notice);
            Assert.StartsWith("The query has a distance after '~' that is not a number", notice);
            Assert.DoesNotContain("~", query.ToString());
            string searched = notice[notice.LastIndexOf(':')..];
            Assert.DoesNotContain("2", searched);
            Assert.Contains("ferry", searched);
        }
        // A distance that is a number, or none, is no error; nor is a "~" inside a path.
        foreach (string typed in new[] { "ferry~", "ferry~2", "ferry~0.5", "\"ferry sank\"~3", "ferry~2^3", "(ferry~1 OR bus)" })
            Assert.DoesNotContain("not a number", Builder.Build(typed).Notice ?? "");
    }

    [Fact]
    public void AFuzzyWordIsComparedInItsIndexedForm()
    {
        // The index holds stems: "sarny" is two edits from "sarnei" (Sarney), its stem "sarni" one.
        var fuzzy = QueryBuilderTests.Flatten(Builder.Build("Sarny~").Query).OfType<FuzzyQuery>().ToList();
        Assert.NotEmpty(fuzzy);
        Assert.All(fuzzy, q => Assert.Equal("sarni", q.Term.Text));
        using var index = new TestIndex([TestIndex.Article("a", "President Jose Sarney said on Monday that talks would go on.")]);
        Assert.Equal(1, index.Searcher.Search(new SearchRequest { Query = "Sarny~" }).Total);
        Assert.Equal(1, index.Searcher.Search(new SearchRequest { Query = "Sarnéy~" }).Total);
        Assert.Equal(1, index.Searcher.Search(new SearchRequest { Query = "talks~0" }).Total); // no edit: the word alone, as indexed ("talk"); it found nothing
    }
}
